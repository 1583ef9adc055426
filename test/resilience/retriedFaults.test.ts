/**
 * The faults the SDK retries (AWS's throttling and server errors), through the node in n8n's execution context and
 * the real SDK's retries, with the exact outcome: which items come out, what AppFlow received, and the error.
 * Retries use the SDK's real backoff (100 ms base, 500 ms for throttling), so counts stay small; the adaptive
 * mode's rate limiter also waits after throttling, so the tests that exhaust attempts use the standard mode.
 */
import { NodeApiError } from 'n8n-workflow';

import type { FaultSpec } from '../../emulator/server';
import { THROTTLED_CALL_ROUNDS } from '../../nodes/AwsAppFlow/transport/session';
import { jsonOf, startNodeBed, type NodeBed } from '../node/nodeBed';
import { FLOWS, describeEach, itemsFor, faultHelpers } from './faultHelpers';

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed();
});
afterAll(async () => bed.close());
beforeEach(() => bed.emulator.reset());

const { createFlows, outcome, describeRequests } = faultHelpers(() => bed);

/** The faults that the SDK retries: AWS's throttling and server errors. */
const RETRIED: Array<[string, FaultSpec, string, string]> = [
	['429 ThrottlingException', { kind: 'throttle' }, 'ThrottlingException', '429'],
	[
		'500 InternalServerException',
		{ kind: 'error', errorName: 'InternalServerException', status: 500 },
		'InternalServerException',
		'500',
	],
	[
		'503 ServiceUnavailableException',
		{ kind: 'error', errorName: 'ServiceUnavailableException', status: 503 },
		'ServiceUnavailableException',
		'503',
	],
];

describe.each(RETRIED)('%s', (_label, fault, errorName, httpCode) => {
	beforeEach(async () => createFlows());

	it.each(['adaptive', 'standard'])(
		'k = max attempts - 1 (%s retries): retried, every item succeeds in order',
		async (retryMode) => {
			bed.emulator.faults.add({ ...fault, action: 'DescribeFlow', count: 2 });
			const { items, error } = await outcome(
				{ ...describeEach, requestOptions: { maxAttempts: 3, retryMode } },
				{ items: itemsFor(FLOWS) },
			);
			expect(error).toBeUndefined();
			expect(jsonOf(items!).map((j) => j.flowName)).toEqual(FLOWS);
			expect(items!.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			// The first item took three attempts, the others one each.
			expect(describeRequests()).toBe(5);
			expect(bed.emulator.stats().faultsInjected).toBe(2);
		},
	);

	// Throttling gets THROTTLED_CALL_ROUNDS more rounds of the SDK's attempts (AWS performed none of them).
	const exhausting = fault.kind === 'throttle' ? 3 * (THROTTLED_CALL_ROUNDS + 1) : 3;

	it('k = every attempt: a NodeApiError naming the error, its status and the attempts; nothing after it runs', async () => {
		bed.emulator.faults.add({ ...fault, action: 'DescribeFlow', count: exhausting });
		const { error } = await outcome(
			{ ...describeEach, requestOptions: { maxAttempts: 3, retryMode: 'standard' } },
			{ items: itemsFor(FLOWS) },
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error!.message).toMatch(new RegExp(`^AWS AppFlow ${errorName} in DescribeFlow: `));
		expect((error as NodeApiError).httpCode).toBe(httpCode);
		expect((error as NodeApiError).description).toMatch(
			new RegExp(`^HTTP ${httpCode}, request ID [\\w-]+ after ${exhausting} attempts\\.`),
		);
		expect(describeRequests()).toBe(exhausting);
	});

	it('k = every attempt with Continue On Fail: that item is an error item, the others succeed, all paired in order', async () => {
		bed.emulator.faults.add({ ...fault, action: 'DescribeFlow', count: exhausting });
		const { items } = await outcome(
			{ ...describeEach, requestOptions: { maxAttempts: 3, retryMode: 'standard' } },
			{ items: itemsFor(FLOWS), continueOnFail: true },
		);
		const json = jsonOf(items!);
		expect(json[0]).toEqual({
			error: expect.stringMatching(new RegExp(`^AWS AppFlow ${errorName} in DescribeFlow`)),
			description: expect.stringMatching(new RegExp(`after ${exhausting} attempts`)),
			httpCode,
		});
		expect(json.slice(1).map((j) => j.flowName)).toEqual(FLOWS.slice(1));
		expect(items!.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(describeRequests()).toBe(exhausting + 2);
	});
});

describe('Max Attempts is what the SDK does', () => {
	beforeEach(async () => createFlows(['orders']));

	it('1 attempt: the first 500 fails the item at once', async () => {
		bed.emulator.faults.add({
			kind: 'error',
			errorName: 'InternalServerException',
			status: 500,
			action: 'DescribeFlow',
			count: 1,
		});
		const { error } = await outcome({
			resource: 'flow',
			operation: 'describeFlow',
			flowName: 'orders',
			requestOptions: { maxAttempts: 1 },
		});
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).description).toMatch(/^HTTP 500, request ID [\w-]+\. AWS failed internally/);
		expect(describeRequests()).toBe(1);
	});

	it('5 attempts: four 500s in a row, then success', async () => {
		bed.emulator.faults.add({
			kind: 'error',
			errorName: 'InternalServerException',
			status: 500,
			action: 'DescribeFlow',
			count: 4,
		});
		const { items, error } = await outcome({
			resource: 'flow',
			operation: 'describeFlow',
			flowName: 'orders',
			requestOptions: { maxAttempts: 5, retryMode: 'standard' },
		});
		expect(error).toBeUndefined();
		expect(jsonOf(items!)).toEqual([expect.objectContaining({ flowName: 'orders' })]);
		expect(describeRequests()).toBe(5);
	});

	it('a client error (404) is never retried', async () => {
		const { error } = await outcome({
			resource: 'flow',
			operation: 'describeFlow',
			flowName: 'missing',
			requestOptions: { maxAttempts: 5 },
		});
		expect((error as NodeApiError).httpCode).toBe('404');
		expect(describeRequests()).toBe(1);
	});
});

describe('throttling under batching slows down instead of failing the run', () => {
	it('20 items in one parallel batch, 10 of their calls throttled: every item succeeds, in input order', async () => {
		const names = Array.from({ length: 20 }, (_, i) => `flow-${i}`);
		await createFlows(names);
		bed.emulator.faults.add({ kind: 'throttle', action: 'DescribeFlow', count: 10 });
		const { items, error } = await outcome(
			{ ...describeEach, requestOptions: { batching: { batch: { batchSize: 20 } }, retryMode: 'adaptive' } },
			{ items: itemsFor(names) },
		);
		expect(error).toBeUndefined();
		expect(jsonOf(items!).map((j) => j.flowName)).toEqual(names);
		expect(items!.map((i) => (i.pairedItem as { item: number }).item)).toEqual(names.map((_, i) => i));
		expect(describeRequests()).toBe(30);
	});
});
