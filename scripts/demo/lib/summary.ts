/** Reads an n8n run: what each node emitted, in execution order, as data for tests and as lines for people. */
import type { N8nRun, N8nTaskData } from '../../n8n/runOutput';

export type Json = Record<string, unknown>;

export interface NodeSummary {
	name: string;
	/** How many times the node ran (more than one inside a loop). */
	runs: number;
	/** Items of the last run, per output. */
	outputs: Json[][];
	/** Items of the last run, all outputs. */
	items: Json[];
	/** The node's error, if it failed. */
	error?: string;
	/** Items that carry an `error` key (a node set to continue on fail emitted them). */
	errorItems: Json[];
}

function order(task: N8nTaskData | undefined): number {
	return task?.executionIndex ?? task?.startTime ?? Number.MAX_SAFE_INTEGER;
}

export function summarizeRun(run: N8nRun): NodeSummary[] {
	const runData = run.data.resultData.runData;
	return Object.entries(runData)
		.sort(([, a], [, b]) => order(a[0]) - order(b[0]))
		.map(([name, tasks]) => {
			const last = tasks[tasks.length - 1];
			const outputs = (last?.data?.main ?? []).map((items) => (items ?? []).map((item) => item.json));
			const items = outputs.flat();
			const failed = tasks.find((t) => t.error || t.executionStatus === 'error');
			return {
				name,
				runs: tasks.length,
				outputs,
				items,
				error: failed ? (failed.error?.message ?? 'failed') : undefined,
				errorItems: items.filter((json) => json && typeof json === 'object' && 'error' in json),
			};
		});
}

/** The items a node emitted on its last run (all outputs); throws if the node did not run. */
export function nodeOutput(run: N8nRun, nodeName: string): Json[] {
	const node = summarizeRun(run).find((n) => n.name === nodeName);
	if (!node)
		throw new Error(
			`Node "${nodeName}" did not run; ran: ${summarizeRun(run)
				.map((n) => n.name)
				.join(', ')}`,
		);
	return node.items;
}

/** The fields worth showing first, in this order, when an item has them. */
const KEY_FIELDS = [
	'error',
	'flowName',
	'flowStatus',
	'flowArn',
	'executionId',
	'executionStatus',
	'executionResult.recordsProcessed',
	'recordsProcessed',
	'connectorProfileName',
	'connectorType',
	'connectorLabel',
	'success',
	'resourceArn',
	'tags',
	'name',
	'label',
];

function pick(json: Json, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Json)[key] : undefined), json);
}

function show(value: unknown, max = 70): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Up to `limit` key=value pairs of an item: known AppFlow fields first, then other short top-level values. */
export function keyFields(json: Json, limit = 4): string {
	const pairs: string[] = [];
	const used = new Set<string>();
	for (const path of KEY_FIELDS) {
		const value = pick(json, path);
		if (value === undefined || value === null) continue;
		pairs.push(`${path.split('.').pop()}=${show(value)}`);
		used.add(path.split('.')[0]);
		if (pairs.length >= limit) return pairs.join(', ');
	}
	for (const [key, value] of Object.entries(json)) {
		if (used.has(key) || value === null || typeof value === 'object') continue;
		pairs.push(`${key}=${show(value)}`);
		if (pairs.length >= limit) break;
	}
	return pairs.join(', ');
}

/** Human-readable lines: one per node, then its items (at most `maxItems`). */
export function formatRun(run: N8nRun, maxItems = 3): string[] {
	const lines: string[] = [];
	for (const node of summarizeRun(run)) {
		const mark = node.error || node.errorItems.length > 0 ? 'x' : 'ok';
		const count =
			node.outputs.length > 1
				? node.outputs.map((o, i) => `output ${i}: ${o.length}`).join(', ')
				: `${node.items.length} item${node.items.length === 1 ? '' : 's'}`;
		const runs = node.runs > 1 ? ` (ran ${node.runs} times; last run)` : '';
		lines.push(`  [${mark}] ${node.name}: ${count}${runs}`);
		if (node.error) lines.push(`       error: ${node.error}`);
		for (const json of node.items.slice(0, maxItems)) {
			const fields = keyFields(json);
			if (fields) lines.push(`       - ${fields}`);
		}
		if (node.items.length > maxItems) lines.push(`       - ... ${node.items.length - maxItems} more`);
	}
	const error = run.data.resultData.error;
	if (error)
		lines.push(`  Workflow error${error.node?.name ? ` in "${error.node.name}"` : ''}: ${error.message ?? 'unknown'}`);
	return lines;
}

/** Why a run counts as failed (empty when it did not): a node error or an item carrying `error`. */
export function failures(run: N8nRun): string[] {
	const problems: string[] = [];
	for (const node of summarizeRun(run)) {
		if (node.error) problems.push(`${node.name}: ${node.error}`);
		for (const item of node.errorItems) problems.push(`${node.name}: emitted an error item: ${show(item.error, 200)}`);
	}
	const error = run.data.resultData.error;
	if (error && problems.length === 0) problems.push(`workflow: ${error.message ?? 'failed'}`);
	return problems;
}
