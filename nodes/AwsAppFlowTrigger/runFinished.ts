/**
 * "Run Finished": one item per flow run that reached Successful, Error or Canceled since the last poll.
 *
 * AppFlow cannot list runs by time or status: DescribeFlowExecutionRecords pages a flow's records (100 at most),
 * newest first in practice but in no documented order, and a record shows some seconds after its run started.
 * The cursor (in the node's workflow static data) therefore holds:
 * - `since`: runs whose record was last updated (= reached its status) at or after it are candidates. It trails
 *   the newest final update seen by LOOKBACK_MS, so a record that shows late is still caught;
 * - `seen`: the IDs of final runs already handled with an update time at or after `since`, so the overlap never
 *   emits a run twice;
 * - `open`: runs seen in progress, so paging goes on until each shows again even when many newer runs pushed it
 *   beyond the first page.
 * Per flow and poll, pages are read until a page holds nothing newer than the cursor and no open run is missing,
 * at most MAX_RECORD_PAGES pages (1000 records). The first poll only records where "now" is: runs that ended
 * before the trigger was activated are never emitted.
 */
import { NodeOperationError, type IDataObject, type INodeExecutionData } from 'n8n-workflow';

import {
	FINAL_RUN_STATUSES,
	RECORDS_PAGE_SIZE,
	isFinalRunStatus,
	type ExecutionRecord,
} from '../AwsAppFlow/transport/waitForRun';
import { epochMs, listAllFlows, type PollInput } from './common';

/** Pages of records read per flow and poll at most (100 records a page). */
export const MAX_RECORD_PAGES = 10;
/** How far the cursor trails the newest final update it saw: records that show later than this are missed. */
export const LOOKBACK_MS = 5 * 60_000;
/** Bounds on what the cursor remembers. */
const MAX_SEEN = 10_000;
const MAX_OPEN = 1_000;
/** Flows read for the sample item in manual mode, most recently run first. */
const MANUAL_FLOWS = 10;

export interface RunCursor {
	kind: 'runFinished';
	scope: string;
	since: number;
	seen: Record<string, number>;
	/** Runs seen in progress: execution ID -> flow name. */
	open: Record<string, string>;
}

interface ScannedRun {
	flowName: string;
	record: ExecutionRecord;
	updatedAt: number;
}

/**
 * The flows to read this poll, and with All Flows the names of every flow that exists. Flows that never ran, or
 * whose last run ended before the cursor with none of their runs open, are skipped.
 */
async function flowsToScan(
	input: PollInput,
	cursor: RunCursor | undefined,
): Promise<{ names: string[]; existing?: Set<string> }> {
	if (input.watch === 'flow') return { names: [input.flowName!] };
	const flows = await listAllFlows(input.session);
	const withOpenRuns = new Set(Object.values(cursor?.open ?? {}));
	const names = flows
		.filter((flow) => {
			const name = String(flow.flowName);
			if (withOpenRuns.has(name)) return true;
			const last = flow.lastRunExecutionDetails as IDataObject | undefined;
			const lastAt = epochMs(last?.mostRecentExecutionTime);
			if (lastAt === undefined) return false; // never ran: no records
			// The most recent run ended before the cursor and no run of the flow was open: nothing new.
			return !(cursor && isFinalRunStatus(last?.mostRecentExecutionStatus) && lastAt < cursor.since);
		})
		.map((flow) => String(flow.flowName));
	return { names, existing: new Set(flows.map((flow) => String(flow.flowName))) };
}

/** A flow's records that may be news: final ones updated at or after `since`, open ones, and the awaited open ones. */
async function scanFlow(
	input: PollInput,
	flowName: string,
	since: number,
	awaited: Set<string>,
): Promise<{ runs: ScannedRun[]; truncated: boolean }> {
	const runs: ScannedRun[] = [];
	let nextToken: unknown;
	for (let page = 1; ; page++) {
		const response = await input.session.send('DescribeFlowExecutionRecords', {
			flowName,
			maxResults: RECORDS_PAGE_SIZE,
			...(nextToken ? { nextToken } : {}),
		});
		let news = false;
		for (const record of (response.flowExecutions as ExecutionRecord[] | undefined) ?? []) {
			const updatedAt = epochMs(record.lastUpdatedAt) ?? epochMs(record.startedAt) ?? 0;
			const id = String(record.executionId);
			const awaitedHere = awaited.delete(id);
			if (!isFinalRunStatus(record.executionStatus) || updatedAt >= since || awaitedHere) {
				news = true;
				runs.push({ flowName, record, updatedAt });
			}
		}
		nextToken = response.nextToken;
		if (!nextToken || (!news && awaited.size === 0)) return { runs, truncated: false };
		if (page >= MAX_RECORD_PAGES) return { runs, truncated: true };
	}
}

function toItem(run: ScannedRun): INodeExecutionData {
	return { json: { flowName: run.flowName, ...run.record } as IDataObject };
}

async function sampleItem(input: PollInput): Promise<INodeExecutionData[][]> {
	let flowNames: string[];
	if (input.watch === 'flow') {
		flowNames = [input.flowName!];
	} else {
		flowNames = (await listAllFlows(input.session))
			.map((flow) => ({
				name: String(flow.flowName),
				at: epochMs((flow.lastRunExecutionDetails as IDataObject | undefined)?.mostRecentExecutionTime),
			}))
			.filter((flow) => flow.at !== undefined)
			.sort((a, b) => b.at! - a.at!)
			.slice(0, MANUAL_FLOWS)
			.map((flow) => flow.name);
	}
	let newest: ScannedRun | undefined;
	for (const flowName of flowNames) {
		const response = await input.session.send('DescribeFlowExecutionRecords', {
			flowName,
			maxResults: RECORDS_PAGE_SIZE,
		});
		for (const record of (response.flowExecutions as ExecutionRecord[] | undefined) ?? []) {
			if (!input.statuses.includes(String(record.executionStatus))) continue;
			const updatedAt = epochMs(record.lastUpdatedAt) ?? 0;
			if (!newest || updatedAt > newest.updatedAt) newest = { flowName, record, updatedAt };
		}
	}
	if (!newest) {
		const where = input.watch === 'flow' ? `flow "${input.flowName}"` : 'any flow';
		throw new NodeOperationError(
			input.fn.getNode(),
			`No run of ${where} has finished with status ${input.statuses.join(', ')} yet`,
			{
				description:
					'Run the flow once (AWS AppFlow node, Start Flow), then fetch the test event again; or widen Run Statuses.',
			},
		);
	}
	return [[toItem(newest)]];
}

export async function pollRunFinished(
	input: PollInput,
	state: IDataObject,
	scope: string,
): Promise<INodeExecutionData[][] | null> {
	if (input.statuses.length === 0) input.statuses = [...FINAL_RUN_STATUSES];
	if (input.manual) return await sampleItem(input);

	const stored = state.cursor as RunCursor | undefined;
	const cursor = stored?.kind === 'runFinished' && stored.scope === scope ? stored : undefined;
	const since = cursor?.since ?? Date.now() - LOOKBACK_MS;
	const seen = { ...(cursor?.seen ?? {}) };
	const open = { ...(cursor?.open ?? {}) };

	const scanned: ScannedRun[] = [];
	const { names, existing } = await flowsToScan(input, cursor);
	// Runs of deleted flows will not show again.
	for (const [id, flowName] of Object.entries(open)) if (existing && !existing.has(flowName)) delete open[id];
	for (const flowName of names) {
		const awaited = new Set(Object.keys(open).filter((id) => open[id] === flowName));
		const { runs, truncated } = await scanFlow(input, flowName, since, awaited);
		if (truncated) {
			input.fn.logger.warn(
				`AWS AppFlow Trigger: more than ${MAX_RECORD_PAGES * RECORDS_PAGE_SIZE} records of flow "${flowName}" changed since the last poll; older ones are skipped. Poll more often.`,
			);
		}
		scanned.push(...runs);
	}

	const finished = scanned.filter((run) => isFinalRunStatus(run.record.executionStatus));
	const news = finished
		.filter((run) => seen[String(run.record.executionId)] === undefined)
		.sort((a, b) => a.updatedAt - b.updatedAt);

	// Move the cursor: remember what was handled, forget what fell behind it.
	let newSince = since;
	for (const run of finished) {
		const id = String(run.record.executionId);
		seen[id] = run.updatedAt;
		delete open[id];
		newSince = Math.max(newSince, run.updatedAt - LOOKBACK_MS);
	}
	for (const run of scanned)
		if (!isFinalRunStatus(run.record.executionStatus)) open[String(run.record.executionId)] = run.flowName;
	for (const [id, at] of Object.entries(seen)) if (at < newSince) delete seen[id];
	const seenIds = Object.keys(seen).sort((a, b) => seen[a] - seen[b]);
	for (const id of seenIds.slice(0, Math.max(0, seenIds.length - MAX_SEEN))) {
		// Forgetting an ID means no longer looking at its time: the cursor moves past it.
		newSince = Math.max(newSince, seen[id] + 1);
		delete seen[id];
	}
	const openIds = Object.keys(open);
	for (const id of openIds.slice(0, Math.max(0, openIds.length - MAX_OPEN))) delete open[id];

	state.cursor = { kind: 'runFinished', scope, since: newSince, seen, open } satisfies RunCursor;
	// The first poll only sets the cursor: runs that ended before activation are not news.
	if (!cursor) return null;
	const items = news.filter((run) => input.statuses.includes(String(run.record.executionStatus))).map(toItem);
	return items.length > 0 ? [items] : null;
}
