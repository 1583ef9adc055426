/**
 * Limits and strict input: requests over the node's stated bounds fail before anything is sent; booleans and
 * numbers from expressions are read strictly; a Custom Endpoint must be https:// (http:// only to loopback), without
 * user:password@ and without a path; a clientToken shared by several items of one execution is warned about.
 */
import { NodeOperationError, type INodeParameters } from 'n8n-workflow';

import { REQUEST_BOUNDS } from '../../nodes/AwsAppFlow/actions/common/requestGuards';
import { checkEndpoint, CredentialConfigError } from '../../nodes/AwsAppFlow/transport/client';
import { runCredentialTest } from '../harness/runNode';
import { s3FlowRequest, startNodeBed, type NodeBed } from '../node/nodeBed';
import { captureEverything, written } from './secretTable';

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed();
	captureEverything();
});
afterAll(async () => {
	jest.restoreAllMocks();
	await bed.close();
});
beforeEach(() => {
	bed.emulator.reset();
	written.length = 0;
});

const failure = async (parameters: INodeParameters, items?: object[]) =>
	await bed.run(parameters, { items: items as never }).then(
		() => undefined,
		(error: Error) => error,
	);

describe('request bounds (README: Limits)', () => {
	const mapTask = (n: number) => ({
		taskType: 'Map',
		sourceFields: [`field${n}`],
		destinationField: `field${n}`,
		connectorOperator: { S3: 'NO_OP' },
		taskProperties: {},
	});

	it(`refuses more than ${REQUEST_BOUNDS.tasks} tasks before anything is sent`, async () => {
		const tasks = Array.from({ length: REQUEST_BOUNDS.tasks + 1 }, (_, n) => mapTask(n));
		const error = await failure({
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'json',
			requestJson: { ...s3FlowRequest('big'), tasks } as never,
		});
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error!.message).toBe(
			`tasks has ${REQUEST_BOUNDS.tasks + 1} entries, over this node's bound of ${REQUEST_BOUNDS.tasks} for CreateFlow [item 0]`,
		);
		expect(bed.received('CreateFlow')).toEqual([]);
	});

	it('accepts a flow at the task bound', async () => {
		const tasks = Array.from({ length: 2000 }, (_, n) => mapTask(n));
		const items = await bed.run({
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'json',
			requestJson: { ...s3FlowRequest('wide'), tasks } as never,
		});
		expect(items[0].json.flowArn).toMatch(/flow\/wide$/);
	});

	it('refuses a request over the size bound, and a JSON text over it before parsing', async () => {
		const description = 'x'.repeat(REQUEST_BOUNDS.requestCharacters);
		const big = await failure({
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'json',
			requestJson: { ...s3FlowRequest('huge'), tags: { big: description } } as never,
		});
		expect(big?.message).toMatch(/^The CreateFlow request is over this node's bound of 5 MiB \[item 0\]$/);
		const text = await failure({
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'json',
			requestJson: JSON.stringify({ ...s3FlowRequest('huge'), description }),
		});
		expect(text?.message).toMatch(/^requestJson is 5\.0 MiB of text, over this node's bound of 5 MiB \[item 0\]$/);
		expect(bed.received('CreateFlow')).toEqual([]);
	});
});

describe('strict booleans and numbers from expressions', () => {
	beforeEach(async () => {
		for (const name of ['flow-a', 'flow-b', 'flow-c']) {
			await bed.run({
				resource: 'flow',
				operation: 'createFlow',
				inputMode: 'json',
				requestJson: s3FlowRequest(name) as never,
			});
		}
	});
	const list = (returnAll: unknown, limit: unknown = 2) =>
		({ resource: 'flow', operation: 'listFlows', returnAll, limit }) as INodeParameters;

	it.each([
		['"false" from an expression', '={{ "false" }}', 2],
		['" FALSE " from an expression', '={{ " FALSE " }}', 2],
		['"true" from an expression', '={{ "true" }}', 3],
		['false', false, 2],
	])('returnAll %s is read as a boolean', async (_label, returnAll, expected) => {
		expect(await bed.run(list(returnAll))).toHaveLength(expected);
	});

	it.each([
		['returnAll', list('={{ "abc" }}'), /^returnAll "abc" must be a boolean \(true or false\) \[item 0\]$/],
		['returnAll', list('={{ "1" }}'), /^returnAll "1" must be a boolean/],
		['limit', list(false, 'abc'), /^limit "abc" must be a number \[item 0\]$/],
		['limit', list(false, '0x10'), /^limit "0x10" must be a number/],
		[
			'maxResults in JSON mode',
			{ resource: 'flow', operation: 'listFlows', inputMode: 'json', requestJson: '{"maxResults": "abc"}' },
			/^requestJson: maxResults "abc" must be an integer/,
		],
		[
			'Options > Max Attempts',
			{ resource: 'flow', operation: 'listFlows', requestOptions: { maxAttempts: '0x3' } },
			/Max Attempts must be a whole number between/,
		],
	])('%s: an error naming the field', async (_label, parameters, message) => {
		const error = await failure(parameters as INodeParameters);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error!.message).toMatch(message);
	});

	it('limit " 2 " from an expression is 2', async () => {
		expect(await bed.run(list(false, ' 2 '))).toHaveLength(2);
	});
});

describe('Custom Endpoint', () => {
	it.each([
		[
			'https://vpce-0123-abcd.appflow.us-east-1.vpce.amazonaws.com',
			'https://vpce-0123-abcd.appflow.us-east-1.vpce.amazonaws.com',
		],
		['https://appflow.example.com:8443/', 'https://appflow.example.com:8443'],
		['http://127.0.0.1:4567', 'http://127.0.0.1:4567'],
		['http://127.8.9.10:4567', 'http://127.8.9.10:4567'],
		['http://localhost:4567', 'http://localhost:4567'],
		['http://[::1]:4567', 'http://[::1]:4567'],
	])('accepts %s', (endpoint, expected) => {
		expect(checkEndpoint(endpoint, 'Custom Endpoint')).toBe(expected);
	});

	it.each([
		[
			'http://appflow.example.com',
			/uses http:\/\/ to appflow\.example\.com, which would send the signed requests and every secret in them unencrypted/,
		],
		['http://10.0.0.5:4567', /uses http:\/\/ to 10\.0\.0\.5/],
		['http://127.0.0.1.example.com', /uses http:\/\/ to 127\.0\.0\.1\.example\.com/],
		['https://admin:hunter2secret@appflow.example.com', /must not hold a user name or password/],
		['https://appflow.example.com/prefix', /must be only scheme, host and port \(it has a path, query or fragment\)/],
		['https://appflow.example.com/?x=1', /must be only scheme, host and port/],
	])('refuses %s, in the node and the Test button, without quoting a password', async (endpoint, message) => {
		expect(() => checkEndpoint(endpoint, 'Custom Endpoint')).toThrow(CredentialConfigError);
		expect(() => checkEndpoint(endpoint, 'Custom Endpoint')).toThrow(message);
		const credential = { ...bed.credentials.awsAppFlowApi, endpoint };
		const error = await bed.run({ resource: 'flow', operation: 'listFlows', returnAll: true }, { credential }).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.message).toMatch(message);
		const result = await runCredentialTest(bed.node, 'awsAppFlowApiTest', credential as never);
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(message) });
		expect(JSON.stringify([error, error?.message, result])).not.toContain('hunter2secret');
	});
});

describe('a clientToken shared by several items', () => {
	const start = (clientToken: unknown) =>
		({
			resource: 'flow',
			operation: 'startFlow',
			flowName: 'orders',
			additionalFields: { clientToken },
		}) as INodeParameters;
	beforeEach(async () => {
		await bed.run({
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'json',
			requestJson: s3FlowRequest('orders') as never,
		});
		written.length = 0;
	});

	it('is warned about in the log, without the token; AWS then starts one run for all items', async () => {
		const items = await bed.run(start('fixed-token-4711'), { items: [{}, {}, {}] });
		expect(new Set(items.map((i) => i.json.executionId)).size).toBe(1);
		const warnings = written.filter((line) => line.includes('the same clientToken'));
		expect(warnings).toEqual([
			expect.stringContaining('Items 0 and 1 send StartFlow with the same clientToken'),
			expect.stringContaining('Items 0 and 2 send StartFlow with the same clientToken'),
		]);
		expect(written.join('\n')).not.toContain('fixed-token-4711');
	});

	it('is not warned about when each item has its own token, or none', async () => {
		await bed.run(start('={{ "token-" + $itemIndex }}'), { items: [{}, {}] });
		await bed.run(start(''), { items: [{}, {}] });
		expect(written.filter((line) => line.includes('the same clientToken'))).toEqual([]);
	});
});
