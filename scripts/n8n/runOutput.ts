/** What `n8n execute --rawOutput` prints: the run (IRun) as JSON, somewhere in n8n's output. */
import type { RunResult } from './proc';

export interface N8nTaskData {
	startTime?: number;
	executionIndex?: number;
	executionTime?: number;
	executionStatus?: string;
	error?: { message?: string; description?: string; name?: string };
	data?: { main?: Array<Array<{ json: Record<string, unknown>; pairedItem?: unknown }> | null> };
}

export interface N8nRun {
	status?: string;
	finished?: boolean;
	mode?: string;
	startedAt?: string;
	stoppedAt?: string;
	data: {
		resultData: {
			runData: Record<string, N8nTaskData[]>;
			error?: { message?: string; description?: string; node?: { name?: string } };
			lastNodeExecuted?: string;
		};
	};
}

/** The outcome of `n8n execute --id <id> --rawOutput`. */
export interface ExecuteResult {
	ok: boolean;
	/** The run (IRun) n8n printed: on success with --rawOutput, on failure in its log. */
	run?: N8nRun;
	command: RunResult;
}

/** Finds the run JSON n8n prints: a top-level object that starts on a line of its own and runs to the end. */
export function parseRunOutput(text: string): N8nRun | undefined {
	const lines = text.split('\n');
	for (let start = 0; start < lines.length; start++) {
		if (!/^\s*\{\s*$/.test(lines[start])) continue;
		const indent = /^\s*/.exec(lines[start])![0];
		for (let end = lines.length - 1; end > start; end--) {
			if (lines[end] !== `${indent}}`) continue;
			try {
				const parsed = JSON.parse(lines.slice(start, end + 1).join('\n')) as N8nRun;
				if (parsed?.data?.resultData?.runData) return parsed;
			} catch {
				/* not this block */
			}
			break;
		}
	}
	return undefined;
}
