/** StartFlow, StopFlow, DescribeFlowExecutionRecords, CancelFlowExecutions: activating flows and running them. */
import { createHash } from 'node:crypto';

import { conflict, unsupported } from '../errors';
import { newestFirstKey, paginate, type PageRequest } from '../pagination';
import { idempotent } from '../state/idempotency';
import { executionRecord, isActive, isRecorded, startRun } from '../state/runs';
import type { FlowRecord, Json, RunRecord } from '../state/types';
import { compact } from '../wire';
import type { Handler, HandlerContext, RecordOrder } from './context';
import { requireFlow, triggerTypeOf } from './flows';

/** A run of a flow whose connector profile was deleted (forceDelete) fails, as it would on AWS. */
function missingProfile(ctx: HandlerContext, flow: FlowRecord): string | undefined {
	const configs = [flow.sourceFlowConfig, ...flow.destinationFlowConfigList];
	const missing = configs
		.map((c) => c.connectorProfileName)
		.find((name) => typeof name === 'string' && !ctx.store.profiles.has(name));
	return missing ? `Connector profile ${String(missing)} does not exist` : undefined;
}

export const startFlow: Handler = (ctx, input: { flowName: string; clientToken?: string }) =>
	idempotent(ctx.store, 'StartFlow', input as unknown as Json, ctx.now, () => {
		const flow = requireFlow(ctx, input.flowName);
		if (triggerTypeOf(flow) !== 'OnDemand') {
			// Scheduled and event flows are activated, not run: AWS then runs them on their trigger.
			flow.status = 'Active';
			return { flowArn: flow.arn, flowStatus: flow.status };
		}
		const run = startRun(ctx, flow, missingProfile(ctx, flow));
		return { flowArn: flow.arn, flowStatus: flow.status, executionId: run.executionId };
	});

/**
 * Starts a run of an active scheduled or event flow, as if its trigger fired. Not an AppFlow action: the control
 * endpoint uses it so that tests can see runs of flows that AWS would start on a schedule.
 */
export function triggerRun(ctx: HandlerContext, flowName: string): string {
	const flow = requireFlow(ctx, flowName);
	if (flow.status !== 'Active') throw conflict(`The flow ${flowName} is ${flow.status}, not Active.`);
	return startRun(ctx, flow, missingProfile(ctx, flow)).executionId;
}

export const stopFlow: Handler = (ctx, input: { flowName: string }) => {
	const flow = requireFlow(ctx, input.flowName);
	if (triggerTypeOf(flow) === 'OnDemand') {
		throw unsupported(
			`The flow ${flow.name} runs on demand: StopFlow only deactivates scheduled and event-triggered flows.`,
		);
	}
	if (flow.status !== 'Active') throw conflict(`The flow ${flow.name} is ${flow.status}, not Active.`);
	flow.status = 'Suspended';
	return { flowArn: flow.arn, flowStatus: flow.status };
};

/** Sort keys (ascending) for each record order; the shuffled one is stable, so page tokens stay valid. */
const RECORD_ORDER_KEYS: Record<RecordOrder, (run: RunRecord) => string> = {
	newestFirst: (run) => newestFirstKey(run.sequence),
	oldestFirst: (run) => String(run.sequence).padStart(16, '0'),
	shuffled: (run) => createHash('sha1').update(run.executionId).digest('hex'),
};

export const describeFlowExecutionRecords: Handler = (ctx, input: PageRequest & { flowName: string }) => {
	const flow = requireFlow(ctx, input.flowName);
	const recorded = flow.runs.filter((run) => isRecorded(run, ctx.now, ctx.runs.recordDelayMs));
	const orderKey = RECORD_ORDER_KEYS[ctx.runs.recordOrder];
	const keys = new Map(recorded.map((run) => [run, orderKey(run)]));
	const keyOf = (run: RunRecord) => keys.get(run)!;
	const page = paginate(
		[...recorded].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0)),
		keyOf,
		input,
		`DescribeFlowExecutionRecords:${flow.name}`,
	);
	return compact({
		flowExecutions: page.items.map((run) => executionRecord(run, ctx.now, ctx.runs.cancelDurationMs)),
		nextToken: page.nextToken,
	});
};

export const cancelFlowExecutions: Handler = (ctx, input: { flowName: string; executionIds?: string[] }) => {
	const flow = requireFlow(ctx, input.flowName);
	const invalidExecutions: string[] = [];
	const targets = input.executionIds?.length
		? input.executionIds
		: flow.runs.filter((r) => isActive(r, ctx.now)).map((r) => r.executionId);
	for (const id of targets) {
		const run = flow.runs.find((r) => r.executionId === id);
		if (run && isActive(run, ctx.now)) run.canceledAt = ctx.now;
		else invalidExecutions.push(id);
	}
	return { invalidExecutions };
};
