/**
 * Start Flow with Wait for Completion, in n8n's execution context against the emulator: the wait ends on
 * Successful, Error and Canceled, gives up at the timeout, finds its run beyond the first page of records and
 * while records lag, stops at once when the n8n execution is cancelled, and refuses to wait for a scheduled flow.
 */
import {
	CancelFlowExecutionsCommand,
	CreateFlowCommand,
	DescribeFlowExecutionRecordsCommand,
	StartFlowCommand,
} from '@aws-sdk/client-appflow';
import {
	NodeApiError,
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type INodeParameters,
} from 'n8n-workflow';

import { runNode } from '../harness/runNode';
import { jsonOf, s3FlowRequest, startNodeBed, type NodeBed } from './nodeBed';

let bed: NodeBed;

beforeAll(async () => {
	bed = await startNodeBed();
});
afterAll(async () => await bed.close());
beforeEach(() => bed.emulator.reset());

const createFlow = async (name = 'orders') => bed.client.send(new CreateFlowCommand(s3FlowRequest(name) as never));
/** Start Flow waiting, with the wait settings where node version 2 has them: in the node's Options. */
const startAndWait = (
	wait: { pollInterval?: number; timeout?: number } = {},
	flowName = 'orders',
): INodeParameters => ({
	resource: 'flow',
	operation: 'startFlow',
	flowName,
	waitForCompletion: true,
	requestOptions: {
		waitPollInterval: wait.pollInterval ?? 0.1,
		...(wait.timeout === undefined ? {} : { waitTimeout: wait.timeout }),
	},
});
type RunRecord = { executionId?: string; executionStatus?: string };
const recordsOf = async (flowName: string) =>
	((await bed.client.send(new DescribeFlowExecutionRecordsCommand({ flowName, maxResults: 100 }))).flowExecutions ??
		[]) as RunRecord[];
const waitUntil = async (check: () => boolean | Promise<boolean>, what: string, ms = 5000) => {
	const until = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
};
const recordRequests = () =>
	bed.received('DescribeFlowExecutionRecords') as Array<{ flowName: string; maxResults: number; nextToken?: string }>;

describe('Start Flow: Wait for Completion', () => {
	it('emits the StartFlow answer merged with the final record of a Successful run', async () => {
		await createFlow();
		const items = await bed.run(startAndWait());
		expect(items).toHaveLength(1);
		const [run] = jsonOf(items);
		expect(run).toMatchObject({
			flowArn: expect.stringContaining(':flow/orders'),
			flowStatus: 'Active',
			executionId: expect.any(String),
			executionStatus: 'Successful',
			executionResult: expect.objectContaining({ recordsProcessed: expect.any(Number) }),
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
		// The run it waited for is the one it started, looked up 100 records a page.
		expect(bed.received('StartFlow')).toHaveLength(1);
		expect((await recordsOf('orders')).map((r) => r.executionId)).toEqual([run.executionId]);
		expect(recordRequests().every((r) => r.flowName === 'orders' && r.maxResults === 100)).toBe(true);
	});

	it('also waits in JSON input mode', async () => {
		await createFlow();
		const items = await bed.run({ ...startAndWait(), inputMode: 'json', requestJson: '{"flowName": "orders"}' });
		expect(jsonOf(items)[0]).toMatchObject({ executionStatus: 'Successful' });
	});

	it('treats a run missing from the records as pending while records lag behind StartFlow', async () => {
		bed.emulator.runs.recordDelayMs = 600;
		await createFlow();
		const items = await bed.run(startAndWait());
		expect(jsonOf(items)[0]).toMatchObject({ executionStatus: 'Successful' });
		// Checks made before the record showed found nothing and went on.
		expect(recordRequests().length).toBeGreaterThanOrEqual(4);
	});

	it("fails the item with NodeApiError carrying AppFlow's execution message when the run ends in Error", async () => {
		bed.emulator.runs.failFlows.add('orders');
		await createFlow();
		const error = await bed.run(startAndWait()).catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).message).toMatch(
			/^Flow run [\w-]+ of "orders" ended in Error: Flow run failed because the source connector returned an error$/,
		);
		expect((error as NodeApiError).description).toMatch(/Records that failed to write: 0\. Fix what the message names/);
	});

	it('turns the Error run into an error item with Continue On Fail and goes on with the next item', async () => {
		bed.emulator.runs.failFlows.add('bad-flow');
		await createFlow('bad-flow');
		await createFlow('good-flow');
		const items = await bed.run(startAndWait({}, '={{ $json.flow }}'), {
			items: [{ flow: 'bad-flow' }, { flow: 'good-flow' }],
			continueOnFail: true,
		});
		const json = jsonOf(items);
		expect(json[0]).toMatchObject({
			error: expect.stringMatching(/ended in Error: Flow run failed/),
			description: expect.stringContaining('Fix what'),
		});
		expect(json[1]).toMatchObject({ executionStatus: 'Successful' });
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('fails the item when the run is canceled during the wait (Canceled is final)', async () => {
		bed.emulator.runs.runDurationMs = 10_000;
		await createFlow();
		const running = bed.run(startAndWait()).catch((e: Error) => e);
		// Cancel through the SDK, as another user or process would, once the run shows.
		await waitUntil(async () => (await recordsOf('orders')).length === 1, 'the run to show');
		const [record] = await recordsOf('orders');
		await bed.client.send(new CancelFlowExecutionsCommand({ flowName: 'orders', executionIds: [record.executionId!] }));
		const error = await running;
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe(`Flow run ${record.executionId} of "orders" was canceled`);
		expect((await recordsOf('orders'))[0].executionStatus).toBe('Canceled');
	});

	it('gives up at the timeout, naming the run, how long it waited and how to wait longer', async () => {
		bed.emulator.runs.runDurationMs = 60_000;
		await createFlow();
		const began = Date.now();
		const error = await bed.run(startAndWait({ pollInterval: 0.2, timeout: 1 })).catch((e: Error) => e);
		const took = Date.now() - began;
		expect(error).toBeInstanceOf(NodeOperationError);
		const [record] = await recordsOf('orders');
		expect((error as NodeOperationError).message).toMatch(
			new RegExp(
				`^Flow run ${record.executionId} of "orders" did not end within the timeout: waited 1(\\.\\d)? s over \\d+ checks, its last status was InProgress \\[item 0\\]$`,
			),
		);
		expect((error as NodeOperationError).description).toMatch(
			/^The run goes on in AWS\. Raise Options > Wait Timeout \(Seconds\) \(now 1 s\)/,
		);
		expect(took).toBeGreaterThanOrEqual(1000);
		expect(took).toBeLessThan(3000);
		// Bounded: one check per interval plus the last one at the deadline.
		expect(recordRequests().length).toBeLessThanOrEqual(7);
	});

	it('says when the run never showed in the records before the timeout', async () => {
		bed.emulator.runs.recordDelayMs = 60_000;
		await createFlow();
		const error = await bed.run(startAndWait({ pollInterval: 0.3, timeout: 1 })).catch((e: Error) => e);
		expect((error as Error).message).toMatch(/it had not shown in the execution records yet \[item 0\]$/);
	});

	it('finds its run beyond the first page of records (all pages, 100 a page)', async () => {
		await createFlow();
		// A first check after 3 s; meanwhile 130 newer runs push the node's run to the second page.
		const running = bed.run(startAndWait({ pollInterval: 3 }));
		await waitUntil(() => bed.received('StartFlow').length === 1, "the node's StartFlow");
		for (let batch = 0; batch < 13; batch++) {
			await Promise.all(
				Array.from({ length: 10 }, () => bed.client.send(new StartFlowCommand({ flowName: 'orders' }))),
			);
		}
		const startsBeforeFirstCheck = bed.emulator
			.received()
			.findIndex((r) => r.action === 'DescribeFlowExecutionRecords');
		expect(
			startsBeforeFirstCheck === -1 ||
				bed.emulator
					.received()
					.slice(0, startsBeforeFirstCheck)
					.filter((r) => r.action === 'StartFlow').length === 131,
		).toBe(true);
		const [run] = jsonOf(await running);
		expect(run).toMatchObject({ executionStatus: 'Successful', executionId: expect.any(String) });
		const all = await bed.client.send(new DescribeFlowExecutionRecordsCommand({ flowName: 'orders', maxResults: 100 }));
		expect(all.flowExecutions!.map((r) => r.executionId)).not.toContain(run.executionId);
		expect(recordRequests().some((r) => r.nextToken !== undefined)).toBe(true);
	});

	it('stops waiting at once when the n8n execution is cancelled', async () => {
		bed.emulator.runs.runDurationMs = 60_000;
		await createFlow();
		const controller = new AbortController();
		const began = Date.now();
		const running = runNode(bed.node, {
			parameters: startAndWait({ pollInterval: 30, timeout: 600 }),
			credentials: bed.credentials as unknown as Record<string, ICredentialDataDecryptedObject>,
			abortSignal: controller.signal,
		}).catch((e: Error) => e);
		await waitUntil(() => bed.received('StartFlow').length === 1, "the node's StartFlow");
		// Let the node take StartFlow's answer and start its first 30 s sleep, then cancel the execution.
		await new Promise((resolve) => setTimeout(resolve, 300));
		const cancelledAt = Date.now();
		controller.abort();
		const error = await running;
		expect(Date.now() - cancelledAt).toBeLessThan(100);
		expect((error as Error).message).toBe('The execution was cancelled while waiting');
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toMatch(/cancel/i);
		expect(Date.now() - began).toBeLessThan(2000);
		expect(recordRequests()).toHaveLength(0);
	});

	it('stops the whole execution on cancel even with Continue On Fail: no error item, no further items', async () => {
		bed.emulator.runs.runDurationMs = 60_000;
		await createFlow();
		const controller = new AbortController();
		const running = runNode(bed.node, {
			parameters: startAndWait({ pollInterval: 30, timeout: 600 }),
			items: [{}, {}],
			continueOnFail: true,
			credentials: bed.credentials as unknown as Record<string, ICredentialDataDecryptedObject>,
			abortSignal: controller.signal,
		}).catch((e: Error) => e);
		await waitUntil(() => bed.received('StartFlow').length === 1, "the node's StartFlow");
		await new Promise((resolve) => setTimeout(resolve, 300));
		controller.abort();
		const outcome = await running;
		expect(outcome).toBeInstanceOf(Error);
		expect((outcome as Error).message).toMatch(/cancel/i);
		expect(bed.received('StartFlow')).toHaveLength(1);
	});

	it('refuses to wait for a scheduled flow: it was activated, not run', async () => {
		await bed.client.send(
			new CreateFlowCommand({
				...(s3FlowRequest('nightly') as object),
				triggerConfig: {
					triggerType: 'Scheduled',
					triggerProperties: { Scheduled: { scheduleExpression: 'rate(1hours)' } },
				},
			} as never),
		);
		const error = await bed.run(startAndWait({}, 'nightly')).catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe(
			'Flow "nightly" was activated, not run: it is a scheduled or event-triggered flow, so there is no run to wait for (flow status now Active) [item 0]',
		);
		expect((error as NodeOperationError).description).toMatch(/Turn off Wait for Completion/);
		expect(recordRequests()).toHaveLength(0);
	});

	it('refuses a Poll Interval of 0 before starting anything', async () => {
		await createFlow();
		const error = await bed.run(startAndWait({ pollInterval: 0 })).catch((e: Error) => e);
		expect((error as Error).message).toMatch(/^Options > Wait Poll Interval \(Seconds\) must be more than 0/);
		expect(bed.received('StartFlow')).toHaveLength(0);
	});
});

describe('sleep', () => {
	it('leaves no listener on the execution signal however many times it sleeps, and still ends at once on cancel', async () => {
		const { sleep } = await import('../../nodes/AwsAppFlow/transport/sleep');
		const controller = new AbortController();
		const warnings: string[] = [];
		const onWarning = (w: Error) => warnings.push(w.name);
		process.on('warning', onWarning);
		for (let i = 0; i < 30; i++) await sleep(1, controller.signal);
		const began = Date.now();
		const pending = sleep(60_000, controller.signal).catch((e: Error) => e);
		controller.abort();
		const error = await pending;
		await new Promise((resolve) => setImmediate(resolve));
		process.off('warning', onWarning);
		expect((error as Error).name).toMatch(/Cancel/);
		expect(Date.now() - began).toBeLessThan(100);
		expect(warnings).not.toContain('MaxListenersExceededWarning');
		await expect(sleep(10, controller.signal)).rejects.toThrow(/cancel/i);
	});
});
