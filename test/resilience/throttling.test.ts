/**
 * Throttling does not fail items: 1,000 items in batches of 50, with AWS throttling a steady 5% or 20% of all
 * calls (the emulator's seeded rate fault), in both retry modes. The SDK retries each call; a call whose attempts
 * all came back throttled is sent again in up to THROTTLED_CALL_ROUNDS more rounds (transport/session.ts).
 * Every item succeeds, in input order; the emulator confirms how many calls it throttled.
 */
import { CreateFlowCommand } from '@aws-sdk/client-appflow';
import type { INodeParameters } from 'n8n-workflow';

import { jsonOf, s3FlowRequest, startNodeBed, type NodeBed } from '../node/nodeBed';

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed();
});
afterAll(async () => bed.close());

const ITEMS = 1000;
const describeEach = (retryMode: string): INodeParameters => ({
	resource: 'flow',
	operation: 'describeFlow',
	flowName: '={{ $json.name }}',
	requestOptions: { retryMode, batching: { batch: { batchSize: 50 } } },
});

// Adaptive mode's client-side rate limiter slows the whole execution at each throttle: no item fails, but at a
// steady 20% it takes minutes (measured: over 180 s, against 41 s in standard mode), so it runs at 5% only.
const CASES: Array<[number, string]> = [
	[0.05, 'standard'],
	[0.2, 'standard'],
	[0.05, 'adaptive'],
];

describe.each(CASES)('%p of all calls throttled, %s retries', (rate, retryMode) => {
	it('all 1,000 items succeed, in order', async () => {
		bed.emulator.reset();
		await bed.client.send(new CreateFlowCommand(s3FlowRequest('orders') as never));
		bed.emulator.faults.add({ kind: 'throttle', action: 'DescribeFlow', rate, count: 1_000_000, seed: 42 });
		const items = await bed.run(describeEach(retryMode), {
			items: Array.from({ length: ITEMS }, () => ({ name: 'orders' })),
		});
		expect(items).toHaveLength(ITEMS);
		expect(jsonOf(items).every((j) => j.flowName === 'orders' && j.error === undefined)).toBe(true);
		expect(items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([...Array(ITEMS).keys()]);
		const { faultsInjected, requests } = bed.emulator.stats();
		// The share throttled is what was asked for, so the test did face that much throttling.
		expect(faultsInjected / requests.DescribeFlow!).toBeGreaterThan(rate * 0.7);
		expect(faultsInjected / requests.DescribeFlow!).toBeLessThan(rate * 1.3);
	}, 400_000);
});
