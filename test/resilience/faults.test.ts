/**
 * The transport faults: a reset connection, an answer slower than Request Timeout, malformed and truncated answers,
 * and a lost answer to a create or a start, through the node in n8n's execution context and the real SDK, with the
 * exact outcome: which items come out, what AppFlow received, and the error.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NodeApiError } from 'n8n-workflow';

import { jsonOf, s3FlowRequest, startNodeBed, type NodeBed } from '../node/nodeBed';
import { FLOWS, describeEach, itemsFor, faultHelpers } from './faultHelpers';

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed();
});
afterAll(async () => bed.close());
beforeEach(() => bed.emulator.reset());

const { createFlows, outcome, describeRequests } = faultHelpers(() => bed);

describe('connection reset', () => {
	beforeEach(async () => createFlows());

	it('k < max attempts: retried, success', async () => {
		bed.emulator.faults.add({ kind: 'reset', action: 'DescribeFlow', count: 2 });
		const { items, error } = await outcome(
			{ ...describeEach, requestOptions: { maxAttempts: 3 } },
			{ items: itemsFor(FLOWS) },
		);
		expect(error).toBeUndefined();
		expect(jsonOf(items!).map((j) => j.flowName)).toEqual(FLOWS);
		expect(describeRequests()).toBe(5);
	});

	it('k = max attempts: a clear network error, or an error item with Continue On Fail', async () => {
		bed.emulator.faults.add({ kind: 'reset', action: 'DescribeFlow', count: 3 });
		const { error } = await outcome(
			{ ...describeEach, requestOptions: { maxAttempts: 3 } },
			{ items: itemsFor(FLOWS) },
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error!.message).toBe(
			'Could not get an answer from AWS AppFlow for DescribeFlow after 3 attempts: the connection closed before AWS answered (socket hang up)',
		);
		expect((error as NodeApiError).description).toMatch(/^Check the credential's Region and Custom Endpoint/);

		bed.emulator.faults.add({ kind: 'reset', action: 'DescribeFlow', count: 3 });
		const { items } = await outcome(
			{ ...describeEach, requestOptions: { maxAttempts: 3 } },
			{ items: itemsFor(FLOWS), continueOnFail: true },
		);
		expect(jsonOf(items!)[0].error).toMatch(/socket hang up/);
		expect(
			jsonOf(items!)
				.slice(1)
				.map((j) => j.flowName),
		).toEqual(FLOWS.slice(1));
	});
});

describe('an answer slower than Request Timeout', () => {
	beforeEach(async () => createFlows(['orders']));
	const slow = { resource: 'flow', operation: 'describeFlow', flowName: 'orders' };

	it('once: the attempt is cut at the timeout and retried, success', async () => {
		bed.emulator.faults.add({ kind: 'delay', ms: 3000, action: 'DescribeFlow', count: 1 });
		const started = Date.now();
		const { items, error } = await outcome({ ...slow, requestOptions: { requestTimeout: 300 } });
		expect(error).toBeUndefined();
		expect(jsonOf(items!)).toEqual([expect.objectContaining({ flowName: 'orders' })]);
		expect(describeRequests()).toBe(2);
		expect(Date.now() - started).toBeLessThan(2500);
	});

	it('every attempt: a clear timeout error naming the timeout', async () => {
		bed.emulator.faults.add({ kind: 'delay', ms: 3000, action: 'DescribeFlow', count: 2 });
		const { error } = await outcome({ ...slow, requestOptions: { requestTimeout: 300, maxAttempts: 2 } });
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error!.message).toBe(
			'Could not get an answer from AWS AppFlow for DescribeFlow after 2 attempts: no answer within the request timeout of 300 ms',
		);
		expect((error as NodeApiError).description).toBe(
			'The request timed out. Raise Options > Request Timeout, or check the network path to AWS.',
		);
	});

	it('an answer within the timeout is not cut', async () => {
		bed.emulator.faults.add({ kind: 'delay', ms: 100, action: 'DescribeFlow', count: 1 });
		const { error } = await outcome({ ...slow, requestOptions: { requestTimeout: 1000, maxAttempts: 1 } });
		expect(error).toBeUndefined();
	});
});

describe('malformed and truncated answers', () => {
	beforeEach(async () => createFlows(['orders']));

	it('a body cut off once: retried, success', async () => {
		bed.emulator.faults.add({ kind: 'truncate', action: 'DescribeFlow', count: 1 });
		const { items, error } = await outcome({ resource: 'flow', operation: 'describeFlow', flowName: 'orders' });
		expect(error).toBeUndefined();
		expect(jsonOf(items!)).toEqual([expect.objectContaining({ flowName: 'orders' })]);
		expect(describeRequests()).toBe(2);
	});

	it('a body cut off every time: a clear error, not a crash', async () => {
		bed.emulator.faults.add({ kind: 'truncate', action: 'DescribeFlow', count: 2 });
		const { error } = await outcome({
			resource: 'flow',
			operation: 'describeFlow',
			flowName: 'orders',
			requestOptions: { maxAttempts: 2 },
		});
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error!.message).toBe(
			'Could not get an answer from AWS AppFlow for DescribeFlow after 2 attempts: the connection closed before the whole answer arrived (aborted)',
		);
	});

	describe('from an endpoint that is not AppFlow (a proxy, a wrong Custom Endpoint)', () => {
		let server: Server;
		let answer: { status: number; body: string };
		beforeAll(async () => {
			server = createServer((req, res) => {
				req.resume();
				req.on('end', () => {
					res.writeHead(answer.status, { 'content-type': 'application/json' });
					res.end(answer.body);
				});
			});
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		});
		afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

		it.each([
			[
				200,
				'<html><body>Proxy login</body></html>',
				/^AWS AppFlow's answer to DescribeFlow could not be read \(HTTP 200\): a successful answer must be a JSON object, but its body is HTML or XML \(a proxy or load balancer page\?\), 37 bytes$/,
			],
			[
				200,
				'{"flowName": "ord',
				/^AWS AppFlow's answer to DescribeFlow could not be read \(HTTP 200\): Unterminated string in JSON at position \d+$/,
			],
			[
				200,
				'[1, 2, 3]',
				/could not be read \(HTTP 200\): a successful answer must be a JSON object, but its body is a JSON list, 9 bytes$/,
			],
			[
				200,
				'null',
				/could not be read \(HTTP 200\): a successful answer must be a JSON object, but its body is JSON null, 4 bytes$/,
			],
			[200, '"flow"', /could not be read \(HTTP 200\): a successful answer must be a JSON object/],
			[
				502,
				'<html>Bad gateway</html>',
				/^AWS AppFlow's answer to DescribeFlow could not be read \(HTTP 502 after 2 attempts\): Unexpected token '<' \(the body is not JSON\)$/,
			],
			[400, '{"message": 5}', /^AWS AppFlow Unknown in DescribeFlow: 5$/],
			[
				400,
				'{"__type": "ValidationException", "message": {"nested": true}}',
				/^AWS AppFlow ValidationException in DescribeFlow: \[object Object\]$/,
			],
		])('HTTP %i %s: a NodeApiError, with Continue On Fail an error item', async (status, body, message) => {
			answer = { status, body };
			const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
			const parameters = {
				resource: 'flow',
				operation: 'describeFlow',
				flowName: 'orders',
				requestOptions: { maxAttempts: 2 },
			};
			const { error } = await outcome(parameters, { credential: { endpoint } });
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error!.message).toMatch(message);
			expect((error as NodeApiError).httpCode).toBe(String(status));
			const { items } = await outcome(parameters, { credential: { endpoint }, continueOnFail: true });
			expect(jsonOf(items!)).toEqual([
				expect.objectContaining({ error: expect.stringMatching(message), httpCode: String(status) }),
			]);
		});
	});
});

describe('a lost answer to a create or a start: the retry reuses the clientToken, so AppFlow acts once', () => {
	it('Create Flow: one flow, two requests with the same token, the flow in the output', async () => {
		bed.emulator.faults.add({ kind: 'dropResponse', action: 'CreateFlow', count: 1 });
		const { items, error } = await outcome({
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'json',
			requestJson: JSON.stringify(s3FlowRequest('orders')),
		});
		expect(error).toBeUndefined();
		expect(jsonOf(items!)).toEqual([
			{ flowName: 'orders', flowArn: 'arn:aws:appflow:us-east-1:123456789012:flow/orders', flowStatus: 'Active' },
		]);
		expect(bed.emulator.stats()).toMatchObject({ flowsCreated: 1, flows: 1, requests: { CreateFlow: 2 } });
		const tokens = (bed.received('CreateFlow') as Array<{ clientToken?: string }>).map((r) => r.clientToken);
		expect(tokens).toHaveLength(2);
		expect(tokens[0]).toEqual(expect.any(String));
		expect(tokens[1]).toBe(tokens[0]);
	});

	it('Start Flow: one run, two requests with the same token, its executionId in the output', async () => {
		await createFlows(['orders']);
		bed.emulator.faults.add({ kind: 'dropResponse', action: 'StartFlow', count: 1 });
		const { items, error } = await outcome({ resource: 'flow', operation: 'startFlow', flowName: 'orders' });
		expect(error).toBeUndefined();
		expect(jsonOf(items!)).toEqual([
			expect.objectContaining({ flowArn: expect.stringMatching(/flow\/orders$/), executionId: expect.any(String) }),
		]);
		expect(bed.emulator.stats()).toMatchObject({ runsStarted: 1, requests: { StartFlow: 2 } });
		const tokens = (bed.received('StartFlow') as Array<{ clientToken?: string }>).map((r) => r.clientToken);
		expect(tokens).toEqual([expect.any(String), tokens[0]]);
	});

	it('Start Flow for three items, each answer lost once, in one parallel batch: three runs, not six', async () => {
		await createFlows();
		bed.emulator.faults.add({ kind: 'dropResponse', action: 'StartFlow', count: 3 });
		const { items, error } = await outcome(
			{
				resource: 'flow',
				operation: 'startFlow',
				flowName: '={{ $json.name }}',
				requestOptions: { batching: { batch: { batchSize: 3 } } },
			},
			{ items: itemsFor(FLOWS) },
		);
		expect(error).toBeUndefined();
		expect(jsonOf(items!).map((j) => String(j.flowArn).split('/').pop())).toEqual(FLOWS);
		expect(bed.emulator.stats()).toMatchObject({ runsStarted: 3, requests: { StartFlow: 6 } });
		expect(new Set(jsonOf(items!).map((j) => j.executionId)).size).toBe(3);
	});
});
