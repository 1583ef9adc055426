/** Custom connectors (register, update, unregister) and built-in connectors, through the real SDK. */
import {
	CreateConnectorProfileCommand,
	DescribeConnectorCommand,
	DescribeConnectorsCommand,
	ListConnectorsCommand,
	RegisterConnectorCommand,
	UnregisterConnectorCommand,
	UpdateConnectorRegistrationCommand,
} from '@aws-sdk/client-appflow';

import { expectAwsError, startEmulatorBed, type EmulatorBed } from './helpers';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:my-connector';

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
