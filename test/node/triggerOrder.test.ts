/**
 * Run Finished does not depend on the order or the paging of execution records (AppFlow documents neither): runs
 * that finish while one poll is between two pages, and flows with more records than one poll reads, in each of
 * the emulator's record orders. Each run is emitted exactly once.
 */
import { createAppflowClient } from '../../nodes/AwsAppFlow/transport/client';
import { useClientFactory } from '../../nodes/AwsAppFlow/transport/session';
import { PAGE_CAPS } from '../../nodes/AwsAppFlow/transport/paginate';
import { ids, useTriggerBed } from './triggerBed';

const t = useTriggerBed();
afterEach(() => useClientFactory());

/** Polls until `expected` runs have been emitted in all (or a bound is hit); returns every emitted ID. */
async function pollUntil(poll: () => Promise<string[]>, expected: number, maxPolls: number): Promise<string[]> {
	const emitted: string[] = [];
	for (let i = 0; i < maxPolls && emitted.length < expected; i++) emitted.push(...(await poll()));
	// One more poll: nothing may come twice.
	emitted.push(...(await poll()));
	return emitted;
}

describe.each(['newestFirst', 'oldestFirst', 'shuffled'] as const)('records listed %s', (order) => {
	beforeEach(() => {
		t.bed().emulator.runs.recordOrder = order;
		t.bed().emulator.runs.runDurationMs = 0;
	});

	it('emits runs that finish while a poll is between two pages, each once', async () => {
		await t.createFlow('orders');
		await t.start('orders', 150);
		await t.untilAllFinal('orders', 150);
		const p = t.runFinished('orders');
		expect(await p.poll()).toBeNull();

		t.bed().emulator.runs.runDurationMs = 300;
		const open = await t.start('orders', 3); // seen in progress on one page or another
		t.bed().emulator.runs.runDurationMs = 0;
		let during: string[] = [];
		// Between page 1 and page 2 of the next poll, three more runs start and finish.
		useClientFactory(async (credentials, options) => {
			const client = await createAppflowClient(credentials, options);
			const send = client.send.bind(client) as (command: unknown, opts?: unknown) => Promise<unknown>;
			(client as unknown as { send: typeof send }).send = async (command, opts) => {
				const { input } = command as { input: { nextToken?: string } };
				if (command?.constructor.name === 'DescribeFlowExecutionRecordsCommand' && input.nextToken && !during.length) {
					during = await t.start('orders', 3);
				}
				return await send(command, opts);
			};
			return client;
		});
		const emitted = await pollUntil(async () => ids(await p.poll()), 6, 10);
		await t.untilAllFinal('orders', 156);
		emitted.push(...ids(await p.poll()));
		expect(during).toHaveLength(3);
		expect([...emitted].sort()).toEqual([...open, ...during].sort());
	});

	it(`reads a flow with more records than one poll takes (${PAGE_CAPS.triggerRecords} pages) over several polls, emitting each new run once`, async () => {
		const perPoll = PAGE_CAPS.triggerRecords * 100;
		await t.createFlow('busy');
		await t.start('busy', perPoll + 150);
		await t.untilAllFinal('busy', perPoll + 150);
		const p = t.runFinished('busy');
		const first = await t.recordRequestsOf(() => p.poll());
		expect(first.result).toBeNull();
		expect(first.requests).toHaveLength(PAGE_CAPS.triggerRecords);

		const fresh = await t.start('busy', 4);
		await t.untilAllFinal('busy', perPoll + 154);
		const emitted = await pollUntil(async () => ids(await p.poll()), 4, 4);
		expect([...emitted].sort()).toEqual([...fresh].sort());
		// Every poll stays within its bound.
		const bounded = await t.recordRequestsOf(() => p.poll());
		expect(bounded.requests.length).toBeLessThanOrEqual(PAGE_CAPS.triggerRecords);
	});
});
