/**
 * Start Flow's Wait for Completion under AWS's bad moments, through the node against the emulator's faults: status
 * checks that fail with throttling, server errors or dropped connections are tried again until the run ends; the
 * Timeout is a hard deadline, a slow check in flight included; access denied or a deleted flow end the wait at
 * once with AWS's words; a StartFlow whose answers are all lost says a run may have started and how to find it.
 */
import { CreateFlowCommand, DeleteFlowCommand } from '@aws-sdk/client-appflow';
import { NodeApiError, type INodeParameters } from 'n8n-workflow';

import type { FaultSpec } from '../../emulator/server';
import { jsonOf, s3FlowRequest, startNodeBed, type NodeBed } from '../node/nodeBed';

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed();
});
afterAll(async () => bed.close());
beforeEach(async () => {
	bed.emulator.reset();
	bed.emulator.runs.runDurationMs = 600;
	await bed.client.send(new CreateFlowCommand(s3FlowRequest('orders') as never));
});

const startAndWait = (wait: Record<string, number> = {}, requestOptions = {}): INodeParameters => ({
	resource: 'flow',
	operation: 'startFlow',
	flowName: 'orders',
	waitForCompletion: true,
	// Node version 2 keeps the wait settings in the node's Options, beside the client's.
	requestOptions: {
		waitPollInterval: wait.pollInterval ?? 0.1,
		waitTimeout: wait.timeout ?? 30,
		...requestOptions,
	},
});
const checks = () => bed.emulator.stats().requests.DescribeFlowExecutionRecords ?? 0;

const TRANSIENT: Array<[string, FaultSpec]> = [
	['429 ThrottlingException', { kind: 'throttle' }],
	['500 InternalServerException', { kind: 'error', errorName: 'InternalServerException', status: 500 }],
	['a connection reset', { kind: 'reset' }],
];

describe.each(TRANSIENT)('status checks failing with %s', (_label, fault) => {
	it.each(['adaptive', 'standard'])(
		'ride out whole failed checks (%s retries) and end with the Successful run',
		async (retryMode) => {
			// Two checks in a row fail on every attempt (1 attempt each), then the wait goes on.
			bed.emulator.faults.add({ ...fault, action: 'DescribeFlowExecutionRecords', count: 2 });
			const items = await bed.run(startAndWait({}, { maxAttempts: 1, retryMode }));
			expect(jsonOf(items)).toEqual([expect.objectContaining({ executionStatus: 'Successful' })]);
			expect(bed.emulator.stats().faultsInjected).toBe(2);
			expect(checks()).toBeGreaterThanOrEqual(3);
		},
	);
});

describe('the Timeout is a hard deadline', () => {
	it('ends a wait whose check hangs, at the Timeout, not after the request timeout', async () => {
		bed.emulator.runs.runDurationMs = 60_000;
		bed.emulator.faults.add({ kind: 'delay', ms: 8000, action: 'DescribeFlowExecutionRecords', count: 1 });
		const began = Date.now();
		const error = await bed.run(startAndWait({ timeout: 1, pollInterval: 0.2 })).catch((e: Error) => e);
		const took = Date.now() - began;
		expect((error as Error).message).toMatch(/did not end within the timeout/);
		expect(took).toBeGreaterThanOrEqual(1000);
		expect(took).toBeLessThan(2500);
	});

	it('says when the checks were failing as the deadline came', async () => {
		bed.emulator.runs.runDurationMs = 60_000;
		bed.emulator.faults.add({ kind: 'throttle', action: 'DescribeFlowExecutionRecords', count: 1000 });
		const error = await bed
			.run(startAndWait({ timeout: 1, pollInterval: 0.1 }, { maxAttempts: 1 }))
			.catch((e: Error) => e);
		expect((error as Error).message).toMatch(
			/did not end within the timeout: .*the last checks failed \(ThrottlingException: .*\), \d+ failed checks in all \[item 0\]$/,
		);
	});
});

describe('failures that are not transient end the wait at once', () => {
	it("access denied: AWS's error name, message and status", async () => {
		bed.emulator.faults.add({
			kind: 'error',
			errorName: 'AccessDeniedException',
			status: 403,
			message: 'User is not authorized to perform appflow:DescribeFlowExecutionRecords',
			action: 'DescribeFlowExecutionRecords',
			count: 1,
		});
		const error = await bed.run(startAndWait()).catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).message).toBe(
			'AWS AppFlow AccessDeniedException in DescribeFlowExecutionRecords: User is not authorized to perform appflow:DescribeFlowExecutionRecords',
		);
		expect((error as NodeApiError).httpCode).toBe('403');
		expect(checks()).toBe(1);
	});

	it('the flow deleted while waiting: ResourceNotFoundException', async () => {
		bed.emulator.runs.runDurationMs = 60_000;
		const running = bed.run(startAndWait({ pollInterval: 0.3 })).catch((e: Error) => e);
		await new Promise((resolve) => setTimeout(resolve, 100));
		await bed.client.send(new DeleteFlowCommand({ flowName: 'orders', forceDelete: true }));
		const error = await running;
		expect((error as Error).message).toMatch(/^AWS AppFlow ResourceNotFoundException in DescribeFlowExecutionRecords/);
	});
});

describe('a StartFlow whose answers are all lost', () => {
	it('says a run may have started, and its client token gets that same run instead of a second one', async () => {
		bed.emulator.faults.add({ kind: 'dropResponse', action: 'StartFlow', count: 2 });
		const error = (await bed
			.run({ resource: 'flow', operation: 'startFlow', flowName: 'orders', requestOptions: { maxAttempts: 2 } })
			.catch((e: Error) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toMatch(/^Could not get an answer from AWS AppFlow for StartFlow after 2 attempts/);
		const token = /Client Token set to (\S+?):/.exec(String(error.description))?.[1];
		expect(error.description).toMatch(/AWS may have started a run .* Flow Execution > Get Many for flow "orders"/);
		expect(token).toMatch(/^[0-9a-f-]{36}$/);
		// AWS did start one run (both attempts carried the same token).
		expect(bed.emulator.stats().runsStarted).toBe(1);
		const [again] = jsonOf(
			await bed.run({
				resource: 'flow',
				operation: 'startFlow',
				flowName: 'orders',
				additionalFields: { clientToken: token },
			}),
		);
		expect(bed.emulator.stats().runsStarted).toBe(1);
		const [record] = (bed.emulator.received().filter((r) => r.action === 'StartFlow') as Array<{ input: object }>)
			.map((r) => r.input as { clientToken?: string })
			.slice(-1);
		expect(record.clientToken).toBe(token);
		expect(again.executionId).toEqual(expect.any(String));
	});
});

describe('an execution that stops at a failing item', () => {
	const startEach: INodeParameters = { resource: 'flow', operation: 'startFlow', flowName: '={{ $json.name }}' };

	it('names, in the error, the items of the batch that had started runs, with their execution IDs', async () => {
		const names = [
			'orders',
			'orders',
			'missing-a',
			'orders',
			'orders',
			'orders',
			'missing-b',
			'orders',
			'orders',
			'orders',
		];
		const error = (await bed
			.run(
				{ ...startEach, requestOptions: { batching: { batch: { batchSize: 10 } } } },
				{ items: names.map((name) => ({ name })) },
			)
			.catch((e: Error) => e)) as NodeApiError;
		expect(error.message).toMatch(/^AWS AppFlow ResourceNotFoundException in StartFlow/);
		const started = (bed.emulator.received().filter((r) => r.action === 'StartFlow') as unknown[]).length;
		expect(started).toBe(10);
		expect(bed.emulator.stats().runsStarted).toBe(8);
		const described = String(error.description);
		expect(described).toMatch(/8 other items of this execution succeeded in AWS before the node stopped/);
		for (const index of [0, 1, 3, 4, 5, 7, 8, 9])
			expect(described).toMatch(new RegExp(`item ${index} \\(executionId [0-9a-f-]{36}`));
		expect(described).not.toMatch(/item 2 \(|item 6 \(/);
	});

	it('names the items before it when items run one after the other', async () => {
		const error = (await bed
			.run(startEach, { items: [{ name: 'orders' }, { name: 'orders' }, { name: 'missing' }, { name: 'orders' }] })
			.catch((e: Error) => e)) as NodeApiError;
		expect(String(error.description)).toMatch(
			/2 other items .*: item 0 \(executionId .*\); item 1 \(executionId .*\)\.$/,
		);
		expect(bed.emulator.stats().runsStarted).toBe(2);
	});
});
