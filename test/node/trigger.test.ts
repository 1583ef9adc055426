/**
 * The AWS AppFlow Trigger in n8n-core's real PollContext against the emulator, polled again and again with its
 * workflow static data kept between polls as n8n keeps it: Run Finished (first poll does not flood, each run once,
 * more runs than a page between polls, runs pushed beyond the first page while open, late records, status filter,
 * all flows) and Flow Status Changed, and Fetch Test Event (manual mode).
 */
import {
	CancelFlowExecutionsCommand,
	DeleteFlowCommand,
	StartFlowCommand,
	StopFlowCommand,
} from '@aws-sdk/client-appflow';
import { NodeOperationError } from 'n8n-workflow';

import { ids, items, sleep, trigger, useTriggerBed } from './triggerBed';

const t = useTriggerBed();
const { poller, runFinished, createFlow, start, untilAllFinal, recordRequestsOf } = t;
describe('node description', () => {
	it('is a polling trigger with the AppFlow credential', () => {
		const d = trigger.description;
		expect(d).toMatchObject({
			name: 'awsAppFlowTrigger',
			displayName: 'AWS AppFlow Trigger',
			polling: true,
			inputs: [],
			group: ['trigger'],
		});
		expect(d.credentials).toEqual([expect.objectContaining({ name: 'awsAppFlowApi', required: true })]);
		const flowName = d.properties.find((p) => p.name === 'flowName')!;
		expect(flowName.type).toBe('resourceLocator');
		expect(typeof trigger.methods.listSearch.searchFlows).toBe('function');
	});

	it('describes each of its fields and events', () => {
		for (const p of trigger.description.properties) {
			const optionsDescribed =
				(p.options ?? []).length > 0 && (p.options as Array<{ description?: string }>).every((o) => o.description);
			expect({ name: p.name, described: optionsDescribed || (p.description ?? '').length >= 10 }).toEqual({
				name: p.name,
				described: true,
			});
		}
	});
});

// AppFlow documents no order for execution records: every Run Finished case runs against each order.
describe.each(['newestFirst', 'oldestFirst', 'shuffled'] as const)('Run Finished, records listed %s', (order) => {
	beforeEach(() => {
		t.bed().emulator.runs.recordOrder = order;
	});

	it('starts from now on the first poll: runs that ended before activation are not emitted', async () => {
		await createFlow('orders');
		await start('orders', 3);
		await untilAllFinal('orders', 3);
		const p = runFinished('orders');
		expect(await p.poll()).toBeNull();
		expect(await p.poll()).toBeNull();
		expect(p.staticData()).toEqual({
			'node:Node Under Test': { cursor: expect.objectContaining({ kind: 'runFinished', since: expect.any(Number) }) },
		});
	});

	it('emits each run once, when it has finished, with its flow name and execution record', async () => {
		t.bed().emulator.runs.runDurationMs = 400;
		await createFlow('orders');
		const p = runFinished('orders');
		expect(await p.poll()).toBeNull();
		const [id] = await start('orders');
		expect(await p.poll()).toBeNull(); // still InProgress
		await untilAllFinal('orders', 1);
		const output = await p.poll();
		expect(items(output)).toEqual([
			expect.objectContaining({
				flowName: 'orders',
				executionId: id,
				executionStatus: 'Successful',
				executionResult: expect.objectContaining({ recordsProcessed: expect.any(Number) }),
			}),
		]);
		expect(await p.poll()).toBeNull();
		expect(await p.poll()).toBeNull();
	});

	it('emits every run, once, when more finish between two polls than one page of records holds', async () => {
		await createFlow('orders');
		const p = runFinished('orders');
		expect(await p.poll()).toBeNull();
		const first = await start('orders', 150);
		await untilAllFinal('orders', 150);
		const { result, requests: pages } = await recordRequestsOf(() => p.poll());
		expect(ids(result).sort()).toEqual([...first].sort());
		expect(pages.map((r) => r.maxResults)).toEqual(pages.map(() => 100));
		expect(pages.some((r) => r.nextToken)).toBe(true);
		expect(pages.length).toBeLessThanOrEqual(10);

		const second = await start('orders', 120);
		await untilAllFinal('orders', 270);
		const secondOutput = ids(await p.poll());
		expect(secondOutput.sort()).toEqual([...second].sort());
		expect(await p.poll()).toBeNull();
	});

	it('emits runs that were open at the last poll even when newer runs pushed them beyond the first page', async () => {
		await createFlow('orders');
		const p = runFinished('orders');
		expect(await p.poll()).toBeNull();
		t.bed().emulator.runs.runDurationMs = 3000;
		const slow = await start('orders', 5);
		expect(await p.poll()).toBeNull(); // seen InProgress
		t.bed().emulator.runs.runDurationMs = 50;
		const fast = await start('orders', 110);
		await sleep(200);
		const early = ids(await p.poll());
		expect(early.sort()).toEqual([...fast].sort());
		await untilAllFinal('orders', 115);
		// The five slow runs now sit on the second page behind 110 newer ones.
		const { result, requests } = await recordRequestsOf(() => p.poll());
		expect(ids(result).sort()).toEqual([...slow].sort());
		expect(requests.filter((r) => r.nextToken)).toHaveLength(1);
		expect(await p.poll()).toBeNull();
	});

	it('catches a run whose record shows only after the run ended', async () => {
		t.bed().emulator.runs.runDurationMs = 50;
		t.bed().emulator.runs.recordDelayMs = 400;
		await createFlow('orders');
		const p = runFinished('orders');
		expect(await p.poll()).toBeNull();
		const [id] = await start('orders');
		await sleep(100);
		expect(await p.poll()).toBeNull(); // ended, not recorded yet
		await untilAllFinal('orders', 1);
		expect(ids(await p.poll())).toEqual([id]);
		expect(await p.poll()).toBeNull();
	});

	it('emits Error and Canceled runs, and only the statuses asked for', async () => {
		t.bed().emulator.runs.failFlows.add('failing');
		await createFlow('failing');
		await createFlow('orders');
		const errors = runFinished('failing', { runStatuses: ['Error'] });
		const canceledOnly = runFinished('orders', { runStatuses: ['Canceled'] });
		expect(await errors.poll()).toBeNull();
		expect(await canceledOnly.poll()).toBeNull();

		const [failed] = await start('failing');
		t.bed().emulator.runs.runDurationMs = 5000;
		const [canceled] = await start('orders');
		t.bed().emulator.runs.runDurationMs = 50;
		const [succeeded] = await start('orders');
		await t.sdk().send(new CancelFlowExecutionsCommand({ flowName: 'orders', executionIds: [canceled] }));
		await untilAllFinal('failing', 1);
		await untilAllFinal('orders', 2);

		expect(items(await errors.poll())).toEqual([
			expect.objectContaining({
				executionId: failed,
				executionStatus: 'Error',
				executionResult: expect.objectContaining({
					errorInfo: expect.objectContaining({ executionMessage: expect.any(String) }),
				}),
			}),
		]);
		expect(items(await canceledOnly.poll())).toEqual([
			expect.objectContaining({ executionId: canceled, executionStatus: 'Canceled' }),
		]);
		expect(ids(await canceledOnly.poll())).not.toContain(succeeded);
	});

	it('watches every flow (ListFlows, all pages), reading only flows that ran', async () => {
		for (let i = 0; i < 105; i++) await createFlow(`flow-${String(i).padStart(3, '0')}`);
		const p = poller({ event: 'runFinished', watch: 'all' });
		expect(await p.poll()).toBeNull();
		const a = await start('flow-000');
		const b = await start('flow-104', 2); // on the second page of ListFlows
		await untilAllFinal('flow-000', 1);
		await untilAllFinal('flow-104', 2);
		const { result, requests } = await recordRequestsOf(() => p.poll());
		const output = items(result);
		expect(output.map((i) => `${String(i.flowName)}:${String(i.executionId)}`).sort()).toEqual(
			[...a.map((id) => `flow-000:${id}`), ...b.map((id) => `flow-104:${id}`)].sort(),
		);
		expect(new Set(requests.map((r) => r.flowName))).toEqual(new Set(['flow-000', 'flow-104']));
		expect(await p.poll()).toBeNull();
	});

	it("starts afresh when the watched flow changes, instead of emitting the other flow's history", async () => {
		await createFlow('orders');
		await createFlow('invoices');
		const p = runFinished('orders');
		expect(await p.poll()).toBeNull();
		await start('invoices', 2);
		await untilAllFinal('invoices', 2);
		p.setParameters({ event: 'runFinished', watch: 'flow', flowName: { __rl: true, mode: 'list', value: 'invoices' } });
		expect(await p.poll()).toBeNull();
		const [next] = await start('invoices');
		await untilAllFinal('invoices', 3);
		expect(ids(await p.poll())).toEqual([next]);
	});

	it("fails activation with AWS's error when the watched flow does not exist", async () => {
		const error = await runFinished('missing-flow')
			.poll()
			.catch((e: Error) => e);
		expect((error as Error).message).toMatch(/^AWS AppFlow ResourceNotFoundException in DescribeFlowExecutionRecords/);
	});
});

describe('Fetch Test Event (manual mode)', () => {
	it('returns the newest finished run of the flow and leaves the cursor alone', async () => {
		await createFlow('orders');
		const p = runFinished('orders');
		expect(await p.poll()).toBeNull();
		const cursor = p.staticData();
		await start('orders', 2);
		await untilAllFinal('orders', 2);
		const [newest] = await start('orders');
		await untilAllFinal('orders', 3);
		const output = await p.fetchTestEvent();
		expect(items(output)).toEqual([
			expect.objectContaining({ flowName: 'orders', executionId: newest, executionStatus: 'Successful' }),
		]);
		expect(p.staticData()).toEqual(cursor);
		// The active trigger still sees all three runs.
		expect(ids(await p.poll())).toHaveLength(3);
	});

	it('returns the newest run of any flow with All Flows, matching the statuses', async () => {
		t.bed().emulator.runs.failFlows.add('failing');
		await createFlow('orders');
		await createFlow('failing');
		const [failed] = await start('failing');
		await untilAllFinal('failing', 1);
		await start('orders');
		await untilAllFinal('orders', 1);
		const output = await poller({ event: 'runFinished', watch: 'all', runStatuses: ['Error'] }).fetchTestEvent();
		expect(items(output)).toEqual([expect.objectContaining({ flowName: 'failing', executionId: failed })]);
	});

	it('says so when no run has finished yet', async () => {
		await createFlow('orders');
		const error = await runFinished('orders')
			.fetchTestEvent()
			.catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe(
			'No run of flow "orders" has finished with status Successful, Error, Canceled yet',
		);
	});

	it('returns the most recently updated flow for Flow Status Changed', async () => {
		await createFlow('older');
		await sleep(5);
		await createFlow('newer');
		const output = await poller({ event: 'flowStatusChanged', watch: 'all' }).fetchTestEvent();
		expect(items(output)).toEqual([
			expect.objectContaining({ flowName: 'newer', flowStatus: 'Active', previousFlowStatus: null }),
		]);
	});
});

describe('Flow Status Changed', () => {
	it('emits one item per status change of any flow, Deleted when a flow is gone, and new flows', async () => {
		await createFlow('orders');
		await createFlow('nightly', true);
		const p = poller({ event: 'flowStatusChanged', watch: 'all' });
		expect(await p.poll()).toBeNull();
		expect(await p.poll()).toBeNull();

		await t.sdk().send(new StartFlowCommand({ flowName: 'nightly' }));
		expect(items(await p.poll())).toEqual([
			expect.objectContaining({
				flowName: 'nightly',
				flowStatus: 'Active',
				previousFlowStatus: 'Draft',
				triggerType: 'Scheduled',
			}),
		]);
		expect(await p.poll()).toBeNull();

		await t.sdk().send(new StopFlowCommand({ flowName: 'nightly' }));
		await t.sdk().send(new DeleteFlowCommand({ flowName: 'orders' }));
		await createFlow('invoices');
		const changes = items(await p.poll()).map((i) => [i.flowName, i.previousFlowStatus, i.flowStatus]);
		expect(changes.sort()).toEqual(
			[
				['invoices', null, 'Active'],
				['nightly', 'Active', 'Suspended'],
				['orders', 'Active', 'Deleted'],
			].sort(),
		);
		expect(await p.poll()).toBeNull();
	});

	it('watches one flow (DescribeFlow) and emits only the statuses asked for', async () => {
		await createFlow('nightly', true);
		const p = poller({ event: 'flowStatusChanged', watch: 'flow', flowName: 'nightly', flowStatuses: ['Suspended'] });
		expect(await p.poll()).toBeNull();
		await t.sdk().send(new StartFlowCommand({ flowName: 'nightly' }));
		expect(await p.poll()).toBeNull(); // Active: not asked for
		await t.sdk().send(new StopFlowCommand({ flowName: 'nightly' }));
		expect(items(await p.poll())).toEqual([
			expect.objectContaining({ flowName: 'nightly', flowStatus: 'Suspended', previousFlowStatus: 'Active' }),
		]);
		expect(t.bed().received('ListFlows')).toHaveLength(0);
	});
});
