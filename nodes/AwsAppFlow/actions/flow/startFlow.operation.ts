import { randomUUID } from 'node:crypto';

import {
	NodeApiError,
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type INodeProperties,
	type JsonObject,
} from 'n8n-workflow';

import { defineOperation, nodeVersion, type ItemContext } from '../common/operation';
import { readRequest } from '../common/request';
import { isAwsServiceError, isTransientFailure, OutcomeUnknownError } from '../../transport/errors';
import { booleanParameter, strictNumber } from '../common/strictValues';
import { REQUEST_OPTIONS_PARAMETER } from '../../transport/executionOptions';
import { runsAsAiTool } from '../../transport/toolMode';
import { waitForRun, type ExecutionRecord } from '../../transport/waitForRun';

const DEFAULT_POLL_INTERVAL_S = 10;
const DEFAULT_TIMEOUT_S = 900;
/** An agent waits for its tool's answer: a run still going after 2 minutes is reported rather than awaited. */
export const AI_TOOL_DEFAULT_TIMEOUT_S = 120;

const POLL_INTERVAL_DESCRIPTION =
	"Seconds between checks of the run's status (each check reads the flow's run records)";
const TIMEOUT_DESCRIPTION = `Seconds to wait for the run to end before the item fails; the run itself goes on in AWS. Left unset, ${DEFAULT_TIMEOUT_S}, or ${AI_TOOL_DEFAULT_TIMEOUT_S} when an AI agent uses the node as a tool.`;
const POLL_INTERVAL_TYPE = { minValue: 0.1, numberPrecision: 2 };
const TIMEOUT_TYPE = { minValue: 1, numberPrecision: 2 };

const waitProperties: INodeProperties[] = [
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		description:
			'Whether to wait until the run ends (Successful, Error or Canceled) and output its run record. Only for on-demand flows. A run that ends in Error or Canceled fails the item.',
	},
	{
		// Version 1 as saved before the wait settings moved into the node's Options: shown and read as it was.
		displayName: 'Wait Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { waitForCompletion: [true], '@version': [1] } },
		options: [
			{
				displayName: 'Poll Interval (Seconds)',
				name: 'pollInterval',
				type: 'number',
				typeOptions: POLL_INTERVAL_TYPE,
				default: DEFAULT_POLL_INTERVAL_S,
				description: POLL_INTERVAL_DESCRIPTION,
			},
			{
				displayName: 'Timeout (Seconds)',
				name: 'timeout',
				type: 'number',
				typeOptions: TIMEOUT_TYPE,
				default: DEFAULT_TIMEOUT_S,
				description: TIMEOUT_DESCRIPTION,
			},
		],
	},
];

/** From version 2 the wait settings are entries of the node's Options, shown while Wait for Completion is on. */
const waitOptions: INodeProperties[] = updateDisplayOptions(
	{ show: { '/waitForCompletion': [true], '@version': [{ _cnd: { gte: 2 } }] } },
	[
		{
			displayName: 'Wait Poll Interval (Seconds)',
			name: 'waitPollInterval',
			type: 'number',
			typeOptions: POLL_INTERVAL_TYPE,
			default: DEFAULT_POLL_INTERVAL_S,
			description: POLL_INTERVAL_DESCRIPTION,
		},
		{
			displayName: 'Wait Timeout (Seconds)',
			name: 'waitTimeout',
			type: 'number',
			typeOptions: TIMEOUT_TYPE,
			default: DEFAULT_TIMEOUT_S,
			description: TIMEOUT_DESCRIPTION,
		},
	],
);

/** Where the wait settings are in this node's version: the parameter, its keys and their labels in the editor. */
function waitSettings(ctx: Pick<ItemContext, 'fn'>) {
	return nodeVersion(ctx) >= 2
		? {
				parameter: REQUEST_OPTIONS_PARAMETER,
				pollInterval: 'waitPollInterval',
				timeout: 'waitTimeout',
				pollIntervalLabel: 'Options > Wait Poll Interval (Seconds)',
				timeoutLabel: 'Options > Wait Timeout (Seconds)',
			}
		: {
				parameter: 'options',
				pollInterval: 'pollInterval',
				timeout: 'timeout',
				pollIntervalLabel: 'Wait Options > Poll Interval (Seconds)',
				timeoutLabel: 'Wait Options > Timeout (Seconds)',
			};
}

const failureName = (error: unknown) =>
	error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : String(error).slice(0, 200);

/** StartFlow; when no answer arrived after every attempt, says that a run may have started and how to tell. */
async function startOrExplain(ctx: ItemContext, request: Record<string, unknown>) {
	try {
		return await ctx.send('StartFlow', request);
	} catch (error) {
		// The router maps both, once, in transport/errors.ts (with the item and secrets masked).
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
		if (!isTransientFailure(error) || isAwsServiceError(error)) throw error;
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
		throw new OutcomeUnknownError(
			error,
			`AWS may have started a run before the answer was lost. Look for it in Flow Execution > Get Many for flow "${String(request.flowName)}", or start again with Additional Fields > Client Token set to ${String(request.clientToken)}: AppFlow then returns the run that token started instead of starting a second one.`,
		);
	}
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** The run's failure as AppFlow reports it: executionResult.errorInfo (executionMessage, putFailuresCount). */
function runFailure(ctx: ItemContext, flowName: string, record: ExecutionRecord): NodeApiError {
	const result = (record.executionResult ?? {}) as IDataObject;
	const errorInfo = (result.errorInfo ?? {}) as IDataObject;
	const executionMessage = typeof errorInfo.executionMessage === 'string' ? errorInfo.executionMessage : undefined;
	const status = String(record.executionStatus);
	const canceled = status === 'Canceled';
	const message = canceled
		? `Flow run ${String(record.executionId)} of "${flowName}" was canceled`
		: `Flow run ${String(record.executionId)} of "${flowName}" ended in Error: ${executionMessage ?? 'AppFlow gave no message'}`;
	const facts = [
		executionMessage && canceled ? `AppFlow's message: ${executionMessage}.` : undefined,
		errorInfo.putFailuresCount !== undefined
			? `Records that failed to write: ${String(errorInfo.putFailuresCount)}.`
			: undefined,
	].filter(Boolean);
	const fix = canceled
		? 'The run was canceled (Cancel Flow Executions or the AppFlow console) before it ended; start the flow again if the data is still needed.'
		: "Fix what the message names (source, destination, connector profile or permissions), then start the flow again. The run's record is in Flow Execution > Get Many.";
	const response: JsonObject = {
		flowName,
		executionId: record.executionId ?? null,
		executionStatus: status,
		errorInfo: errorInfo as JsonObject,
	};
	const error = new NodeApiError(ctx.fn.getNode(), response, {
		message,
		description: [...facts, fix].join(' '),
		itemIndex: ctx.itemIndex,
	});
	// n8n rewrites messages holding network error codes; keep AppFlow's words.
	error.message = message;
	return error;
}

export function readWaitOptions(ctx: Pick<ItemContext, 'fn' | 'itemIndex'>): {
	pollIntervalMs: number;
	timeoutMs: number;
	timeoutLabel: string;
} {
	const where = waitSettings(ctx);
	const options = (ctx.fn.getNodeParameter(where.parameter, ctx.itemIndex, {}) ?? {}) as IDataObject;
	const rawPollInterval = options[where.pollInterval];
	const rawTimeout = options[where.timeout];
	const pollInterval = strictNumber(rawPollInterval ?? DEFAULT_POLL_INTERVAL_S) ?? NaN;
	const timeout =
		strictNumber(rawTimeout ?? (runsAsAiTool(ctx.fn) ? AI_TOOL_DEFAULT_TIMEOUT_S : DEFAULT_TIMEOUT_S)) ?? NaN;
	if (!(pollInterval > 0) || !(timeout >= 0) || !Number.isFinite(timeout)) {
		throw new NodeOperationError(
			ctx.fn.getNode(),
			`${where.pollIntervalLabel} must be more than 0 and ${where.timeoutLabel} 0 or more (got ${rawPollInterval}, ${rawTimeout}) [item ${ctx.itemIndex}]`,
			{
				itemIndex: ctx.itemIndex,
				description: `For example ${DEFAULT_POLL_INTERVAL_S} and ${DEFAULT_TIMEOUT_S} seconds.`,
			},
		);
	}
	return { pollIntervalMs: pollInterval * 1000, timeoutMs: timeout * 1000, timeoutLabel: where.timeoutLabel };
}

export const startFlow = defineOperation({
	action: 'StartFlow',
	name: 'Start',
	actionText: 'Start a flow',
	description:
		"Run an on-demand flow now and output the run's execution ID, optionally waiting for the run to end, or activate a scheduled or event-triggered flow",
	output: { kind: 'single' },
	sharedProperties: waitProperties,
	options: waitOptions,
	async execute(ctx) {
		const request = await readRequest(ctx.fn, ctx.itemIndex, 'StartFlow');
		const wait = booleanParameter(ctx.fn, 'waitForCompletion', ctx.itemIndex, false);
		const options = wait ? readWaitOptions(ctx) : undefined;
		// Our own token (the SDK would make one we never see): if every answer is lost, the user can look for the
		// run, or send the same token again to get the same run instead of a second one.
		request.clientToken ??= randomUUID();
		const started = await startOrExplain(ctx, request);
		if (!options) return [started as IDataObject];

		const flowName = String(request.flowName);
		const executionId = started.executionId;
		if (typeof executionId !== 'string' || executionId === '') {
			throw new NodeOperationError(
				ctx.fn.getNode(),
				`Flow "${flowName}" was activated, not run: it is a scheduled or event-triggered flow, so there is no run to wait for (flow status now ${String(started.flowStatus)}) [item ${ctx.itemIndex}]`,
				{
					itemIndex: ctx.itemIndex,
					description:
						'AppFlow runs such a flow on its schedule or event. Turn off Wait for Completion for it, and use the AWS AppFlow Trigger (Run Finished) to act on its runs.',
				},
			);
		}
		const result = await waitForRun(
			(input, abortSignal) => ctx.send('DescribeFlowExecutionRecords', input, abortSignal),
			flowName,
			executionId,
			{ ...options, signal: ctx.fn.getExecutionCancelSignal?.(), isTransient: isTransientFailure },
		);
		if (result.outcome === 'timedOut') {
			const last = result.record
				? `its last status was ${String(result.record.executionStatus)}`
				: 'it had not shown in the execution records yet';
			const failing = result.lastFailure
				? `; the last checks failed (${failureName(result.lastFailure)}), ${result.failedChecks} failed checks in all`
				: result.failedChecks > 0
					? `; ${result.failedChecks} checks failed on the way and were tried again`
					: '';
			throw new NodeOperationError(
				ctx.fn.getNode(),
				`Flow run ${executionId} of "${flowName}" did not end within the timeout: waited ${seconds(result.waitedMs)} over ${result.checks} checks, ${last}${failing} [item ${ctx.itemIndex}]`,
				{
					itemIndex: ctx.itemIndex,
					description: `The run goes on in AWS. Raise ${options.timeoutLabel} (now ${seconds(options.timeoutMs)}), or turn off Wait for Completion and look the run up later with Flow Execution > Get Many (execution ID ${executionId}).`,
				},
			);
		}
		if (result.record.executionStatus !== 'Successful') throw runFailure(ctx, flowName, result.record);
		return [{ ...started, ...result.record } as IDataObject];
	},
});
