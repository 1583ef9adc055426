/**
 * The node-level Options (parameter `requestOptions`): how they are declared, read once per execution, passed to
 * the one AppFlow client, and how batching runs items in parallel while output order, pairing and Continue On Fail
 * stay exactly as in a sequential run.
 */
import { CreateFlowCommand } from '@aws-sdk/client-appflow';
import { NodeApiError, NodeOperationError, type INodeProperties, type INodeParameters } from 'n8n-workflow';

import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import * as clientModule from '../../nodes/AwsAppFlow/transport/client';
import { DEFAULT_CLIENT_OPTIONS } from '../../nodes/AwsAppFlow/transport/client';
import { jsonOf, s3FlowRequest, startNodeBed, type NodeBed } from '../node/nodeBed';

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed();
});
afterAll(async () => bed.close());
beforeEach(() => bed.emulator.reset());
afterEach(() => jest.restoreAllMocks());

const describeEach: INodeParameters = { resource: 'flow', operation: 'describeFlow', flowName: '={{ $json.name }}' };
const names = (n: number) => Array.from({ length: n }, (_, i) => `flow-${String(i).padStart(2, '0')}`);
async function createFlows(list: string[]): Promise<void> {
	await Promise.all(list.map((name) => bed.client.send(new CreateFlowCommand(s3FlowRequest(name) as never))));
}

describe('declaration', () => {
	const props = new AwsAppFlow().description.properties;
	const options = props.find((p) => p.name === 'requestOptions')!;
	const child = (name: string) => options.options!.find((o) => (o as INodeProperties).name === name) as INodeProperties;

	it('is one collection named requestOptions, displayed as Options, shown for every operation, last', () => {
		expect(options).toMatchObject({ displayName: 'Options', type: 'collection', default: {} });
		expect(options.displayOptions).toBeUndefined();
		expect(props[props.length - 1]).toBe(options);
		expect(props.filter((p) => p.name === 'requestOptions')).toHaveLength(1);
		// The call settings apply to every operation; the others belong to one operation and show only for it.
		const forEveryOperation = options.options!.filter((o) => !(o as INodeProperties).displayOptions);
		expect(forEveryOperation.map((o) => (o as INodeProperties).name)).toEqual([
			'batching',
			'maxAttempts',
			'requestTimeout',
			'retryMode',
		]);
		const ofOneOperation = options.options!.filter((o) => (o as INodeProperties).displayOptions);
		expect(
			ofOneOperation.map((o) => [
				(o as INodeProperties).name,
				(o as INodeProperties).displayOptions?.show?.['/operation'],
			]),
		).toEqual([
			['oneItemPerField', ['describeConnectorEntity']],
			['waitPollInterval', ['startFlow']],
			['waitTimeout', ['startFlow']],
		]);
	});

	it("has defaults equal to the client's and batching shaped like HTTP Request's", () => {
		expect(child('maxAttempts').default).toBe(DEFAULT_CLIENT_OPTIONS.maxAttempts);
		expect(child('requestTimeout').default).toBe(DEFAULT_CLIENT_OPTIONS.requestTimeout);
		expect(child('retryMode').default).toBe(DEFAULT_CLIENT_OPTIONS.retryMode);
		expect(DEFAULT_CLIENT_OPTIONS).toEqual({ maxAttempts: 3, retryMode: 'adaptive', requestTimeout: 30000 });
		expect((child('retryMode').options ?? []).map((o) => (o as { value: string }).value)).toEqual([
			'adaptive',
			'standard',
		]);
		const batching = child('batching');
		expect(batching).toMatchObject({ type: 'fixedCollection', default: { batch: {} } });
		const values = batching.options![0] as { name: string; values: INodeProperties[] };
		expect(values.name).toBe('batch');
		expect(values.values.map((v) => [v.name, v.default])).toEqual([
			['batchSize', 50],
			['batchInterval', 0],
		]);
	});

	it('says that it is read once per execution', () => {
		expect(options.description).toMatch(/Read once per workflow execution, from the first item\./);
	});
});

describe('read once per execution, into one client', () => {
	it('builds one client for all items, with the options of item 0', async () => {
		await createFlows(['a1', 'a2', 'a3']);
		const spy = jest.spyOn(clientModule, 'createAppflowClient');
		const items = await bed.run(
			{
				...describeEach,
				requestOptions: { maxAttempts: '={{ $json.attempts }}', requestTimeout: 5000, retryMode: 'standard' },
			},
			{
				items: [
					{ name: 'a1', attempts: 4 },
					{ name: 'a2', attempts: 9 },
					{ name: 'a3', attempts: 'not a number' },
				],
			},
		);
		expect(jsonOf(items).map((j) => j.flowName)).toEqual(['a1', 'a2', 'a3']);
		expect(spy).toHaveBeenCalledTimes(1);
		expect(spy.mock.calls[0][1]).toEqual({ maxAttempts: 4, requestTimeout: 5000, retryMode: 'standard' });
		const client = await spy.mock.results[0].value;
		expect(await client.config.maxAttempts()).toBe(4);
		expect((await client.config.retryStrategy()).mode).toBe('standard');
	});

	it('closes the client when the execution ends, whether it succeeds or fails', async () => {
		await createFlows(['a1']);
		const { createAppflowClient } = clientModule;
		const destroyed: boolean[] = [];
		jest.spyOn(clientModule, 'createAppflowClient').mockImplementation(async (...args) => {
			const client = await createAppflowClient(...args);
			const index = destroyed.push(false) - 1;
			const destroy = client.destroy.bind(client);
			client.destroy = () => {
				destroyed[index] = true;
				destroy();
			};
			return client;
		});
		await bed.run({ resource: 'flow', operation: 'describeFlow', flowName: 'a1' });
		await bed.run({ resource: 'flow', operation: 'describeFlow', flowName: 'missing' }).catch(() => undefined);
		expect(destroyed).toEqual([true, true]);
	});

	it('uses the defaults when no option is set', async () => {
		await createFlows(['a1']);
		const spy = jest.spyOn(clientModule, 'createAppflowClient');
		await bed.run({ resource: 'flow', operation: 'describeFlow', flowName: 'a1' });
		expect(spy.mock.calls[0][1]).toEqual(DEFAULT_CLIENT_OPTIONS);
		const client = await spy.mock.results[0].value;
		expect((await client.config.retryStrategy()).mode).toBe('adaptive');
		// Without throwOnRequestTimeout the SDK's requestTimeout only logs a warning.
		expect(client.config.requestHandler.httpHandlerConfigs()).toMatchObject({
			requestTimeout: 30000,
			throwOnRequestTimeout: true,
			socketTimeout: 30000,
		});
	});

	it.each([
		[{ maxAttempts: 0 }, 'Options > Max Attempts must be a whole number between 1 and 10 (got 0)'],
		[{ maxAttempts: 2.5 }, 'Options > Max Attempts must be a whole number between 1 and 10 (got 2.5)'],
		[
			{ requestTimeout: 'soon' },
			'Options > Request Timeout (Ms) must be a whole number between 100 and 900000 (got "soon")',
		],
		[{ retryMode: 'legacy' }, 'Options > Retry Mode must be "adaptive" or "standard" (got "legacy")'],
		[
			{ batching: { batch: { batchSize: 500 } } },
			'Options > Batching > Items per Batch must be a whole number between 1 and 50 (got 500)',
		],
		[
			{ batching: { batch: { batchSize: 5, batchInterval: -1 } } },
			'Options > Batching > Batch Interval (Ms) must be a whole number between 0 and 600000 (got -1)',
		],
	])('refuses %j before sending anything', async (requestOptions, message) => {
		const error = await bed
			.run({ resource: 'flow', operation: 'describeFlow', flowName: 'a1', requestOptions })
			.catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe(message);
		expect(bed.emulator.stats().totalRequests).toBe(0);
	});

	it('with Continue On Fail, an invalid option makes every item an error item', async () => {
		const items = await bed.run(
			{ resource: 'flow', operation: 'describeFlow', flowName: 'a1', requestOptions: { maxAttempts: 99 } },
			{ items: [{}, {}, {}], continueOnFail: true },
		);
		expect(items).toEqual(
			[0, 1, 2].map((item) => ({
				json: {
					error: 'Options > Max Attempts must be a whole number between 1 and 10 (got 99)',
					description: expect.stringMatching(/^Fix it under Options/),
				},
				pairedItem: { item },
			})),
		);
		expect(bed.emulator.stats().totalRequests).toBe(0);
	});

	it('accepts numbers given as text by an expression', async () => {
		await createFlows(['a1']);
		const spy = jest.spyOn(clientModule, 'createAppflowClient');
		await bed.run({
			resource: 'flow',
			operation: 'describeFlow',
			flowName: 'a1',
			requestOptions: { maxAttempts: '={{ "2" }}' },
		});
		expect(spy.mock.calls[0][1]).toMatchObject({ maxAttempts: 2 });
	});
});

describe('batching', () => {
	it('keeps input order and pairing when later items answer first', async () => {
		const list = names(12);
		await createFlows(list);
		// The first calls to arrive are the slowest.
		bed.emulator.faults.add({ kind: 'delay', ms: 150, action: 'DescribeFlow', count: 3 });
		const items = await bed.run(
			{ ...describeEach, requestOptions: { batching: { batch: { batchSize: 5 } } } },
			{ items: list.map((name) => ({ name })) },
		);
		expect(jsonOf(items).map((j) => j.flowName)).toEqual(list);
		expect(items.map((i) => i.pairedItem)).toEqual(list.map((_, item) => ({ item })));
	});

	it('runs a batch in parallel: 12 slow calls in batches of 6 take two round trips, not twelve', async () => {
		const list = names(12);
		await createFlows(list);
		bed.emulator.faults.add({ kind: 'delay', ms: 200, action: 'DescribeFlow', count: 12 });
		const started = Date.now();
		await bed.run(
			{ ...describeEach, requestOptions: { batching: { batch: { batchSize: 6 } } } },
			{ items: list.map((name) => ({ name })) },
		);
		const elapsed = Date.now() - started;
		expect(elapsed).toBeGreaterThanOrEqual(400);
		// One after the other would take 2400 ms.
		expect(elapsed).toBeLessThan(2000);
	});

	it('one item per batch is sequential', async () => {
		const list = names(4);
		await createFlows(list);
		bed.emulator.faults.add({ kind: 'delay', ms: 150, action: 'DescribeFlow', count: 4 });
		const started = Date.now();
		await bed.run(
			{ ...describeEach, requestOptions: { batching: { batch: { batchSize: 1 } } } },
			{ items: list.map((name) => ({ name })) },
		);
		expect(Date.now() - started).toBeGreaterThanOrEqual(600);
	});

	it('waits Batch Interval between batches (not before the first, not after the last)', async () => {
		const list = names(6);
		await createFlows(list);
		const started = Date.now();
		await bed.run(
			{ ...describeEach, requestOptions: { batching: { batch: { batchSize: 2, batchInterval: 400 } } } },
			{ items: list.map((name) => ({ name })) },
		);
		const elapsed = Date.now() - started;
		// Three batches: two intervals (800 ms); a third interval would make it 1200 ms.
		expect(elapsed).toBeGreaterThanOrEqual(800);
		expect(elapsed).toBeLessThan(1200);
	});

	it('with Continue On Fail: error items in place, the others succeed', async () => {
		const list = names(6);
		await createFlows(list);
		const input = list.map((name, i) => ({ name: i % 3 === 1 ? 'missing' : i === 5 ? 'bad name' : name }));
		const items = await bed.run(
			{ ...describeEach, requestOptions: { batching: { batch: { batchSize: 4 } } } },
			{ items: input, continueOnFail: true },
		);
		const json = jsonOf(items);
		expect(items.map((i) => i.pairedItem)).toEqual(list.map((_, item) => ({ item })));
		expect(json.map((j) => (j.error ? String(j.error).slice(0, 40) : j.flowName))).toEqual([
			'flow-00',
			'AWS AppFlow ResourceNotFoundException in',
			'flow-02',
			'flow-03',
			'AWS AppFlow ResourceNotFoundException in',
			'flowName "bad name" must match ^[a-zA-Z0',
		]);
	});

	it('without Continue On Fail: fails with the first failing item in input order, after its batch settled', async () => {
		const list = names(8);
		await createFlows(list);
		// Item 2 fails slowly (after a delay), item 3 fails at once: the error is still item 2's.
		bed.emulator.faults.add({ kind: 'delay', ms: 150, action: 'DescribeFlow', count: 1 });
		const input = list.map((name, i) => ({ name: i === 0 ? 'missing-slow' : i === 3 ? 'missing-fast' : name }));
		const error = await bed
			.run({ ...describeEach, requestOptions: { batching: { batch: { batchSize: 4 } } } }, { items: input })
			.catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).message).toMatch(/missing-slow/);
		// The second batch never started.
		expect((bed.received('DescribeFlow') as Array<{ flowName: string }>).map((r) => r.flowName).sort()).toEqual([
			'flow-01',
			'flow-02',
			'missing-fast',
			'missing-slow',
		]);
	});

	it('is not needed for one item, and an empty input sends nothing', async () => {
		const none = await bed.run(
			{ ...describeEach, requestOptions: { batching: { batch: { batchSize: 10 } } } },
			{ items: [] },
		);
		expect(none).toEqual([]);
		expect(bed.emulator.stats().totalRequests).toBe(0);
	});

	it('pages a list operation per item as before', async () => {
		await createFlows(names(5));
		const items = await bed.run(
			{
				resource: 'flow',
				operation: 'listFlows',
				returnAll: false,
				limit: 2,
				requestOptions: { batching: { batch: { batchSize: 3 } } },
			},
			{ items: [{}, {}, {}] },
		);
		expect(items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 0, 1, 1, 2, 2]);
	});
});
