/**
 * Bad input fails its item with a message naming the field, the rule and the item, and nothing is sent; AWS's
 * errors arrive as NodeApiError with AWS's name, message, status and request ID; Continue On Fail keeps going.
 */
import { CreateFlowCommand } from '@aws-sdk/client-appflow';
import { NodeApiError, NodeOperationError, type INodeParameters } from 'n8n-workflow';

import { jsonOf, s3FlowRequest, startNodeBed, type NodeBed } from './nodeBed';

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed();
});
afterAll(async () => bed.close());
beforeEach(() => bed.emulator.reset());

async function failure(parameters: INodeParameters, items?: Array<Record<string, string>>): Promise<Error> {
	return await bed.run(parameters, { items }).then(
		() => {
			throw new Error('expected the node to fail');
		},
		(error: Error) => error,
	);
}

describe('input checked before anything is sent', () => {
	it.each([
		[
			'pattern',
			{ resource: 'flow', operation: 'describeFlow', flowName: 'my flow' },
			/^flowName "my flow" must match \^\[a-zA-Z0-9\]\[\\w!@#.-\]\+\$, no spaces \[item 0\]$/,
		],
		['required', { resource: 'flow', operation: 'describeFlow', flowName: '' }, /^flowName is required \[item 0\]$/],
		[
			'length',
			{ resource: 'flow', operation: 'describeFlow', flowName: 'a'.repeat(257) },
			/^flowName "a+\.\.\. must have between 0 and 256 characters \(has 257\) \[item 0\]$/,
		],
		[
			'enum',
			{
				resource: 'connector',
				operation: 'describeConnector',
				inputMode: 'json',
				requestJson: '{"connectorType": "Salesforcee"}',
			},
			/^requestJson: connectorType "Salesforcee" must be one of: Salesforce, .* \[item 0\]$/,
		],
		[
			'range',
			{
				resource: 'flow',
				operation: 'listFlows',
				inputMode: 'json',
				requestJson: '{"maxResults": 0}',
				returnAll: false,
				limit: 5,
			},
			/^requestJson: maxResults 0 must be between 1 and 100 \[item 0\]$/,
		],
		[
			'type',
			{ resource: 'flow', operation: 'describeFlow', inputMode: 'json', requestJson: '{"flowName": 42}' },
			/^requestJson: flowName 42 must be a string \[item 0\]$/,
		],
		[
			'unknown member',
			{
				resource: 'flow',
				operation: 'describeFlow',
				inputMode: 'json',
				requestJson: '{"flowName": "xy", "flowname": "x"}',
			},
			/^requestJson: flowname is not a member of DescribeFlowRequest; known members: flowName \[item 0\]$/,
		],
		[
			'prototype key',
			{
				resource: 'flow',
				operation: 'describeFlow',
				inputMode: 'json',
				requestJson: '{"flowName": "xy", "__proto__": {"polluted": true}}',
			},
			/__proto__ is not a member/,
		],
	])('%s', async (_rule, parameters, message) => {
		const error = await failure(parameters as INodeParameters);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toMatch(message);
		expect(bed.emulator.stats().totalRequests).toBe(0);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('names the item that is wrong in a batch and sends nothing for it', async () => {
		for (const name of ['ok-name', 'ok-two']) {
			await bed.run({
				resource: 'flow',
				operation: 'createFlow',
				inputMode: 'json',
				requestJson: JSON.stringify(s3FlowRequest(name)),
			});
		}
		const error = await failure({ resource: 'flow', operation: 'describeFlow', flowName: '={{ $json.name }}' }, [
			{ name: 'ok-name' },
			{ name: 'ok-two' },
			{ name: 'bad name' },
		]);
		expect(error.message).toMatch(/\[item 2\]$/);
		expect(bed.received('DescribeFlow')).toEqual([{ flowName: 'ok-name' }, { flowName: 'ok-two' }]);
	});

	it('points at the line and column of malformed JSON', async () => {
		const error = await failure({
			resource: 'flow',
			operation: 'describeFlow',
			inputMode: 'json',
			requestJson: '{\n  "flowName": "x",\n}',
		});
		expect(error.message).toMatch(/^requestJson is not valid JSON at line 3, column 1: .* \[item 0\]$/);
		expect(bed.emulator.stats().totalRequests).toBe(0);
	});
});

describe('AWS errors', () => {
	it('become NodeApiError with the error name, message, status and request ID', async () => {
		const error = (await failure({ resource: 'flow', operation: 'describeFlow', flowName: 'missing' })) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toMatch(/^AWS AppFlow ResourceNotFoundException in DescribeFlow: .*missing/);
		expect(error.httpCode).toBe('404');
		expect(error.description).toMatch(/^HTTP 404, request ID [\w-]+\. Check the name or ARN/);
	});

	it('report a wrong secret as AWS does, without the secret', async () => {
		const error = await bed
			.run(
				{ resource: 'flow', operation: 'listFlows', returnAll: true },
				{ credential: { secretAccessKey: 'wrong-secret-value-123' } },
			)
			.catch((e: Error) => e);
		expect((error as NodeApiError).message).toMatch(/InvalidSignatureException/);
		expect(JSON.stringify({ m: (error as Error).message, d: (error as NodeApiError).description })).not.toContain(
			'wrong-secret-value-123',
		);
	});
});

describe('Continue On Fail', () => {
	it('turns each failing item into an error item and runs the others, all paired', async () => {
		// Prepare: one flow exists
		await bed.run({
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'json',
			requestJson: JSON.stringify(s3FlowRequest('orders')),
		});
		// Act: an existing flow, a missing one, an invalid name, the existing one again
		const items = await bed.run(
			{ resource: 'flow', operation: 'describeFlow', flowName: '={{ $json.name }}' },
			{
				items: [{ name: 'orders' }, { name: 'missing' }, { name: 'bad name' }, { name: 'orders' }],
				continueOnFail: true,
			},
		);
		// Assess
		const json = jsonOf(items);
		expect(items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1, 2, 3]);
		expect(json[0]).toMatchObject({ flowName: 'orders' });
		expect(json[1]).toMatchObject({ error: expect.stringMatching(/ResourceNotFoundException/), httpCode: '404' });
		expect(json[2]).toMatchObject({ error: expect.stringMatching(/^flowName "bad name" must match .*\[item 2\]$/) });
		expect(json[3]).toMatchObject({ flowName: 'orders' });
		expect(bed.received('DescribeFlow')).toEqual([
			{ flowName: 'orders' },
			{ flowName: 'missing' },
			{ flowName: 'orders' },
		]);
	});
});

describe('pagination', () => {
	beforeEach(async () => {
		// 230 flows: more than two pages of the largest page AppFlow allows (100).
		for (let i = 0; i < 230; i++)
			await bed.client.send(new CreateFlowCommand(s3FlowRequest(`flow-${String(i).padStart(3, '0')}`) as never));
	});

	it('returns everything across pages with Return All', async () => {
		const items = await bed.run({ resource: 'flow', operation: 'listFlows', returnAll: true });
		expect(items).toHaveLength(230);
		expect(new Set(jsonOf(items).map((f) => f.flowName)).size).toBe(230);
		const pages = bed.received('ListFlows') as Array<{ maxResults: number; nextToken?: string }>;
		expect(pages.map((p) => p.maxResults)).toEqual([100, 100, 100]);
		expect(pages[0].nextToken).toBeUndefined();
		expect(pages[1].nextToken).toEqual(expect.any(String));
	});

	it('stops at Limit and asks only for what it needs', async () => {
		const items = await bed.run({ resource: 'flow', operation: 'listFlows', returnAll: false, limit: 150 });
		expect(items).toHaveLength(150);
		expect((bed.received('ListFlows') as Array<{ maxResults: number }>).map((p) => p.maxResults)).toEqual([100, 50]);
	});

	it('asks for one small page for a small Limit', async () => {
		const items = await bed.run({ resource: 'flow', operation: 'listFlows', returnAll: false, limit: 7 });
		expect(items).toHaveLength(7);
		expect(bed.received('ListFlows')).toEqual([{ maxResults: 7 }]);
	});
});
