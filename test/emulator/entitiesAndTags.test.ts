/** Connector entities (list, describe, metadata cache) and resource tags, through the real SDK. */
import {
	CreateConnectorProfileCommand,
	CreateFlowCommand,
	DescribeConnectorEntityCommand,
	ListConnectorEntitiesCommand,
	ListTagsForResourceCommand,
	ResetConnectorMetadataCacheCommand,
	TagResourceCommand,
	UntagResourceCommand,
} from '@aws-sdk/client-appflow';

import { expectAwsError, s3Flow, salesforceProfile, startEmulatorBed, type EmulatorBed } from './helpers';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());

describe('connector entities', () => {
	beforeEach(() => bed.client.send(new CreateConnectorProfileCommand(salesforceProfile('sf'))));

	it('are listed by group for a profile, and described field by field', async () => {
		const { connectorEntityMap } = await bed.client.send(
			new ListConnectorEntitiesCommand({ connectorProfileName: 'sf' }),
		);
		const objects = connectorEntityMap!.Objects;
		expect(objects.map((e) => e.name)).toEqual(expect.arrayContaining(['Account', 'Opportunity', 'Contact', 'Lead']));
		expect(objects.find((e) => e.name === 'Account')).toEqual({
			name: 'Account',
			label: 'Account',
			hasNestedEntities: false,
		});

		const { connectorEntityFields } = await bed.client.send(
			new DescribeConnectorEntityCommand({ connectorProfileName: 'sf', connectorEntityName: 'Opportunity' }),
		);
		const stage = connectorEntityFields!.find((f) => f.identifier === 'StageName')!;
		expect(stage.supportedFieldTypeDetails!.v1).toMatchObject({
			fieldType: 'picklist',
			supportedValues: expect.arrayContaining(['Closed_Won']),
		});
		expect(stage.supportedFieldTypeDetails!.v1!.filterOperators).toContain('EQUAL_TO');
		expect(stage.destinationProperties).toMatchObject({ isCreatable: true, isNullable: false });
		const modstamp = connectorEntityFields!.find((f) => f.identifier === 'SystemModstamp')!;
		expect(modstamp.sourceProperties).toEqual({
			isRetrievable: true,
			isQueryable: true,
			isTimestampFieldForIncrementalQueries: true,
		});
		const account = await bed.client.send(
			new DescribeConnectorEntityCommand({ connectorProfileName: 'sf', connectorEntityName: 'Account' }),
		);
		expect(account.connectorEntityFields!.map((f) => f.identifier)).toEqual(
			expect.arrayContaining(['Id', 'Name', 'Industry', 'AnnualRevenue']),
		);
		expect(account.connectorEntityFields!.find((f) => f.identifier === 'Id')!.isPrimaryKey).toBe(true);
	});

	it('of S3 are buckets, and the folders of a bucket under entitiesPath', async () => {
		const roots = await bed.client.send(new ListConnectorEntitiesCommand({ connectorType: 'S3' }));
		expect(roots.connectorEntityMap!.Buckets.map((b) => [b.name, b.hasNestedEntities])).toEqual([
			['appflow-demo-landing', true],
			['appflow-demo-raw', true],
		]);
		const folders = await bed.client.send(
			new ListConnectorEntitiesCommand({ connectorType: 'S3', entitiesPath: 'appflow-demo-raw' }),
		);
		expect(folders.connectorEntityMap).toEqual({
			'appflow-demo-raw': [
				{ name: 'appflow-demo-raw/customers', label: 'customers', hasNestedEntities: false },
				{ name: 'appflow-demo-raw/orders', label: 'orders', hasNestedEntities: false },
			],
		});
		const fields = await bed.client.send(
			new DescribeConnectorEntityCommand({ connectorType: 'S3', connectorEntityName: 'appflow-demo-raw/orders' }),
		);
		expect(fields.connectorEntityFields!.map((f) => f.identifier)).toEqual([
			'order_id',
			'customer',
			'amount',
			'currency',
			'ordered_at',
		]);
		await expectAwsError(
			bed.client.send(new ListConnectorEntitiesCommand({ connectorType: 'S3', entitiesPath: 'no-bucket' })),
			'ResourceNotFoundException',
			404,
		);
	});

	it('need a profile for connectors that use one, and exist', async () => {
		await expectAwsError(
			bed.client.send(new ListConnectorEntitiesCommand({ connectorType: 'Salesforce' })),
			'ValidationException',
			400,
			/connectorProfileName is required/,
		);
		await expectAwsError(
			bed.client.send(new ListConnectorEntitiesCommand({})),
			'ValidationException',
			400,
			/Either connectorProfileName or connectorType/,
		);
		await expectAwsError(
			bed.client.send(new ListConnectorEntitiesCommand({ connectorProfileName: 'nope' })),
			'ResourceNotFoundException',
			404,
		);
		await expectAwsError(
			bed.client.send(new DescribeConnectorEntityCommand({ connectorProfileName: 'sf', connectorEntityName: 'Nope' })),
			'ResourceNotFoundException',
			404,
		);
	});

	it('metadata cache resets are recorded', async () => {
		await bed.client.send(
			new ResetConnectorMetadataCacheCommand({ connectorProfileName: 'sf', connectorEntityName: 'Account' }),
		);
		await bed.client.send(
			new ResetConnectorMetadataCacheCommand({ connectorType: 'S3', entitiesPath: 'appflow-demo-raw' }),
		);
		const stats = bed.emulator.stats();
		expect(stats.metadataCacheResets).toBe(2);
		expect(stats.metadataCacheResetLog).toEqual([
			expect.objectContaining({
				connectorType: 'Salesforce',
				connectorProfileName: 'sf',
				connectorEntityName: 'Account',
			}),
			expect.objectContaining({ connectorType: 'S3', entitiesPath: 'appflow-demo-raw' }),
		]);
		await expectAwsError(
			bed.client.send(new ResetConnectorMetadataCacheCommand({ connectorProfileName: 'nope' })),
			'ResourceNotFoundException',
			404,
		);
	});
});

describe('tags', () => {
	it('are set at creation and by TagResource, listed, and removed by UntagResource on flows and profiles', async () => {
		const { client } = bed;
		const { flowArn } = await client.send(
			new CreateFlowCommand(s3Flow('tagged', { tags: { team: 'data', env: 'dev' } })),
		);
		expect((await client.send(new ListTagsForResourceCommand({ resourceArn: flowArn }))).tags).toEqual({
			team: 'data',
			env: 'dev',
		});
		await client.send(new TagResourceCommand({ resourceArn: flowArn, tags: { env: 'prod', owner: 'ana' } }));
		await client.send(new UntagResourceCommand({ resourceArn: flowArn, tagKeys: ['team', 'absent'] }));
		expect((await client.send(new ListTagsForResourceCommand({ resourceArn: flowArn }))).tags).toEqual({
			env: 'prod',
			owner: 'ana',
		});

		const { connectorProfileArn } = await client.send(new CreateConnectorProfileCommand(salesforceProfile('sf')));
		await client.send(new TagResourceCommand({ resourceArn: connectorProfileArn, tags: { 'cost-center': '42' } }));
		expect((await client.send(new ListTagsForResourceCommand({ resourceArn: connectorProfileArn }))).tags).toEqual({
			'cost-center': '42',
		});
	});

	it('refuse unknown resources, reserved keys and more than 50 tags', async () => {
		const { client } = bed;
		const unknown = 'arn:aws:appflow:us-east-1:123456789012:flow/none';
		await expectAwsError(
			client.send(new ListTagsForResourceCommand({ resourceArn: unknown })),
			'ResourceNotFoundException',
			404,
			`The resource ${unknown} does not exist.`,
		);
		await expectAwsError(
			client.send(new TagResourceCommand({ resourceArn: unknown, tags: { a: 'b' } })),
			'ResourceNotFoundException',
			404,
		);
		await expectAwsError(
			client.send(new UntagResourceCommand({ resourceArn: unknown, tagKeys: ['a'] })),
			'ResourceNotFoundException',
			404,
		);
		const otherAccount = 'arn:aws:appflow:us-east-1:999999999999:flow/tagged';
		const { flowArn } = await client.send(new CreateFlowCommand(s3Flow('tagged')));
		await expectAwsError(
			client.send(new ListTagsForResourceCommand({ resourceArn: otherAccount })),
			'ResourceNotFoundException',
			404,
		);
		await expectAwsError(
			client.send(new TagResourceCommand({ resourceArn: flowArn, tags: { 'aws:owner': 'x' } })),
			'ValidationException',
			400,
			"1 validation error detected: Value '{aws:owner=x}' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: ^(?!aws:)[a-zA-Z+-=._:/]+$]",
		);
		const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, 'v']));
		await client.send(new TagResourceCommand({ resourceArn: flowArn, tags: many }));
		const more = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`m${i}`, 'v']));
		await expectAwsError(
			client.send(new TagResourceCommand({ resourceArn: flowArn, tags: more })),
			'ValidationException',
			400,
			/at most 50 tags/,
		);
	});
});
