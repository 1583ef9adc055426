/**
 * Every one of the 25 operations, in Fields mode and in JSON mode, through n8n's execution context and the real
 * SDK against the emulator over HTTP: what AppFlow received, and the items the node emitted.
 */
import {
	type AppflowClient,
	CreateConnectorProfileCommand,
	CreateFlowCommand,
	RegisterConnectorCommand,
	StartFlowCommand,
	TagResourceCommand,
} from '@aws-sdk/client-appflow';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';
import { jsonOf, s3FlowRequest, startTestbed, type Testbed } from './testbed';

let bed: Testbed;
let sdk: AppflowClient;
const flowArn = (name: string) => `arn:aws:appflow:us-east-1:123456789012:flow/${name}`;
const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:my-connector';
const zendeskConfig = {
	connectorProfileProperties: { Zendesk: { instanceUrl: 'https://acme.zendesk.com' } },
	connectorProfileCredentials: {
		Zendesk: { clientId: 'client', clientSecret: 'zd-client-secret-5e3', accessToken: 'zd-access-token-77a' },
	},
};

beforeAll(async () => {
	bed = await startTestbed();
	sdk = bed.client;
});
afterAll(async () => bed.close());
beforeEach(() => bed.emulator.reset());

const setup = {
	flow: async (name = 'orders') => sdk.send(new CreateFlowCommand(s3FlowRequest(name) as never)),
	scheduledFlow: async (name = 'nightly') =>
		sdk.send(
			new CreateFlowCommand({
				...(s3FlowRequest(name) as object),
				triggerConfig: {
					triggerType: 'Scheduled',
					triggerProperties: { Scheduled: { scheduleExpression: 'rate(1hours)' } },
				},
			} as never),
		),
	profile: async (name = 'zendesk-main') =>
		sdk.send(
			new CreateConnectorProfileCommand({
				connectorProfileName: name,
				connectorType: 'Zendesk',
				connectionMode: 'Public',
				connectorProfileConfig: zendeskConfig,
			}),
		),
	connector: async (label = 'my_connector') =>
		sdk.send(
			new RegisterConnectorCommand({
				connectorLabel: label,
				connectorProvisioningType: 'LAMBDA',
				connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA } },
			}),
		),
};

interface Case {
	resource: string;
	operation: string;
	action: string;
	prepare?: () => Promise<unknown>;
	fields: INodeParameters;
	json: IDataObject;
	/** What AppFlow must have received (a subset match of the last request of `action`). */
	sent: IDataObject;
	check: (items: IDataObject[]) => void;
}

const CASES: Case[] = [
	{
		resource: 'flow',
		operation: 'createFlow',
		action: 'CreateFlow',
		fields: {
			flowName: 'orders',
			triggerConfig: { trigger: { triggerType: 'OnDemand' } },
			sourceFlowConfig: { source: { connectorType: 'S3', bucketName: 'source-bucket', bucketPrefix: 'in' } },
			destinationFlowConfigList: { destination: [{ connectorType: 'S3', bucketName: 'target-bucket' }] },
			tasks: { definition: { mode: 'mapAll' } },
			additionalFields: { description: 'Orders to the lake', tags: { entries: [{ key: 'team', value: 'data' }] } },
		},
		json: { ...s3FlowRequest('orders'), description: 'Orders to the lake', tags: { team: 'data' } },
		sent: {
			flowName: 'orders',
			description: 'Orders to the lake',
			tags: { team: 'data' },
			triggerConfig: { triggerType: 'OnDemand' },
		},
		check: (items) => expect(items).toEqual([{ flowArn: flowArn('orders'), flowStatus: 'Active' }]),
	},
	{
		resource: 'flow',
		operation: 'describeFlow',
		action: 'DescribeFlow',
		prepare: () => setup.flow(),
		fields: { flowName: 'orders' },
		json: { flowName: 'orders' },
		sent: { flowName: 'orders' },
		check: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({
				flowName: 'orders',
				flowStatus: 'Active',
				triggerConfig: { triggerType: 'OnDemand' },
			});
			expect(items[0]).not.toHaveProperty('$metadata');
		},
	},
	{
		resource: 'flow',
		operation: 'listFlows',
		action: 'ListFlows',
		prepare: async () => {
			await setup.flow('a-flow');
			await setup.flow('b-flow');
		},
		fields: { returnAll: true },
		json: {},
		sent: { maxResults: 100 },
		check: (items) => expect(items.map((i) => i.flowName).sort()).toEqual(['a-flow', 'b-flow']),
	},
	{
		resource: 'flow',
		operation: 'updateFlow',
		action: 'UpdateFlow',
		prepare: () => setup.flow(),
		fields: { flowName: 'orders', additionalFields: { description: 'new text' } },
		json: { ...s3FlowRequest('orders'), description: 'new text' },
		sent: { flowName: 'orders', description: 'new text', sourceFlowConfig: { connectorType: 'S3' } },
		check: (items) => expect(items).toEqual([{ flowStatus: 'Active' }]),
	},
	{
		resource: 'flow',
		operation: 'deleteFlow',
		action: 'DeleteFlow',
		prepare: () => setup.flow(),
		fields: { flowName: 'orders', additionalFields: { forceDelete: true } },
		json: { flowName: 'orders', forceDelete: true },
		sent: { flowName: 'orders', forceDelete: true },
		check: (items) => expect(items).toEqual([{ success: true, flowName: 'orders' }]),
	},
	{
		resource: 'flow',
		operation: 'startFlow',
		action: 'StartFlow',
		prepare: () => setup.flow(),
		fields: { flowName: 'orders' },
		json: { flowName: 'orders' },
		sent: { flowName: 'orders' },
		check: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({
				flowArn: flowArn('orders'),
				flowStatus: 'Active',
				executionId: expect.any(String),
			});
		},
	},
	{
		resource: 'flow',
		operation: 'stopFlow',
		action: 'StopFlow',
		prepare: async () => {
			await setup.scheduledFlow();
			await sdk.send(new StartFlowCommand({ flowName: 'nightly' }));
		},
		fields: { flowName: 'nightly' },
		json: { flowName: 'nightly' },
		sent: { flowName: 'nightly' },
		check: (items) => expect(items).toEqual([{ flowArn: flowArn('nightly'), flowStatus: 'Suspended' }]),
	},
	{
		resource: 'flowExecution',
		operation: 'describeFlowExecutionRecords',
		action: 'DescribeFlowExecutionRecords',
		prepare: async () => {
			await setup.flow();
			await sdk.send(new StartFlowCommand({ flowName: 'orders' }));
			await sdk.send(new StartFlowCommand({ flowName: 'orders' }));
		},
		fields: { flowName: 'orders', returnAll: false, limit: 5 },
		json: { flowName: 'orders' },
		sent: { flowName: 'orders' },
		check: (items) => {
			expect(items).toHaveLength(2);
			for (const run of items)
				expect(run).toMatchObject({
					executionId: expect.any(String),
					executionStatus: expect.stringMatching(/InProgress|Successful/),
				});
		},
	},
	{
		resource: 'flowExecution',
		operation: 'cancelFlowExecutions',
		action: 'CancelFlowExecutions',
		prepare: () => setup.flow(),
		fields: { flowName: 'orders', additionalFields: { executionIds: 'no-such-run' } },
		json: { flowName: 'orders', executionIds: ['no-such-run'] },
		sent: { flowName: 'orders', executionIds: ['no-such-run'] },
		check: (items) => expect(items).toEqual([{ invalidExecutions: ['no-such-run'] }]),
	},
	{
		resource: 'connectorProfile',
		operation: 'createConnectorProfile',
		action: 'CreateConnectorProfile',
		fields: {
			connectorProfileName: 'zendesk-main',
			connectorType: 'Zendesk',
			connectionMode: 'Public',
			zendeskInstanceUrl: 'https://acme.zendesk.com',
			zendeskClientId: 'client',
			zendeskClientSecret: 'zd-client-secret-5e3',
			zendeskCredentials: { accessToken: 'zd-access-token-77a' },
		},
		json: {
			connectorProfileName: 'zendesk-main',
			connectorType: 'Zendesk',
			connectionMode: 'Public',
			connectorProfileConfig: zendeskConfig,
		},
		sent: { connectorProfileName: 'zendesk-main', connectorType: 'Zendesk', connectorProfileConfig: zendeskConfig },
		check: (items) =>
			expect(items).toEqual([
				{ connectorProfileArn: 'arn:aws:appflow:us-east-1:123456789012:connectorprofile/zendesk-main' },
			]),
	},
	{
		resource: 'connectorProfile',
		operation: 'describeConnectorProfiles',
		action: 'DescribeConnectorProfiles',
		prepare: async () => {
			await setup.profile('zendesk-a');
			await setup.profile('zendesk-b');
		},
		fields: { returnAll: true, additionalFields: { connectorType: 'Zendesk' } },
		json: { connectorType: 'Zendesk' },
		sent: { connectorType: 'Zendesk' },
		check: (items) => {
			expect(items.map((i) => i.connectorProfileName).sort()).toEqual(['zendesk-a', 'zendesk-b']);
			expect(JSON.stringify(items)).not.toContain('zd-client-secret-5e3');
			expect(JSON.stringify(items)).not.toContain('zd-access-token-77a');
		},
	},
	{
		resource: 'connectorProfile',
		operation: 'updateConnectorProfile',
		action: 'UpdateConnectorProfile',
		prepare: () => setup.profile(),
		fields: {
			connectorProfileName: 'zendesk-main',
			connectorType: 'Zendesk',
			connectionMode: 'Public',
			zendeskInstanceUrl: 'https://beta.zendesk.com',
		},
		json: {
			connectorProfileName: 'zendesk-main',
			connectionMode: 'Public',
			connectorProfileConfig: { connectorProfileProperties: { Zendesk: { instanceUrl: 'https://beta.zendesk.com' } } },
		},
		sent: {
			connectorProfileName: 'zendesk-main',
			connectorProfileConfig: { connectorProfileProperties: { Zendesk: { instanceUrl: 'https://beta.zendesk.com' } } },
		},
		check: (items) =>
			expect(items).toEqual([
				{ connectorProfileArn: 'arn:aws:appflow:us-east-1:123456789012:connectorprofile/zendesk-main' },
			]),
	},
	{
		resource: 'connectorProfile',
		operation: 'deleteConnectorProfile',
		action: 'DeleteConnectorProfile',
		prepare: () => setup.profile(),
		fields: { connectorProfileName: 'zendesk-main' },
		json: { connectorProfileName: 'zendesk-main' },
		sent: { connectorProfileName: 'zendesk-main' },
		check: (items) => expect(items).toEqual([{ success: true, connectorProfileName: 'zendesk-main' }]),
	},
	{
		resource: 'connector',
		operation: 'describeConnector',
		action: 'DescribeConnector',
		fields: { connectorType: 'Salesforce' },
		json: { connectorType: 'Salesforce' },
		sent: { connectorType: 'Salesforce' },
		check: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({ connectorConfiguration: { canUseAsSource: true } });
		},
	},
	{
		resource: 'connector',
		operation: 'describeConnectors',
		action: 'DescribeConnectors',
		fields: { returnAll: true, additionalFields: { connectorTypes: ['S3', 'Salesforce'] } },
		json: { connectorTypes: ['S3', 'Salesforce'] },
		sent: { connectorTypes: ['S3', 'Salesforce'] },
		check: (items) => expect(items.map((i) => i.connectorType).sort()).toEqual(['S3', 'Salesforce']),
	},
	{
		resource: 'connector',
		operation: 'listConnectors',
		action: 'ListConnectors',
		prepare: async () => {
			await setup.connector('conn_a');
			await setup.connector('conn_b');
		},
		fields: { returnAll: true },
		json: {},
		sent: {},
		check: (items) => expect(items.map((i) => i.connectorLabel).sort()).toEqual(['conn_a', 'conn_b']),
	},
	{
		resource: 'connector',
		operation: 'registerConnector',
		action: 'RegisterConnector',
		fields: {
			connectorProvisioningType: 'LAMBDA',
			lambdaArn: LAMBDA,
			additionalFields: { connectorLabel: 'my_connector', description: 'Orders API' },
		},
		json: {
			connectorLabel: 'my_connector',
			description: 'Orders API',
			connectorProvisioningType: 'LAMBDA',
			connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA } },
		},
		sent: { connectorLabel: 'my_connector', connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA } } },
		check: (items) => expect(items).toEqual([{ connectorArn: expect.stringContaining('my_connector') }]),
	},
	{
		resource: 'connector',
		operation: 'updateConnectorRegistration',
		action: 'UpdateConnectorRegistration',
		prepare: () => setup.connector(),
		fields: { connectorLabel: 'my_connector', additionalFields: { description: 'v2' } },
		json: { connectorLabel: 'my_connector', description: 'v2' },
		sent: { connectorLabel: 'my_connector', description: 'v2' },
		check: (items) => expect(items).toEqual([{ connectorArn: expect.stringContaining('my_connector') }]),
	},
	{
		resource: 'connector',
		operation: 'unregisterConnector',
		action: 'UnregisterConnector',
		prepare: () => setup.connector(),
		fields: { connectorLabel: 'my_connector' },
		json: { connectorLabel: 'my_connector' },
		sent: { connectorLabel: 'my_connector' },
		check: (items) => expect(items).toEqual([{ success: true, connectorLabel: 'my_connector' }]),
	},
	{
		resource: 'connectorEntity',
		operation: 'listConnectorEntities',
		action: 'ListConnectorEntities',
		prepare: () => setup.profile(),
		fields: { returnAll: true, additionalFields: { connectorProfileName: 'zendesk-main' } },
		json: { connectorProfileName: 'zendesk-main' },
		sent: { connectorProfileName: 'zendesk-main' },
		check: (items) => {
			expect(items.length).toBeGreaterThan(0);
			for (const entity of items)
				expect(entity).toEqual(expect.objectContaining({ group: expect.any(String), name: expect.any(String) }));
		},
	},
	{
		resource: 'connectorEntity',
		operation: 'describeConnectorEntity',
		action: 'DescribeConnectorEntity',
		fields: { connectorEntityName: 'source-bucket', additionalFields: { connectorType: 'S3' } },
		json: { connectorEntityName: 'source-bucket', connectorType: 'S3' },
		sent: { connectorEntityName: 'source-bucket', connectorType: 'S3' },
		check: () => undefined, // replaced below by a Salesforce entity with known fields
	},
	{
		resource: 'connectorEntity',
		operation: 'resetConnectorMetadataCache',
		action: 'ResetConnectorMetadataCache',
		prepare: () => setup.profile(),
		fields: { additionalFields: { connectorProfileName: 'zendesk-main' } },
		json: { connectorProfileName: 'zendesk-main' },
		sent: { connectorProfileName: 'zendesk-main' },
		check: (items) => expect(items).toEqual([{ success: true, connectorProfileName: 'zendesk-main' }]),
	},
	{
		resource: 'tag',
		operation: 'listTagsForResource',
		action: 'ListTagsForResource',
		prepare: async () => {
			await setup.flow();
			await sdk.send(new TagResourceCommand({ resourceArn: flowArn('orders'), tags: { env: 'prod' } }));
		},
		fields: { resourceArn: flowArn('orders') },
		json: { resourceArn: flowArn('orders') },
		sent: { resourceArn: flowArn('orders') },
		check: (items) => expect(items).toEqual([{ tags: { env: 'prod' } }]),
	},
	{
		resource: 'tag',
		operation: 'tagResource',
		action: 'TagResource',
		prepare: () => setup.flow(),
		fields: {
			resourceArn: flowArn('orders'),
			tags: {
				entries: [
					{ key: 'env', value: 'prod' },
					{ key: 'team', value: 'data' },
				],
			},
		},
		json: { resourceArn: flowArn('orders'), tags: { env: 'prod', team: 'data' } },
		sent: { resourceArn: flowArn('orders'), tags: { env: 'prod', team: 'data' } },
		check: (items) =>
			expect(items).toEqual([{ success: true, resourceArn: flowArn('orders'), tags: { env: 'prod', team: 'data' } }]),
	},
	{
		resource: 'tag',
		operation: 'untagResource',
		action: 'UntagResource',
		prepare: async () => {
			await setup.flow();
			await sdk.send(new TagResourceCommand({ resourceArn: flowArn('orders'), tags: { env: 'prod', team: 'data' } }));
		},
		fields: { resourceArn: flowArn('orders'), tagKeys: 'env, team' },
		json: { resourceArn: flowArn('orders'), tagKeys: ['env', 'team'] },
		sent: { resourceArn: flowArn('orders'), tagKeys: ['env', 'team'] },
		check: (items) =>
			expect(items).toEqual([{ success: true, resourceArn: flowArn('orders'), tagKeys: ['env', 'team'] }]),
	},
];

// DescribeConnectorEntity: use a Salesforce entity whose fields the emulator's catalog defines.
const describeEntity = CASES.find((c) => c.operation === 'describeConnectorEntity')!;
Object.assign(describeEntity, {
	prepare: () =>
		sdk.send(
			new CreateConnectorProfileCommand({
				connectorProfileName: 'sf',
				connectorType: 'Salesforce',
				connectionMode: 'Public',
				connectorProfileConfig: {
					connectorProfileProperties: { Salesforce: { instanceUrl: 'https://acme.my.salesforce.com' } },
					connectorProfileCredentials: { Salesforce: { accessToken: 'a' } },
				},
			}),
		),
	fields: { connectorEntityName: 'Account', additionalFields: { connectorProfileName: 'sf' } },
	json: { connectorEntityName: 'Account', connectorProfileName: 'sf' },
	sent: { connectorEntityName: 'Account', connectorProfileName: 'sf' },
	check: (items: IDataObject[]) => {
		expect(items).toHaveLength(1);
		const fields = items[0].connectorEntityFields as IDataObject[];
		expect(fields.map((f) => f.identifier)).toEqual(expect.arrayContaining(['Id', 'Name']));
	},
});

describe.each(['fields', 'json'] as const)('every operation in %s mode', (inputMode) => {
	it("covers every AppFlow action of AWS's model", () => {
		expect([...new Set(CASES.map((c) => c.action))].sort()).toEqual(Object.keys(APPFLOW_MODEL.operations).sort());
	});

	it.each(CASES.map((c) => [c.operation, c] as const))('%s', async (_name, c) => {
		// Prepare
		await c.prepare?.();
		const parameters: INodeParameters =
			inputMode === 'fields'
				? { resource: c.resource, operation: c.operation, inputMode, ...c.fields }
				: {
						resource: c.resource,
						operation: c.operation,
						inputMode,
						requestJson: JSON.stringify(c.json),
						returnAll: true,
					};
		// Act
		const items = await bed.run(parameters);
		// Assess: what AppFlow received, and what the node emitted, paired with the one input item.
		const sent = bed.received(c.action);
		expect(sent.length).toBeGreaterThan(0);
		expect(sent[sent.length - 1]).toMatchObject(c.sent);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		c.check(jsonOf(items));
	});
});

describe('update flow in fields mode', () => {
	it('reads the current flow and changes only what was set', async () => {
		// Prepare
		await setup.flow();
		// Act
		await bed.run({
			resource: 'flow',
			operation: 'updateFlow',
			flowName: 'orders',
			additionalFields: {
				triggerConfig: { trigger: { triggerType: 'Scheduled', scheduleExpression: 'rate(1hours)' } },
			},
		});
		// Assess
		const [update] = bed.received('UpdateFlow') as IDataObject[];
		const original = s3FlowRequest('orders');
		expect(bed.received('DescribeFlow')).toEqual([{ flowName: 'orders' }]);
		expect(update).toMatchObject({
			sourceFlowConfig: original.sourceFlowConfig,
			destinationFlowConfigList: original.destinationFlowConfigList,
			tasks: original.tasks,
		});
		expect(update.triggerConfig).toMatchObject({
			triggerType: 'Scheduled',
			triggerProperties: { Scheduled: { scheduleExpression: 'rate(1hours)' } },
		});
	});

	it('refuses an update that changes nothing, without calling AppFlow', async () => {
		await setup.flow();
		await expect(bed.run({ resource: 'flow', operation: 'updateFlow', flowName: 'orders' })).rejects.toThrow(
			/nothing to change.*\[item 0\]/,
		);
		expect(bed.received('UpdateFlow')).toEqual([]);
	});
});

describe('the SDK sees a JSON request object from an expression', () => {
	it('accepts requestJson as an object', async () => {
		await setup.flow();
		const items = await bed.run(
			{
				resource: 'flow',
				operation: 'describeFlow',
				inputMode: 'json',
				requestJson: '={{ { "flowName": $json.name } }}',
			},
			{ items: [{ name: 'orders' }] },
		);
		expect(jsonOf(items)[0]).toMatchObject({ flowName: 'orders' });
	});
});

describe('create flow with the form left at its defaults', () => {
	it('runs in n8n (which does not save default values) as an on-demand Map All flow', async () => {
		// Prepare: only what a user must fill in; n8n stores no value for untouched Trigger and Tasks.
		const parameters: INodeParameters = {
			resource: 'flow',
			operation: 'createFlow',
			flowName: 'defaults',
			sourceFlowConfig: { source: { connectorType: 'S3', bucketName: 'source-bucket' } },
			destinationFlowConfigList: { destination: [{ connectorType: 'S3', bucketName: 'target-bucket' }] },
		};
		// Act
		const items = await bed.run(parameters);
		// Assess
		expect(jsonOf(items)).toEqual([{ flowArn: flowArn('defaults'), flowStatus: 'Active' }]);
		const [sent] = bed.received('CreateFlow') as IDataObject[];
		expect(sent.triggerConfig).toEqual({ triggerType: 'OnDemand' });
		expect(sent.tasks).toEqual([
			{ taskType: 'Map_all', sourceFields: [], connectorOperator: { S3: 'NO_OP' }, taskProperties: {} },
		]);
	});

	it('names the missing source instead of crashing', async () => {
		const error = await bed
			.run({ resource: 'flow', operation: 'createFlow', flowName: 'no-source' })
			.catch((e: Error) => e);
		expect((error as Error).message).toMatch(/^sourceFlowConfig is required \[item 0\]$/);
		expect(bed.received('CreateFlow')).toEqual([]);
	});
});
