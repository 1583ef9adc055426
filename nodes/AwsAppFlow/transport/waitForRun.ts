/**
 * Waits for one flow run to finish. AppFlow has no "get run by ID": execution records come from
 * DescribeFlowExecutionRecords, 100 a page at most, in no documented order, and a run shows there only some time
 * after StartFlow answered. So each check pages through the flow's records until the run turns up, and a run not
 * found yet counts as pending. Successful, Error and Canceled are final (CancelStarted is not). Polling is bounded
 * by the timeout, and every sleep ends at once when the n8n execution is cancelled.
 */
import { elements, PAGE_CAPS, type SendPage } from './paginate';
import { sleep } from './sleep';

/** Statuses after which a run changes no more. */
export const FINAL_RUN_STATUSES: readonly string[] = ['Successful', 'Error', 'Canceled'];

export const isFinalRunStatus = (status: unknown): boolean =>
	typeof status === 'string' && FINAL_RUN_STATUSES.includes(status);

export type ExecutionRecord = Record<string, unknown> & { executionId?: string; executionStatus?: string };

/** The execution record of `executionId`, reading the flow's records page by page; undefined when no page holds it (yet). */
export async function findExecutionRecord(
	send: SendPage,
	flowName: string,
	executionId: string,
	maxPages: number = PAGE_CAPS.waitCheck,
): Promise<ExecutionRecord | undefined> {
	for await (const record of elements('DescribeFlowExecutionRecords', { flowName }, 'flowExecutions', send, {
		maxPages,
	})) {
		if ((record as ExecutionRecord).executionId === executionId) return record as ExecutionRecord;
	}
	return undefined;
}

export interface WaitForRunOptions {
	/** Milliseconds between checks. */
	pollIntervalMs: number;
	/** Milliseconds after which the wait gives up. */
	timeoutMs: number;
	/** The n8n execution's cancel signal: aborting it ends the wait at once. */
	signal?: AbortSignal;
	/** Clock, for tests. */
	now?: () => number;
}

export type WaitForRunResult =
	| { outcome: 'finished'; record: ExecutionRecord; checks: number; waitedMs: number }
	/** `record` is the last one seen, undefined when the run never showed in the records. */
	| { outcome: 'timedOut'; record?: ExecutionRecord; checks: number; waitedMs: number };

/**
 * Checks the run every `pollIntervalMs` until its status is final or `timeoutMs` has passed (one last check is
 * made at the deadline). At most timeoutMs / pollIntervalMs + 2 checks.
 */
export async function waitForRun(
	send: SendPage,
	flowName: string,
	executionId: string,
	options: WaitForRunOptions,
): Promise<WaitForRunResult> {
	const now = options.now ?? Date.now;
	const started = now();
	const deadline = started + options.timeoutMs;
	let record: ExecutionRecord | undefined;
	let checks = 0;
	for (;;) {
		// Records lag behind StartFlow: look only after a first interval.
		const remaining = deadline - now();
		await sleep(Math.max(0, Math.min(options.pollIntervalMs, remaining)), options.signal);
		record = (await findExecutionRecord(send, flowName, executionId)) ?? record;
		checks++;
		if (record && isFinalRunStatus(record.executionStatus))
			return { outcome: 'finished', record, checks, waitedMs: now() - started };
		if (now() >= deadline) return { outcome: 'timedOut', record, checks, waitedMs: now() - started };
	}
}
