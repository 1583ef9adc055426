/**
 * The output contract across node versions. A node saved before Simplify existed is version 1 and holds no
 * `simplify` parameter: it must emit exactly what it emitted then (AWS's answer, as the SDK gives it) and read its
 * wait settings where it saved them (`options.pollInterval`, `options.timeout`). A new node is version 2: simplified
 * by default, AWS's answer with Simplify off, Create naming what it created, wait settings in the node's Options.
 */
import {
	DescribeConnectorEntityCommand,
	DescribeConnectorProfilesCommand,
	DescribeFlowCommand,
	DescribeFlowExecutionRecordsCommand,
	ListConnectorEntitiesCommand,
	ListFlowsCommand,
	StartFlowCommand,
} from '@aws-sdk/client-appflow';
import { NodeOperationError, type IDataObject, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import { jsonOf, s3FlowRequest, startNodeBed, type NodeBed } from './nodeBed';
import { setup, useClient } from './operations/setup';

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed();
	useClient(bed.client);
});
afterAll(async () => bed.close());
beforeEach(() => bed.emulator.reset());

/** The SDK's answer without its response metadata: what the node emitted before version 2. */
function answer<T extends { $metadata?: unknown }>(response: T): IDataObject {
	const rest: IDataObject = { ...(response as IDataObject) };
	delete rest.$metadata;
	return rest;
}

const runV1 = async (parameters: INodeParameters) => jsonOf(await bed.run(parameters, { typeVersion: 1 }));
const runV2 = async (parameters: INodeParameters) => jsonOf(await bed.run(parameters));

/** A flow with one finished run; returns the run's execution ID. */
async function flowWithRun(): Promise<string> {
	bed.emulator.runs.runDurationMs = 0;
	await setup.flow('orders');
	const { executionId } = await bed.client.send(new StartFlowCommand({ flowName: 'orders' }));
	for (let i = 0; i < 200; i++) {
		const records = await bed.client.send(new DescribeFlowExecutionRecordsCommand({ flowName: 'orders' }));
		if (records.flowExecutions?.some((r) => r.executionId === executionId && r.executionStatus !== 'InProgress'))
			return executionId!;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error('the run did not end');
}

describe('node versions', () => {
	it('is version 1 and 2, new nodes 2; Simplify and the Options wait settings exist from 2, Wait Options only in 1', () => {
		const description = new AwsAppFlow().description;
		expect(description.version).toEqual([1, 2]);
		expect(description.defaultVersion).toBe(2);
		const simplify = description.properties.filter((p) => p.name === 'simplify');
		expect(simplify.length).toBe(7);
		for (const p of simplify) {
			expect(p.default).toBe(true);
			expect(p.displayOptions?.show?.['@version']).toEqual([{ _cnd: { gte: 2 } }]);
		}
		const waitOptions = description.properties.find((p) => p.name === 'options')!;
		expect(waitOptions.displayOptions?.show).toMatchObject({ operation: ['startFlow'], '@version': [1] });
		const requestOptions = description.properties.find((p) => p.name === 'requestOptions')!;
		const waitTimeout = (requestOptions.options as INodeProperties[]).find((o) => o.name === 'waitTimeout')!;
		expect(waitTimeout.displayOptions).toEqual({
			show: {
				'/resource': ['flow'],
				'/operation': ['startFlow'],
				'/waitForCompletion': [true],
				'@version': [{ _cnd: { gte: 2 } }],
			},
		});
	});
});

describe('version 1, as saved before Simplify: exactly the answer it emitted', () => {
	it('Flow > Get and Get Many emit AWS answer unchanged', async () => {
		await setup.flow('orders');
		const described = answer(await bed.client.send(new DescribeFlowCommand({ flowName: 'orders' })));
		expect(await runV1({ resource: 'flow', operation: 'describeFlow', flowName: 'orders' })).toEqual([described]);
		const { flows } = await bed.client.send(new ListFlowsCommand({}));
		expect(await runV1({ resource: 'flow', operation: 'listFlows', returnAll: true })).toEqual(flows);
	});

	it('Flow > Create emits the ARN and status only; Create Connector Profile the ARN only', async () => {
		const created = await runV1({
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'json',
			requestJson: JSON.stringify(s3FlowRequest('orders')),
		});
		expect(created).toEqual([{ flowArn: expect.stringMatching(/:flow\/orders$/), flowStatus: 'Active' }]);
	});

	it('Flow Execution > Get and Get Many emit the run records as AWS gives them', async () => {
		const executionId = await flowWithRun();
		const { flowExecutions } = await bed.client.send(new DescribeFlowExecutionRecordsCommand({ flowName: 'orders' }));
		expect(
			await runV1({ resource: 'flowExecution', operation: 'getFlowExecution', flowName: 'orders', executionId }),
		).toEqual(flowExecutions);
		expect(
			await runV1({
				resource: 'flowExecution',
				operation: 'describeFlowExecutionRecords',
				flowName: 'orders',
				returnAll: true,
			}),
		).toEqual(flowExecutions);
	});

	it('Connector Profile > Get Many and Connector Entity > Get Many and Get emit AWS answer', async () => {
		await setup.salesforceProfile();
		const { connectorProfileDetails } = await bed.client.send(new DescribeConnectorProfilesCommand({}));
		expect(
			await runV1({ resource: 'connectorProfile', operation: 'describeConnectorProfiles', returnAll: true }),
		).toEqual(connectorProfileDetails);
		const { connectorEntityMap } = await bed.client.send(
			new ListConnectorEntitiesCommand({ connectorProfileName: 'sf' }),
		);
		const listed = Object.entries(connectorEntityMap!).flatMap(([group, list]) => list.map((e) => ({ group, ...e })));
		expect(
			await runV1({
				resource: 'connectorEntity',
				operation: 'listConnectorEntities',
				additionalFields: { connectorProfileName: 'sf' },
			}),
		).toEqual(listed);
		const entity = answer(
			await bed.client.send(
				new DescribeConnectorEntityCommand({ connectorEntityName: 'Account', connectorProfileName: 'sf' }),
			),
		);
		const get = {
			resource: 'connectorEntity',
			operation: 'describeConnectorEntity',
			connectorEntityName: { __rl: true, mode: 'name', value: 'Account' },
			additionalFields: { connectorProfileName: 'sf' },
		};
		expect(await runV1(get)).toEqual([entity]);
		// Simplify has no parameter in version 1, whatever a hand-edited workflow holds.
		expect(await runV1({ ...get, simplify: true })).toEqual([entity]);
	});

	it('reads the wait settings where version 1 saved them (Wait Options) and names them so in its timeout error', async () => {
		bed.emulator.runs.runDurationMs = 60_000;
		await setup.flow('orders');
		const began = Date.now();
		const error = await bed
			.run(
				{
					resource: 'flow',
					operation: 'startFlow',
					flowName: 'orders',
					waitForCompletion: true,
					options: { pollInterval: 0.2, timeout: 1 },
				},
				{ typeVersion: 1 },
			)
			.catch((e: Error) => e);
		expect(Date.now() - began).toBeLessThan(3000);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as NodeOperationError).description).toMatch(
			/^The run goes on in AWS\. Raise Wait Options > Timeout \(Seconds\) \(now 1 s\)/,
		);
	});
});

describe('version 2: simplified by default, AWS answer with Simplify off', () => {
	it('Flow > Get and Get Many emit one readable shape; Simplify off gives what version 1 gives', async () => {
		await flowWithRun();
		const get = { resource: 'flow', operation: 'describeFlow', flowName: 'orders' };
		const [flow] = await runV2(get);
		expect(flow).toEqual({
			flowName: 'orders',
			flowArn: expect.stringMatching(/:flow\/orders$/),
			flowStatus: 'Active',
			description: null,
			sourceConnectorType: 'S3',
			destinationConnectorType: 'S3',
			triggerType: 'OnDemand',
			lastRunStatus: 'Successful',
			lastRunTime: expect.anything(),
			lastRunMessage: expect.anything(),
			lastUpdatedAt: expect.anything(),
		});
		const [listed] = await runV2({ resource: 'flow', operation: 'listFlows', returnAll: true });
		expect(Object.keys(listed)).toEqual(Object.keys(flow));
		expect(listed).toEqual({ ...flow, lastRunTime: listed.lastRunTime, lastRunMessage: listed.lastRunMessage });
		expect(await runV2({ ...get, simplify: false })).toEqual(await runV1(get));
	});

	it('Flow Execution > Get and Get Many emit the run readable', async () => {
		const executionId = await flowWithRun();
		const expected = {
			executionId,
			executionStatus: 'Successful',
			startedAt: expect.anything(),
			lastUpdatedAt: expect.anything(),
			recordsProcessed: expect.any(Number),
			bytesProcessed: expect.any(Number),
			bytesWritten: expect.any(Number),
			errorMessage: null,
		};
		const get = { resource: 'flowExecution', operation: 'getFlowExecution', flowName: 'orders', executionId };
		expect(await runV2(get)).toEqual([expected]);
		expect(
			await runV2({ resource: 'flowExecution', operation: 'describeFlowExecutionRecords', flowName: 'orders' }),
		).toEqual([expected]);
		expect(await runV2({ ...get, simplify: false })).toEqual(await runV1(get));
	});

	it('Connector Profile > Get Many and Connector Entity > Get Many are readable', async () => {
		await setup.salesforceProfile();
		expect(await runV2({ resource: 'connectorProfile', operation: 'describeConnectorProfiles' })).toEqual([
			{
				connectorProfileName: 'sf',
				connectorProfileArn: expect.stringMatching(/:connectorprofile\/sf$/),
				connectorType: 'Salesforce',
				connectorLabel: null,
				connectionMode: 'Public',
				lastUpdatedAt: expect.anything(),
			},
		]);
		const list = {
			resource: 'connectorEntity',
			operation: 'listConnectorEntities',
			additionalFields: { connectorProfileName: 'sf' },
		};
		const entities = await runV2(list);
		expect(entities.length).toBeGreaterThan(0);
		for (const e of entities) expect(Object.keys(e)).toEqual(['name', 'label', 'group', 'hasNestedEntities']);
		expect(await runV2({ ...list, simplify: false })).toEqual(await runV1(list));
	});

	it('Connector Entity > Get emits one item per field with the entity name, simplified or raw', async () => {
		await setup.salesforceProfile();
		// Version 2 asks for the entity's parent first, as its own field; version 1 saved it in Additional Fields.
		const entity = {
			resource: 'connectorEntity',
			operation: 'describeConnectorEntity',
			requestOptions: { oneItemPerField: true },
		};
		const connectorEntityName = { __rl: true, mode: 'name', value: 'Account' };
		const get = { ...entity, connectorProfileName: { __rl: true, mode: 'name', value: 'sf' }, connectorEntityName };
		const getV1 = { ...entity, connectorEntityName, additionalFields: { connectorProfileName: 'sf' } };
		const { connectorEntityFields } = await bed.client.send(
			new DescribeConnectorEntityCommand({ connectorEntityName: 'Account', connectorProfileName: 'sf' }),
		);
		const perField = await runV2(get);
		expect(perField.map((f) => f.identifier)).toEqual(connectorEntityFields!.map((f) => f.identifier));
		const id = perField.find((f) => f.identifier === 'Id')!;
		expect(id).toEqual({
			connectorEntityName: 'Account',
			identifier: 'Id',
			label: expect.any(String),
			fieldType: expect.any(String),
			isPrimaryKey: expect.anything(),
			isRetrievable: expect.anything(),
			isQueryable: expect.anything(),
			isCreatable: expect.anything(),
			isUpdatable: expect.anything(),
			isNullable: expect.anything(),
		});
		const raw = await runV2({ ...get, simplify: false });
		expect(raw).toEqual(connectorEntityFields!.map((f) => ({ connectorEntityName: 'Account', ...f })));
		// The option exists in version 1 too.
		expect(await runV1(getV1)).toEqual(raw);
		// Off (as every version 1 node saved it) it changes nothing there.
		const { requestOptions: _perField, ...wholeV1 } = getV1;
		expect(await runV1(wholeV1)).toHaveLength(1);
	});

	it('Create names what it created beside the ARN', async () => {
		const created = await runV2({
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'json',
			requestJson: JSON.stringify(s3FlowRequest('orders')),
		});
		expect(created).toEqual([
			{ flowName: 'orders', flowArn: expect.stringMatching(/:flow\/orders$/), flowStatus: 'Active' },
		]);
	});
});

describe('parameter resolution in the oldest and newest supported n8n-workflow', () => {
	// What n8n keeps of a saved node (Workflow runs getNodeParameters on load): the form must survive Input Mode now
	// coming after it, Simplify must exist only from version 2, Wait Options only in version 1.
	const lines = [
		['1.120', 'n8n-workflow-oldest'],
		['2.41', 'n8n-workflow-newest'],
	] as const;
	const description = new AwsAppFlow().description;
	const resolve = (line: string, parameters: INodeParameters, typeVersion: number): INodeParameters => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { NodeHelpers } = require(line) as typeof import('n8n-workflow');
		const node = { name: 'n', type: 'awsAppFlow', typeVersion, position: [0, 0], parameters } as never;
		return NodeHelpers.getNodeParameters(description.properties, parameters, true, false, node, description)!;
	};

	it.each(lines)('n8n-workflow %s', (_version, line) => {
		const profile = {
			resource: 'connectorProfile',
			operation: 'createConnectorProfile',
			connectorProfileName: 'z',
			connectorType: 'Zendesk',
			connectionMode: 'Public',
			zendeskInstanceUrl: 'https://acme.zendesk.com',
		};
		for (const typeVersion of [1, 2]) {
			// n8n saves no value for a default: no inputMode means the form.
			expect(resolve(line, profile, typeVersion)).toMatchObject({ ...profile, inputMode: 'fields' });
			const json = resolve(line, { ...profile, inputMode: 'json', requestJson: '{}' }, typeVersion);
			expect(json).toEqual({
				resource: 'connectorProfile',
				operation: 'createConnectorProfile',
				inputMode: 'json',
				requestJson: '{}',
				requestOptions: {},
			});
		}
		const get = { resource: 'flow', operation: 'describeFlow', flowName: 'orders' };
		expect(resolve(line, get, 2).simplify).toBe(true);
		expect(resolve(line, get, 1)).not.toHaveProperty('simplify');
		const start = { resource: 'flow', operation: 'startFlow', waitForCompletion: true, options: { timeout: 5 } };
		expect(resolve(line, start, 1).options).toEqual({ timeout: 5 });
		expect(resolve(line, start, 2)).not.toHaveProperty('options');
	});
});
