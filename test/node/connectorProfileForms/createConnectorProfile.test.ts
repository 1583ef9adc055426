/** Create Connector Profile form: the exact request each connector type form sends. */
import { parameterChecker } from '../../harness/parameterChecker';
import { createConnectorProfile, run, profile } from './helpers';

describe('Create Connector Profile form', () => {
	it('sends Salesforce properties and OAuth tokens, the OAuth request nested', async () => {
		const { request } = await run(createConnectorProfile, {
			...profile,
			connectorType: 'Salesforce',
			salesforceProperties: { instanceUrl: 'https://acme.my.salesforce.com', isSandboxEnvironment: false },
			salesforceCredentials: {
				accessToken: 'access-123',
				refreshToken: 'refresh-456',
				oAuthRequestAuthCode: 'code-789',
				oAuthRequestRedirectUri: 'https://login.salesforce.com/',
				oAuth2GrantType: 'AUTHORIZATION_CODE',
			},
		});
		expect(request).toEqual({
			connectorProfileName: 'my-profile',
			connectorType: 'Salesforce',
			connectionMode: 'Public',
			connectorProfileConfig: {
				connectorProfileProperties: {
					Salesforce: { instanceUrl: 'https://acme.my.salesforce.com', isSandboxEnvironment: false },
				},
				connectorProfileCredentials: {
					Salesforce: {
						accessToken: 'access-123',
						refreshToken: 'refresh-456',
						oAuthRequest: { authCode: 'code-789', redirectUri: 'https://login.salesforce.com/' },
						oAuth2GrantType: 'AUTHORIZATION_CODE',
					},
				},
			},
		});
	});

	it('sends Zendesk with its required fields as parameters and optional ones from the collection', async () => {
		const { request } = await run(createConnectorProfile, {
			...profile,
			connectorType: 'Zendesk',
			zendeskInstanceUrl: 'https://acme.zendesk.com',
			zendeskClientId: 'client',
			zendeskClientSecret: 'secret',
			zendeskCredentials: { accessToken: 'token' },
			additionalFields: { kmsArn: 'arn:aws:kms:us-east-1:123456789012:key/abc' },
		});
		expect(request).toEqual({
			connectorProfileName: 'my-profile',
			connectorType: 'Zendesk',
			connectionMode: 'Public',
			kmsArn: 'arn:aws:kms:us-east-1:123456789012:key/abc',
			connectorProfileConfig: {
				connectorProfileProperties: { Zendesk: { instanceUrl: 'https://acme.zendesk.com' } },
				connectorProfileCredentials: { Zendesk: { clientId: 'client', clientSecret: 'secret', accessToken: 'token' } },
			},
		});
	});

	it('sends Snowflake warehouse, stage, bucket, account and region with username and password', async () => {
		const { request } = await run(createConnectorProfile, {
			...profile,
			connectorType: 'Snowflake',
			snowflakeWarehouse: 'COMPUTE_WH',
			snowflakeStage: 'MYDB.PUBLIC.APPFLOW_STAGE',
			snowflakeBucketName: 'my-stage-bucket',
			snowflakeAccountName: 'xy12345',
			snowflakeRegion: 'us-east-1',
			snowflakeUsername: 'appflow',
			snowflakePassword: 'p@ss word',
			snowflakeProperties: { bucketPrefix: 'appflow/' },
		});
		expect(request.connectorProfileConfig).toEqual({
			connectorProfileProperties: {
				Snowflake: {
					warehouse: 'COMPUTE_WH',
					stage: 'MYDB.PUBLIC.APPFLOW_STAGE',
					bucketName: 'my-stage-bucket',
					bucketPrefix: 'appflow/',
					accountName: 'xy12345',
					region: 'us-east-1',
				},
			},
			connectorProfileCredentials: { Snowflake: { username: 'appflow', password: 'p@ss word' } },
		});
	});

	it('sends Redshift Serverless with its workgroup and ignores a cluster ID left from the cluster variant', async () => {
		const { request } = await run(createConnectorProfile, {
			...profile,
			connectorType: 'Redshift',
			redshiftBucketName: 'my-stage-bucket',
			redshiftRoleArn: 'arn:aws:iam::123456789012:role/redshift-s3',
			redshiftDataApiRoleArn: 'arn:aws:iam::123456789012:role/appflow-data-api',
			redshiftIsRedshiftServerless: true,
			redshiftWorkgroupName: 'analytics',
			redshiftClusterIdentifier: 'old-cluster',
			redshiftDatabaseName: 'dev',
		});
		expect(request.connectorProfileConfig).toEqual({
			connectorProfileProperties: {
				Redshift: {
					bucketName: 'my-stage-bucket',
					roleArn: 'arn:aws:iam::123456789012:role/redshift-s3',
					dataApiRoleArn: 'arn:aws:iam::123456789012:role/appflow-data-api',
					isRedshiftServerless: true,
					workgroupName: 'analytics',
					databaseName: 'dev',
				},
			},
		});
	});

	it('sends a provisioned Redshift cluster with a database user', async () => {
		const { request } = await run(createConnectorProfile, {
			...profile,
			connectorType: 'Redshift',
			redshiftBucketName: 'my-stage-bucket',
			redshiftRoleArn: 'arn:aws:iam::123456789012:role/redshift-s3',
			redshiftClusterIdentifier: 'analytics-cluster',
			redshiftDatabaseName: 'dev',
			redshiftCredentials: { username: 'awsuser' },
		});
		expect(request.connectorProfileConfig).toEqual({
			connectorProfileProperties: {
				Redshift: {
					bucketName: 'my-stage-bucket',
					roleArn: 'arn:aws:iam::123456789012:role/redshift-s3',
					isRedshiftServerless: false,
					clusterIdentifier: 'analytics-cluster',
					databaseName: 'dev',
				},
			},
			connectorProfileCredentials: { Redshift: { username: 'awsuser' } },
		});
	});

	it('sends a custom connector with API key credentials, dropping values of other authentication types', async () => {
		const { request } = await run(createConnectorProfile, {
			...profile,
			connectorType: 'CustomConnector',
			additionalFields: { connectorLabel: 'my_connector' },
			customConnectorProperties: { profileProperties: { entries: [{ key: 'region', value: 'eu' }] } },
			customConnectorAuthenticationType: 'APIKEY',
			customConnectorApiKeyApiKey: 'key-123',
			customConnectorBasicUsername: 'left-from-basic',
			customConnectorCredentials: { apiKeyApiSecretKey: 'secret-456', oauth2ClientId: 'left-from-oauth2' },
		});
		expect(request).toEqual({
			connectorProfileName: 'my-profile',
			connectorType: 'CustomConnector',
			connectorLabel: 'my_connector',
			connectionMode: 'Public',
			connectorProfileConfig: {
				connectorProfileProperties: { CustomConnector: { profileProperties: { region: 'eu' } } },
				connectorProfileCredentials: {
					CustomConnector: { authenticationType: 'APIKEY', apiKey: { apiKey: 'key-123', apiSecretKey: 'secret-456' } },
				},
			},
		});
	});

	it('sends `{}` for a connector whose properties have no members', async () => {
		const { request } = await run(createConnectorProfile, {
			...profile,
			connectorType: 'Amplitude',
			amplitudeApiKey: 'k',
			amplitudeSecretKey: 's',
		});
		expect(request.connectorProfileConfig).toEqual({
			connectorProfileProperties: { Amplitude: {} },
			connectorProfileCredentials: { Amplitude: { apiKey: 'k', secretKey: 's' } },
		});
	});

	it('takes connectorProfileConfig as written when JSON is chosen', async () => {
		const config = {
			connectorProfileProperties: { Datadog: { instanceUrl: 'https://api.datadoghq.eu' } },
			connectorProfileCredentials: { Datadog: { apiKey: 'a', applicationKey: 'b' } },
		};
		const { request } = await run(createConnectorProfile, {
			...profile,
			connectorType: 'Datadog',
			connectorProfileConfigMode: 'json',
			connectorProfileConfig: JSON.stringify(config),
			datadogInstanceUrl: 'https://ignored.example.com',
		});
		expect(request.connectorProfileConfig).toEqual(config);
	});

	it('refuses a connector type without form fields, pointing to JSON, and sends nothing', async () => {
		const send = jest.fn();
		await expect(
			createConnectorProfile.execute({
				fn: parameterChecker(createConnectorProfile, { ...profile, connectorType: 'S3' }),
				itemIndex: 0,
				send,
			}),
		).rejects.toMatchObject({
			message: expect.stringContaining('no fields for connector type S3'),
			description: expect.stringContaining('Using JSON'),
		});
		expect(send).not.toHaveBeenCalled();
	});

	it('lets the validator name a missing required credential (nothing sent)', async () => {
		const send = jest.fn();
		const fn = parameterChecker(createConnectorProfile, {
			...profile,
			connectorType: 'Zendesk',
			zendeskInstanceUrl: 'https://acme.zendesk.com',
			zendeskClientId: 'c',
		});
		await expect(createConnectorProfile.execute({ fn, itemIndex: 0, send })).rejects.toMatchObject({
			message: expect.stringContaining(
				'connectorProfileConfig.connectorProfileCredentials.Zendesk.clientSecret is required',
			),
		});
		expect(send).not.toHaveBeenCalled();
	});
});
