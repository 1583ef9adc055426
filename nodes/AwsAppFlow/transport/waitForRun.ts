/**
 * Waits for one flow run to finish. AppFlow has no "get run by ID": execution records come from
 * DescribeFlowExecutionRecords, 100 a page at most, in no documented order, and a run shows there only some time
 * after StartFlow answered. So each check pages through the flow's records until the run turns up, and a run not
 * found yet counts as pending. Successful, Error and Canceled are final (CancelStarted is not). Polling is bounded
 * by the timeout, and every sleep ends at once when the n8n execution is cancelled.
 */
/* eslint-disable @n8n/community-nodes/require-node-api-error -- the SDK's errors pass through unchanged: the router
   maps every one, once, in transport/errors.ts (with the item, the action and secrets masked). */
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
	/** Milliseconds after which the wait gives up: a hard deadline, a check in flight included. */
	timeoutMs: number;
	/** The n8n execution's cancel signal: aborting it ends the wait at once. */
	signal?: AbortSignal;
	/** Whether a failed check is worth another try (throttling, server errors, dropped connections, timeouts). */
	isTransient: (error: unknown) => boolean;
	/** Clock and randomness, for tests. */
	now?: () => number;
	random?: () => number;
}

interface WaitFacts {
	/** Checks that got an answer. */
	checks: number;
	/** Checks that failed transiently and were tried again. */
	failedChecks: number;
	waitedMs: number;
	/** The last transient failure, when the wait ended while checks were failing. */
	lastFailure?: unknown;
}

export type WaitForRunResult =
	| ({ outcome: 'finished'; record: ExecutionRecord } & WaitFacts)
	/** `record` is the last one seen, undefined when the run never showed in the records. */
	| ({ outcome: 'timedOut'; record?: ExecutionRecord } & WaitFacts);

/** A check of a run: one or more record pages, each call abortable. */
export type SendCheck = (input: Record<string, unknown>, abortSignal: AbortSignal) => Promise<Record<string, unknown>>;

/** Backoff after a failed check grows from the poll interval up to this, jittered. */
const MAX_BACKOFF_MS = 60_000;

/**
 * Checks the run every `pollIntervalMs` until its status is final or `timeoutMs` has passed. A check that fails
 * transiently is tried again after a jittered, growing pause; any other failure (access denied, the flow gone)
 * ends the wait with AWS's error. At the deadline the wait ends, aborting a check in flight.
 */
export async function waitForRun(
	send: SendCheck,
	flowName: string,
	executionId: string,
	options: WaitForRunOptions,
): Promise<WaitForRunResult> {
	const now = options.now ?? Date.now;
	const random = options.random ?? Math.random;
	const started = now();
	const deadline = new AbortController();
	const timer = setTimeout(() => deadline.abort(), options.timeoutMs);
	const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
	const facts: WaitFacts = { checks: 0, failedChecks: 0, waitedMs: 0 };
	let record: ExecutionRecord | undefined;
	let pause = options.pollIntervalMs;
	let failuresInARow = 0;
	const end = (): WaitForRunResult => ({ outcome: 'timedOut', record, ...facts, waitedMs: now() - started });
	try {
		for (;;) {
			// Records lag behind StartFlow: look only after a first interval.
			try {
				await sleep(pause, signal);
			} catch (error) {
				if (options.signal?.aborted) throw error;
				return end();
			}
			try {
				const found = await findExecutionRecord((input) => send(input, signal), flowName, executionId);
				record = found ?? record;
				facts.checks++;
				failuresInARow = 0;
				facts.lastFailure = undefined;
				pause = options.pollIntervalMs;
				if (record && isFinalRunStatus(record.executionStatus)) {
					return { outcome: 'finished', record, ...facts, waitedMs: now() - started };
				}
			} catch (error) {
				if (options.signal?.aborted) throw error;
				if (deadline.signal.aborted) {
					const cutByDeadline = error instanceof Error && error.name === 'AbortError';
					if (options.isTransient(error) && !cutByDeadline) facts.lastFailure = error;
					return end();
				}
				if (!options.isTransient(error)) throw error;
				facts.failedChecks++;
				facts.lastFailure = error;
				failuresInARow++;
				const grown = Math.min(MAX_BACKOFF_MS, options.pollIntervalMs * 2 ** (failuresInARow - 1));
				pause = grown * (0.5 + random() / 2);
			}
		}
	} finally {
		clearTimeout(timer);
	}
}
