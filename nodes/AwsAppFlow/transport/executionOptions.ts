/**
 * Node-level request options (the "Options" collection shown for every operation): batching, request timeout,
 * attempts and retry mode. They shape the one AppFlow client and the item loop of an execution, so they are read
 * once per execution, from the first item; an expression that gives each item a different value has no effect
 * beyond item 0 (the option descriptions say so).
 */
import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { strictNumber } from '../model/scalars';
import { DEFAULT_CLIENT_OPTIONS, type ClientOptions } from './client';

/** The parameter's name; not `options`, which version 1 of Start Flow used for its Wait Options collection. */
export const REQUEST_OPTIONS_PARAMETER = 'requestOptions';

/** The SDK's HTTP agent keeps at most 50 sockets; more parallel calls would only queue behind them. */
export const MAX_BATCH_SIZE = 50;
export const MAX_ATTEMPTS_LIMIT = 10;
export const MIN_REQUEST_TIMEOUT_MS = 100;
/** AppFlow answers in seconds; an hour would be a mistake, not a wish. */
export const MAX_REQUEST_TIMEOUT_MS = 900_000;
export const MAX_BATCH_INTERVAL_MS = 600_000;

export interface Batching {
	/** Items processed in parallel; 1 is one after the other. */
	size: number;
	/** Milliseconds to wait between two batches. */
	intervalMs: number;
}

export interface ExecutionOptions {
	client: Required<ClientOptions>;
	batching: Batching;
}

export const SEQUENTIAL: Batching = { size: 1, intervalMs: 0 };

const READ_ONCE = 'Read once per workflow execution, from the first item.';

/**
 * The node's one Options collection: how it calls AWS (for every operation), plus `operationOptions`, entries of
 * single operations that carry their own display rules (Start Flow's wait settings), listed alphabetically with them.
 */
export function requestOptionsProperty(operationOptions: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: REQUEST_OPTIONS_PARAMETER,
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		description:
			"How the node calls AWS: parallel batches, timeout and retries. Read once per workflow execution, from the first item. Also the chosen operation's own settings, read per item.",
		options: [...clientOptions(), ...operationOptions].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

function clientOptions(): INodeProperties[] {
	return [
		{
			displayName: 'Batching',
			name: 'batching',
			placeholder: 'Add Batching',
			type: 'fixedCollection',
			typeOptions: { multipleValues: false },
			default: { batch: {} },
			options: [
				{
					displayName: 'Batching',
					name: 'batch',
					values: [
						{
							displayName: 'Items per Batch',
							name: 'batchSize',
							type: 'number',
							typeOptions: { minValue: 1, maxValue: MAX_BATCH_SIZE },
							default: 50,
							description:
								'Input items processed in parallel (at most 50); 1 processes them one after the other. Output keeps the input order.',
						},
						{
							displayName: 'Batch Interval (Ms)',
							name: 'batchInterval',
							type: 'number',
							typeOptions: { minValue: 0 },
							default: 0,
							description: 'Time in milliseconds to wait between batches; 0 for none',
						},
					],
				},
			],
		},
		{
			displayName: 'Max Attempts',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_ATTEMPTS_LIMIT },
			default: 3,
			description:
				'Attempts per AWS call, the first included. The AWS SDK retries throttling (HTTP 429), server errors (5xx), timeouts and dropped connections with backoff; create and start calls reuse their idempotency token, so a retry never creates twice. Read once per workflow execution, from the first item.',
		},
		{
			displayName: 'Request Timeout (Ms)',
			name: 'requestTimeout',
			type: 'number',
			typeOptions: { minValue: MIN_REQUEST_TIMEOUT_MS },
			default: 30000,
			description:
				'Time in milliseconds to wait for AWS to answer one attempt before it fails (and is retried while attempts remain). Read once per workflow execution, from the first item.',
		},
		{
			displayName: 'Retry Mode',
			name: 'retryMode',
			type: 'options',
			options: [
				{
					name: 'Adaptive',
					value: 'adaptive',
					description: 'Standard retries, and when AWS throttles, the node slows down its calls instead of failing',
				},
				{ name: 'Standard', value: 'standard', description: 'Retries with exponential backoff and jitter' },
			],
			default: 'adaptive',
			description: 'How the AWS SDK spaces out retries. Read once per workflow execution, from the first item.',
		},
	];
}

function invalid(fn: IExecuteFunctions, message: string): NodeOperationError {
	return new NodeOperationError(fn.getNode(), message, {
		itemIndex: 0,
		description: `Fix it under Options in the node. ${READ_ONCE}`,
	});
}

/** An integer option within bounds; numbers may arrive as text from an expression. */
function integerOption(
	fn: IExecuteFunctions,
	label: string,
	raw: unknown,
	fallback: number,
	min: number,
	max: number,
): number {
	if (raw === undefined || raw === null || raw === '') return fallback;
	const value = typeof raw === 'string' ? (strictNumber(raw) ?? raw) : raw;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		let shown: string;
		try {
			shown = JSON.stringify(raw) ?? String(raw);
		} catch {
			shown = String(raw);
		}
		throw invalid(
			fn,
			`Options > ${label} must be a whole number between ${min} and ${max} (got ${shown.length > 40 ? `${shown.slice(0, 37)}...` : shown})`,
		);
	}
	return value;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The options of this execution, from item 0, checked; defaults when the collection is empty. */
export function readExecutionOptions(fn: IExecuteFunctions): ExecutionOptions {
	const raw = fn.getNodeParameter(REQUEST_OPTIONS_PARAMETER, 0, {}) as unknown;
	const options = isObject(raw) ? raw : {};
	const defaults = DEFAULT_CLIENT_OPTIONS;
	const retryMode = options.retryMode ?? defaults.retryMode;
	if (retryMode !== 'standard' && retryMode !== 'adaptive') {
		throw invalid(fn, `Options > Retry Mode must be "adaptive" or "standard" (got ${JSON.stringify(retryMode)})`);
	}
	const client: Required<ClientOptions> = {
		maxAttempts: integerOption(fn, 'Max Attempts', options.maxAttempts, defaults.maxAttempts, 1, MAX_ATTEMPTS_LIMIT),
		requestTimeout: integerOption(
			fn,
			'Request Timeout (Ms)',
			options.requestTimeout,
			defaults.requestTimeout,
			MIN_REQUEST_TIMEOUT_MS,
			MAX_REQUEST_TIMEOUT_MS,
		),
		retryMode,
	};
	// The collection holds { batch: { batchSize, batchInterval } } once Batching is added, as in HTTP Request.
	const batch = isObject(options.batching) && isObject(options.batching.batch) ? options.batching.batch : undefined;
	const batching: Batching = batch
		? {
				size: integerOption(fn, 'Batching > Items per Batch', batch.batchSize, 50, 1, MAX_BATCH_SIZE),
				intervalMs: integerOption(
					fn,
					'Batching > Batch Interval (Ms)',
					batch.batchInterval,
					0,
					0,
					MAX_BATCH_INTERVAL_MS,
				),
			}
		: SEQUENTIAL;
	return { client, batching };
}
