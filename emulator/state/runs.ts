/**
 * Flow runs. A run's status is derived from its timestamps whenever it is read, so no timer has to move it along:
 * InProgress until `endsAt`, then its outcome; a canceled run is CancelStarted for `cancelDurationMs`, then Canceled.
 */
import { randomUUID } from 'node:crypto';
import type { HandlerContext } from '../handlers/context';
import { compact, epochSeconds } from '../wire';
import type { ExecutionStatus, FlowRecord, Json, RunOutcome, RunRecord } from './types';

/** Average size of a record, to derive byte counts from record counts. */
const BYTES_PER_RECORD = 412;
const PAGE_SIZE = 2000;

export function runStatus(run: RunRecord, now: number, cancelDurationMs: number): ExecutionStatus {
	if (run.canceledAt !== undefined) return now < run.canceledAt + cancelDurationMs ? 'CancelStarted' : 'Canceled';
	if (now < run.endsAt) return 'InProgress';
	return run.outcome.status;
}

/** Whether the run shows yet in DescribeFlowExecutionRecords and lastRunExecutionDetails. */
export const isRecorded = (run: RunRecord, now: number, recordDelayMs: number) => now >= run.startedAt + recordDelayMs;

/** Whether CancelFlowExecutions can still cancel the run. */
export const isActive = (run: RunRecord, now: number) => run.canceledAt === undefined && now < run.endsAt;

/** When the run's status last changed. */
function lastUpdatedAt(run: RunRecord, now: number, cancelDurationMs: number): number {
	if (run.canceledAt !== undefined) {
		const canceledAt = run.canceledAt + cancelDurationMs;
		return now >= canceledAt ? canceledAt : run.canceledAt;
	}
	return now < run.endsAt ? run.startedAt : run.endsAt;
}

export function startRun(ctx: HandlerContext, flow: FlowRecord, failure?: string): RunRecord {
	const { runs, now } = ctx;
	const chosen: RunOutcome = failure
		? { status: 'Error', message: failure }
		: runs.failFlows.has(flow.name)
			? { status: 'Error' }
			: (runs.runOutcome?.(flow.name) ?? { status: 'Successful' });
	// The model's ExecutionMessage allows only some punctuation; AWS never sends more.
	const outcome: RunOutcome =
		chosen.status === 'Error' && chosen.message !== undefined
			? { status: 'Error', message: chosen.message.replace(/[^\s\w/!@#+=.-]/g, '') }
			: chosen;
	const previous = flow.runs[0];
	const run: RunRecord = {
		executionId: randomUUID(),
		sequence: ctx.store.nextSequence(),
		startedAt: now,
		endsAt: now + runs.runDurationMs,
		outcome,
		// Incremental pulls continue where the previous run stopped; the first one starts at the flow's creation.
		dataPullStartTime: previous ? previous.dataPullEndTime : flow.createdAt,
		dataPullEndTime: now,
		recordsProcessed: outcome.status === 'Error' ? 0 : 100 + (parseInt(randomUUID().slice(0, 4), 16) % 900),
	};
	flow.runs.unshift(run);
	ctx.counters.runsStarted++;
	return run;
}

/** The ExecutionRecord that DescribeFlowExecutionRecords returns. */
export function executionRecord(run: RunRecord, now: number, cancelDurationMs: number): Json {
	const status = runStatus(run, now, cancelDurationMs);
	const finished = status !== 'InProgress' && status !== 'CancelStarted';
	// While running, report the share of the work done so far, as AWS's counters grow during a run.
	const share = finished ? 1 : Math.min(1, (now - run.startedAt) / Math.max(1, run.endsAt - run.startedAt));
	const records =
		status === 'Canceled' ? Math.floor(run.recordsProcessed / 2) : Math.floor(run.recordsProcessed * share);
	const errorMessage =
		run.outcome.status === 'Error'
			? (run.outcome.message ?? 'Flow run failed because the source connector returned an error')
			: undefined;
	return compact({
		executionId: run.executionId,
		executionStatus: status,
		executionResult: compact({
			errorInfo: status === 'Error' ? { putFailuresCount: 0, executionMessage: errorMessage } : undefined,
			recordsProcessed: records,
			bytesProcessed: records * BYTES_PER_RECORD,
			bytesWritten: status === 'Error' ? 0 : records * BYTES_PER_RECORD,
			numParallelProcesses: 1,
			maxPageSize: PAGE_SIZE,
		}),
		startedAt: epochSeconds(run.startedAt),
		lastUpdatedAt: epochSeconds(lastUpdatedAt(run, now, cancelDurationMs)),
		dataPullStartTime: epochSeconds(run.dataPullStartTime),
		dataPullEndTime: epochSeconds(run.dataPullEndTime),
	});
}

const EXECUTION_MESSAGES: Record<ExecutionStatus, string> = {
	InProgress: 'Flow run in progress',
	Successful: 'Successfully ran the flow',
	Error: 'Flow run failed',
	CancelStarted: 'Cancellation of the flow run started',
	Canceled: 'Flow run canceled',
};

/** The flow's lastRunExecutionDetails, from its most recent run. */
export function lastRunDetails(
	flow: FlowRecord,
	now: number,
	settings: { cancelDurationMs: number; recordDelayMs: number },
): Json | undefined {
	const { cancelDurationMs, recordDelayMs } = settings;
	const run = flow.runs.find((r) => isRecorded(r, now, recordDelayMs));
	if (!run) return undefined;
	const status = runStatus(run, now, cancelDurationMs);
	return {
		mostRecentExecutionStatus: status,
		mostRecentExecutionTime: epochSeconds(lastUpdatedAt(run, now, cancelDurationMs)),
		mostRecentExecutionMessage: EXECUTION_MESSAGES[status],
	};
}
