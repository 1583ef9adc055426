/** Connector profiles, custom connectors, built-in connectors, entities and tags, through the real SDK. */
import {
	CreateConnectorProfileCommand,
	CreateFlowCommand,
	DeleteConnectorProfileCommand,
	DescribeConnectorCommand,
	DescribeConnectorEntityCommand,
	DescribeConnectorProfilesCommand,
	DescribeConnectorsCommand,
	ListConnectorEntitiesCommand,
	ListConnectorsCommand,
	ListTagsForResourceCommand,
	RegisterConnectorCommand,
	ResetConnectorMetadataCacheCommand,
	TagResourceCommand,
	UnregisterConnectorCommand,
	UntagResourceCommand,
	UpdateConnectorProfileCommand,
	UpdateConnectorRegistrationCommand,
} from '@aws-sdk/client-appflow';
import { REJECTED_CREDENTIAL } from '../../emulator/handlers/connectorProfiles';
import { expectAwsError, s3Flow, salesforceFlow, salesforceProfile, startTestBed, type TestBed } from './helpers';

let bed: TestBed;
beforeAll(async () => {
	bed = await startTestBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:my-connector';

describe('connector profiles', () => {
	it('are created, described without credentials, updated and deleted', async () => {
		const { client } = bed;
		const { connectorProfileArn } = await client.send(new CreateConnectorProfileCommand(salesforceProfile('sf-prod')));
		expect(connectorProfileArn).toBe('arn:aws:appflow:us-east-1:123456789012:connectorprofile/sf-prod');

		const [profile] = (await client.send(new DescribeConnectorProfilesCommand({ connectorProfileNames: ['sf-prod'] })))
			.connectorProfileDetails!;
		expect(profile).toMatchObject({
			connectorProfileArn,
			connectorProfileName: 'sf-prod',
			connectorType: 'Salesforce',
			connectionMode: 'Public',
			connectorProfileProperties: {
				Salesforce: { instanceUrl: 'https://example.my.salesforce.com', isSandboxEnvironment: false },
			},
		});
		expect(profile.credentialsArn).toMatch(
			/^arn:aws:secretsmanager:us-east-1:123456789012:secret:appflow!123456789012-sf-prod-/,
		);
		expect(profile.createdAt).toBeInstanceOf(Date);
		expect(JSON.stringify(profile)).not.toMatch(/secret-access-token|secret-refresh-token/);

		const update = salesforceProfile('sf-prod');
		update.connectorProfileConfig.connectorProfileProperties.Salesforce.isSandboxEnvironment = true;
		const updated = await client.send(
			new UpdateConnectorProfileCommand({
				connectorProfileName: 'sf-prod',
				connectionMode: 'Private',
				connectorProfileConfig: update.connectorProfileConfig,
			}),
		);
		expect(updated.connectorProfileArn).toBe(connectorProfileArn);
		const [after] = (await client.send(new DescribeConnectorProfilesCommand({ connectorType: 'Salesforce' })))
			.connectorProfileDetails!;
		expect(after).toMatchObject({
			connectionMode: 'Private',
			privateConnectionProvisioningState: { status: 'CREATED' },
		});
		expect(after.connectorProfileProperties!.Salesforce!.isSandboxEnvironment).toBe(true);

		await client.send(new DeleteConnectorProfileCommand({ connectorProfileName: 'sf-prod' }));
		expect((await client.send(new DescribeConnectorProfilesCommand({}))).connectorProfileDetails).toEqual([]);
	});

	it('refuse duplicates, unknown names, wrong properties and rejected credentials', async () => {
		const { client } = bed;
		await client.send(new CreateConnectorProfileCommand(salesforceProfile('sf')));
		await expectAwsError(
			client.send(new CreateConnectorProfileCommand(salesforceProfile('sf'))),
			'ConflictException',
			409,
			/already exists/,
		);
		await expectAwsError(
			client.send(
				new UpdateConnectorProfileCommand({ ...salesforceProfile('nope'), connectorType: undefined } as never),
			),
			'ResourceNotFoundException',
			404,
			'The connector profile nope does not exist.',
		);
		await expectAwsError(
			client.send(new DeleteConnectorProfileCommand({ connectorProfileName: 'nope' })),
			'ResourceNotFoundException',
			404,
		);
		const zendeskWithSalesforceProps = { ...salesforceProfile('zd'), connectorType: 'Zendesk' as const };
		await expectAwsError(
			client.send(new CreateConnectorProfileCommand(zendeskWithSalesforceProps)),
			'ValidationException',
			400,
			'connectorProfileConfig.connectorProfileProperties.Zendesk is required for connector type Zendesk.',
		);
		const s3Profile = { ...salesforceProfile('s3'), connectorType: 'S3' as const };
		await expectAwsError(
			client.send(new CreateConnectorProfileCommand(s3Profile)),
			'ValidationException',
			400,
			'Connector type S3 does not use connector profiles.',
		);
		const rejected = salesforceProfile('rejected');
		rejected.connectorProfileConfig.connectorProfileCredentials.Salesforce.accessToken = REJECTED_CREDENTIAL;
		await expectAwsError(
			client.send(new CreateConnectorProfileCommand(rejected)),
			'ConnectorAuthenticationException',
			401,
			/rejected the credentials/,
		);
	});

	it('cannot be deleted while a flow uses them, unless forced', async () => {
		const { client } = bed;
		await client.send(new CreateConnectorProfileCommand(salesforceProfile('sf')));
		await client.send(new CreateFlowCommand(salesforceFlow('uses-sf', 'sf')));
		await expectAwsError(
			client.send(new DeleteConnectorProfileCommand({ connectorProfileName: 'sf' })),
			'ConflictException',
			409,
			/used by the flows uses-sf/,
		);
		await client.send(new DeleteConnectorProfileCommand({ connectorProfileName: 'sf', forceDelete: true }));
		expect(bed.emulator.stats().connectorProfiles).toBe(0);
	});
});

describe('custom connectors', () => {
	it('are registered, described, listed, updated and unregistered', async () => {
		const { client } = bed;
		const { connectorArn } = await client.send(
			new RegisterConnectorCommand({
				connectorLabel: 'my-connector',
				description: 'Reads the orders API',
				connectorProvisioningType: 'LAMBDA',
				connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA } },
			}),
		);
		expect(connectorArn).toBe('arn:aws:appflow:us-east-1:123456789012:connector/my-connector');

		const { connectorConfiguration } = await client.send(
			new DescribeConnectorCommand({ connectorType: 'CustomConnector', connectorLabel: 'my-connector' }),
		);
		expect(connectorConfiguration).toMatchObject({
			connectorArn,
			connectorType: 'CustomConnector',
			connectorLabel: 'my-connector',
			connectorDescription: 'Reads the orders API',
			connectorVersion: '1.0',
			connectorProvisioningType: 'LAMBDA',
			connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA } },
			canUseAsSource: true,
			canUseAsDestination: true,
		});
		expect(connectorConfiguration!.registeredAt).toBeInstanceOf(Date);

		const listed = await client.send(new ListConnectorsCommand({}));
		expect(listed.connectors).toEqual([
			expect.objectContaining({
				connectorLabel: 'my-connector',
				connectorType: 'CustomConnector',
				connectorProvisioningType: 'LAMBDA',
			}),
		]);

		const newLambda = 'arn:aws:lambda:us-east-1:123456789012:function:my-connector-v2';
		await client.send(
			new UpdateConnectorRegistrationCommand({
				connectorLabel: 'my-connector',
				connectorProvisioningConfig: { lambda: { lambdaArn: newLambda } },
			}),
		);
		const after = (
			await client.send(
				new DescribeConnectorCommand({ connectorType: 'CustomConnector', connectorLabel: 'my-connector' }),
			)
		).connectorConfiguration!;
		expect(after.connectorProvisioningConfig!.lambda!.lambdaArn).toBe(newLambda);
		expect(after.connectorVersion).toBe('2.0');

		await client.send(new UnregisterConnectorCommand({ connectorLabel: 'my-connector' }));
		expect((await client.send(new ListConnectorsCommand({}))).connectors).toEqual([]);
		await expectAwsError(
			client.send(new UnregisterConnectorCommand({ connectorLabel: 'my-connector' })),
			'ResourceNotFoundException',
			404,
		);
	});

	it('refuse duplicates, bad Lambda ARNs and unregistering while a profile uses them', async () => {
		const { client } = bed;
		const register = (label: string, lambdaArn = LAMBDA) =>
			client.send(
				new RegisterConnectorCommand({
					connectorLabel: label,
					connectorProvisioningType: 'LAMBDA',
					connectorProvisioningConfig: { lambda: { lambdaArn } },
				}),
			);
		await register('orders');
		await expectAwsError(register('orders'), 'ConflictException', 409);
		await expectAwsError(
			register('other', 'arn:aws:s3:::bucket:123456789012:x'),
			'ValidationException',
			400,
			/not the ARN of a Lambda function/,
		);
		await client.send(
			new CreateConnectorProfileCommand({
				connectorProfileName: 'orders-profile',
				connectorType: 'CustomConnector',
				connectorLabel: 'orders',
				connectionMode: 'Public',
				connectorProfileConfig: {
					connectorProfileProperties: { CustomConnector: {} },
					connectorProfileCredentials: { CustomConnector: { authenticationType: 'APIKEY', apiKey: { apiKey: 'k' } } },
				},
			}),
		);
		await expectAwsError(
			client.send(new UnregisterConnectorCommand({ connectorLabel: 'orders' })),
			'ConflictException',
			409,
			/orders-profile/,
		);
		await client.send(new UnregisterConnectorCommand({ connectorLabel: 'orders', forceDelete: true }));
		await expectAwsError(
			client.send(new DescribeConnectorCommand({ connectorType: 'CustomConnector', connectorLabel: 'orders' })),
			'ResourceNotFoundException',
			404,
		);
		await expectAwsError(
			client.send(new DescribeConnectorCommand({ connectorType: 'CustomConnector' })),
			'ValidationException',
			400,
			/connectorLabel is required/,
		);
	});
});

describe('built-in connectors', () => {
	it('are described one by one with their capabilities', async () => {
		const { connectorConfiguration: sf } = await bed.client.send(
			new DescribeConnectorCommand({ connectorType: 'Salesforce' }),
		);
		expect(sf).toMatchObject({
			connectorType: 'Salesforce',
			canUseAsSource: true,
			canUseAsDestination: true,
			supportedTriggerTypes: ['OnDemand', 'Scheduled', 'Event'],
		});
		expect(sf!.supportedOperators).toContain('CONTAINS');
		expect(sf!.connectorMetadata!.Salesforce!.dataTransferApis).toEqual(['AUTOMATIC', 'BULKV2', 'REST_SYNC']);
		const { connectorConfiguration: redshift } = await bed.client.send(
			new DescribeConnectorCommand({ connectorType: 'Redshift' }),
		);
		expect(redshift).toMatchObject({ canUseAsSource: false, canUseAsDestination: true });
	});

	it('are described by type, with registered custom connectors under CustomConnector', async () => {
		await bed.client.send(
			new RegisterConnectorCommand({
				connectorLabel: 'mine',
				connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA } },
			}),
		);
		const some = await bed.client.send(
			new DescribeConnectorsCommand({ connectorTypes: ['S3', 'Zendesk', 'CustomConnector'] }),
		);
		expect(Object.keys(some.connectorConfigurations!).sort()).toEqual(['S3', 'Zendesk']);
		expect(some.connectors!.map((c) => c.connectorLabel ?? c.connectorType)).toEqual(['S3', 'Zendesk', 'mine']);
		expect(some.connectorConfigurations!.S3).toMatchObject({
			canUseAsSource: true,
			canUseAsDestination: true,
			supportedDataTransferTypes: ['RECORD', 'FILE'],
		});
		for (const type of ['Salesforce', 'S3', 'Zendesk', 'Slack', 'Redshift', 'Snowflake'] as const) {
			const { connectorConfigurations } = await bed.client.send(
				new DescribeConnectorsCommand({ connectorTypes: [type] }),
			);
			expect(connectorConfigurations![type]).toBeDefined();
		}
	});
});

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
