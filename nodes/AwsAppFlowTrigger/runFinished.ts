/**
 * "Run Finished": one item per flow run that reached Successful, Error or Canceled since the last poll.
 *
 * AppFlow cannot list runs by time or status: DescribeFlowExecutionRecords pages a flow's records in no documented
 * order, and a record shows some seconds after its run started. So nothing here depends on the order: every poll
 * reads all of a watched flow's records (a pass), judges each record on its own, and remembers what it handled.
 * The cursor (in the node's workflow static data) holds:
 * - `since`: final runs updated (= reached their status) at or after it are candidates. It trails the newest final
 *   update seen by LOOKBACK_MS, so a record that shows late is still caught, and moves only after complete passes;
 * - `seen`: final runs already handled with an update at or after `since`, so the overlap never emits twice;
 * - `open`: runs seen in progress, dropped once a complete pass no longer lists them;
 * - `resume`: where a pass stopped when a flow had more records than one poll reads (PAGE_CAPS.triggerRecords
 *   pages); the next poll goes on from there, so every record is read within a few polls.
 * The first poll only records where "now" is: runs that ended before the trigger was activated are never emitted.
 * When the first pass takes several polls, `baselineUntil` (the first poll's time) keeps the runs it reads later
 * from counting as news.
 */
import { NodeOperationError, type IDataObject, type INodeExecutionData } from 'n8n-workflow';

import { PAGE_CAPS, pages, type SendPage } from '../AwsAppFlow/transport/paginate';
import { FINAL_RUN_STATUSES, isFinalRunStatus, type ExecutionRecord } from '../AwsAppFlow/transport/waitForRun';
import { epochMs, listAllFlows, type PollInput } from './common';

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
	/** Flows whose pass goes on at the next poll: flow name -> nextToken. */
	resume?: Record<string, string>;
	/** Set while the first pass is unfinished: runs updated before it ended before activation. */
	baselineUntil?: number;
}

interface ScannedRun {
	flowName: string;
	record: ExecutionRecord;
	updatedAt: number;
}

interface FlowPass {
	runs: ScannedRun[];
	/** Set when the pass stopped at the page cap: where the next poll goes on. */
	resumeToken?: string;
}

const recordsOf = (response: Record<string, unknown>) =>
	(response.flowExecutions as ExecutionRecord[] | undefined) ?? [];
const updatedAtOf = (record: ExecutionRecord) => epochMs(record.lastUpdatedAt) ?? epochMs(record.startedAt) ?? 0;

/**
 * The flows to read this poll, and with All Flows the names of every flow that exists. Flows that never ran, or
 * whose last run ended before the cursor with none of their runs open and no pass to finish, are skipped.
 */
async function flowsToScan(
	input: PollInput,
	cursor: RunCursor | undefined,
): Promise<{ names: string[]; existing?: Set<string> }> {
	if (input.watch === 'flow') return { names: [input.flowName!] };
	const flows = await listAllFlows(input.session);
	const pending = new Set([...Object.values(cursor?.open ?? {}), ...Object.keys(cursor?.resume ?? {})]);
	const names = flows
		.filter((flow) => {
			const name = String(flow.flowName);
			if (pending.has(name)) return true;
			const last = flow.lastRunExecutionDetails as IDataObject | undefined;
			const lastAt = epochMs(last?.mostRecentExecutionTime);
			if (lastAt === undefined) return false; // never ran: no records
			// The most recent run ended before the cursor and no run of the flow was open: nothing new.
			return !(cursor && isFinalRunStatus(last?.mostRecentExecutionStatus) && lastAt < cursor.since);
		})
		.map((flow) => String(flow.flowName));
	return { names, existing: new Set(flows.map((flow) => String(flow.flowName))) };
}

/** Reads the flow's records: from the start, or from where the last poll stopped, up to the page cap. */
async function passOverFlow(send: SendPage, flowName: string, startToken?: string): Promise<FlowPass> {
	const runs: ScannedRun[] = [];
	let resumeToken: string | undefined;
	const options = { maxPages: PAGE_CAPS.triggerRecords, startToken };
	for await (const page of pages('DescribeFlowExecutionRecords', { flowName }, send, options)) {
		for (const record of recordsOf(page.response)) runs.push({ flowName, record, updatedAt: updatedAtOf(record) });
		resumeToken = page.nextToken;
	}
	return { runs, resumeToken };
}

function toItem(run: ScannedRun): INodeExecutionData {
	return { json: { flowName: run.flowName, ...run.record } as IDataObject };
}

async function sampleItem(input: PollInput, statuses: readonly string[]): Promise<INodeExecutionData[][]> {
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
	const send: SendPage = async (request) => await input.session.send('DescribeFlowExecutionRecords', request);
	let newest: ScannedRun | undefined;
	for (const flowName of flowNames) {
		for await (const page of pages('DescribeFlowExecutionRecords', { flowName }, send, { maxPages: 1 })) {
			for (const record of recordsOf(page.response)) {
				if (!statuses.includes(String(record.executionStatus))) continue;
				const updatedAt = epochMs(record.lastUpdatedAt) ?? 0;
				if (!newest || updatedAt > newest.updatedAt) newest = { flowName, record, updatedAt };
			}
		}
	}
	if (!newest) {
		const where = input.watch === 'flow' ? `flow "${input.flowName}"` : 'any flow';
		throw new NodeOperationError(
			input.fn.getNode(),
			`No run of ${where} has finished with status ${statuses.join(', ')} yet`,
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
	const statuses = input.statuses.length > 0 ? input.statuses : FINAL_RUN_STATUSES;
	if (input.manual) return await sampleItem(input, statuses);

	const stored = state.cursor as RunCursor | undefined;
	const cursor = stored?.kind === 'runFinished' && stored.scope === scope ? stored : undefined;
	const since = cursor?.since ?? Date.now() - LOOKBACK_MS;
	const baselineUntil = cursor ? cursor.baselineUntil : Date.now();
	const seen = { ...(cursor?.seen ?? {}) };
	const open = { ...(cursor?.open ?? {}) };
	const resume: Record<string, string> = {};
	const send: SendPage = async (request) => await input.session.send('DescribeFlowExecutionRecords', request);

	const scanned: ScannedRun[] = [];
	const { names, existing } = await flowsToScan(input, cursor);
	// Runs of deleted flows will not show again.
	for (const [id, flowName] of Object.entries(open)) if (existing && !existing.has(flowName)) delete open[id];
	for (const flowName of names) {
		const resumedFrom = cursor?.resume?.[flowName];
		const pass = await passOverFlow(send, flowName, resumedFrom);
		scanned.push(...pass.runs);
		if (pass.resumeToken) {
			resume[flowName] = pass.resumeToken;
			input.fn.logger.warn(
				`AWS AppFlow Trigger: flow "${flowName}" has more execution records than one poll reads (${PAGE_CAPS.triggerRecords} pages); the next poll goes on reading them.`,
			);
		} else if (!resumedFrom) {
			// A complete pass from the start: open runs of this flow that it no longer lists are gone.
			const listed = new Set(pass.runs.map((run) => String(run.record.executionId)));
			for (const [id, name] of Object.entries(open)) if (name === flowName && !listed.has(id)) delete open[id];
		}
	}

	// Judge each record on its own: final, updated since the cursor, not handled before.
	const finished = scanned.filter((run) => isFinalRunStatus(run.record.executionStatus) && run.updatedAt >= since);
	const fresh = new Map<string, ScannedRun>();
	for (const run of finished) {
		const id = String(run.record.executionId);
		const history = baselineUntil !== undefined && run.updatedAt < baselineUntil;
		if (seen[id] === undefined && !history) fresh.set(id, run); // a record listed twice (pages shifted) counts once
	}
	const news = [...fresh.values()].sort((a, b) => a.updatedAt - b.updatedAt);

	// Move the cursor: remember what was handled, forget what fell behind it. It moves only when no pass is half done.
	let newSince = since;
	for (const run of finished) {
		const id = String(run.record.executionId);
		seen[id] = run.updatedAt;
		delete open[id];
		if (Object.keys(resume).length === 0) newSince = Math.max(newSince, run.updatedAt - LOOKBACK_MS);
	}
	for (const run of scanned) {
		if (!isFinalRunStatus(run.record.executionStatus)) open[String(run.record.executionId)] = run.flowName;
	}
	for (const [id, at] of Object.entries(seen)) if (at < newSince) delete seen[id];
	const seenIds = Object.keys(seen).sort((a, b) => seen[a] - seen[b]);
	for (const id of seenIds.slice(0, Math.max(0, seenIds.length - MAX_SEEN))) {
		// Forgetting an ID means no longer looking at its time: the cursor moves past it.
		newSince = Math.max(newSince, seen[id] + 1);
		delete seen[id];
	}
	const openIds = Object.keys(open);
	for (const id of openIds.slice(0, Math.max(0, openIds.length - MAX_OPEN))) delete open[id];

	const next: RunCursor = { kind: 'runFinished', scope, since: newSince, seen, open };
	if (Object.keys(resume).length > 0) {
		next.resume = resume;
		if (baselineUntil !== undefined) next.baselineUntil = baselineUntil;
	}
	state.cursor = next;
	// The first poll only sets the cursor: runs that ended before activation are not news.
	if (!cursor) return null;
	const items = news.filter((run) => statuses.includes(String(run.record.executionStatus))).map(toItem);
	return items.length > 0 ? [items] : null;
}
