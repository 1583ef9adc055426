/** Connector profiles through the real SDK: create, describe, update, delete, as AWS keeps them. */
import {
	CreateConnectorProfileCommand,
	CreateFlowCommand,
	DeleteConnectorProfileCommand,
	DescribeConnectorProfilesCommand,
	UpdateConnectorProfileCommand,
} from '@aws-sdk/client-appflow';

import { REJECTED_CREDENTIAL } from '../../emulator/handlers/connectorProfiles';
import { expectAwsError, salesforceFlow, salesforceProfile, startEmulatorBed, type EmulatorBed } from './helpers';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());

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
