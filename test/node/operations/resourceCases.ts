/**
 * The operation cases of the connector profile, connector, connector entity and tag resources (run by
 * test/node/operations.test.ts).
 */
import { TagResourceCommand } from '@aws-sdk/client-appflow';
import type { IDataObject } from 'n8n-workflow';

import { sdk, flowArn, LAMBDA, zendeskConfig, setup, type Case } from './setup';

export const RESOURCE_CASES: Case[] = [
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
				{
					connectorProfileName: 'zendesk-main',
					connectorProfileArn: 'arn:aws:appflow:us-east-1:123456789012:connectorprofile/zendesk-main',
				},
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
		check: (items) =>
			expect(items).toEqual([
				{ connectorLabel: 'my_connector', connectorArn: expect.stringContaining('my_connector') },
			]),
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
const describeEntity = RESOURCE_CASES.find((c) => c.operation === 'describeConnectorEntity')!;
Object.assign(describeEntity, {
	prepare: () => setup.salesforceProfile(),
	// Version 2: the entity's parent (the profile) is its own field, above Entity Name.
	fields: { connectorProfileName: 'sf', connectorEntityName: 'Account' },
	json: { connectorEntityName: 'Account', connectorProfileName: 'sf' },
	sent: { connectorEntityName: 'Account', connectorProfileName: 'sf' },
	check: (items: IDataObject[]) => {
		// Simplified (the default): the entity's name and, per field, what mapping it needs.
		expect(items).toHaveLength(1);
		expect(items[0].connectorEntityName).toBe('Account');
		const fields = items[0].fields as IDataObject[];
		expect(fields.map((f) => f.identifier)).toEqual(expect.arrayContaining(['Id', 'Name']));
		expect(Object.keys(fields[0])).toEqual([
			'identifier',
			'label',
			'fieldType',
			'isPrimaryKey',
			'isRetrievable',
			'isQueryable',
			'isCreatable',
			'isUpdatable',
			'isNullable',
		]);
	},
});
