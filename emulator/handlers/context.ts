/** What every action handler gets. Handlers receive input already validated against the model. */
import type { Store } from '../state/store';
import type { Json, RunOutcome } from '../state/types';

export type RecordOrder = 'newestFirst' | 'oldestFirst' | 'shuffled';

export interface RunSettings {
	/** How long a run stays InProgress. */
	runDurationMs: number;
	/** How long a canceled run stays CancelStarted before it is Canceled. */
	cancelDurationMs: number;
	/** How long after it starts a run shows in execution records (on AWS, records lag behind StartFlow). */
	recordDelayMs: number;
	/** Flows whose runs end in Error. */
	failFlows: Set<string>;
	/**
	 * The order DescribeFlowExecutionRecords lists runs in. AWS documents none (newest first is what is seen), so
	 * clients are tested against each.
	 */
	recordOrder: RecordOrder;
	/** Decides how a run of a flow ends when the flow is not in `failFlows`. */
	runOutcome?: (flowName: string) => RunOutcome;
}

export interface Counters {
	/** Requests that reached an action (signed correctly), by action name. */
	requests: Record<string, number>;
	flowsCreated: number;
	runsStarted: number;
	metadataCacheResets: number;
	/** Requests refused because of a missing or wrong signature. */
	authFailures: number;
	faultsInjected: number;
}

export interface HandlerContext {
	store: Store;
	runs: RunSettings;
	counters: Counters;
	/** Epoch milliseconds of the request. */
	now: number;
	/** ARN of the caller, as AppFlow records it in createdBy/lastUpdatedBy. */
	caller: string;
	/** Flows the account may hold (EmulatorOptions.flowQuota). */
	flowQuota: number;
}

/** `input` is typed by each handler; it has been checked against the model's input shape before the call. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handler = (ctx: HandlerContext, input: any) => Json;
