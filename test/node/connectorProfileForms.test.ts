/**
 * The guided forms of Create/Update Connector Profile and Register/Update Connector Registration: each case runs the
 * operation on a fake `IExecuteFunctions` that behaves like n8n's (a parameter the operation does not declare
 * throws; a hidden one is not readable) and checks the exact request sent and that it passes the model's validator.
 */
import { NodeHelpers, type IDataObject, type INode, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import type { AppFlowOperation } from '../../nodes/AwsAppFlow/actions/common/operation';
import { operationForAction } from '../../nodes/AwsAppFlow/actions/registry';
import {
	CONNECTOR_TYPE_FORMS,
	PART_SHAPES,
} from '../../nodes/AwsAppFlow/actions/connectorProfile/forms/connectorTypeForms';
import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';
import { validateActionInput } from '../../nodes/AwsAppFlow/model/validate';
import { parameterChecker } from '../harness/parameterChecker';

const registerConnector = operationForAction('RegisterConnector');
const updateConnectorRegistration = operationForAction('UpdateConnectorRegistration');
const createConnectorProfile = operationForAction('CreateConnectorProfile');
const updateConnectorProfile = operationForAction('UpdateConnectorProfile');

async function run(op: AppFlowOperation, parameters: IDataObject) {
	const sent: Array<{ action: string; input: Record<string, unknown> }> = [];
	const items = await op.execute({
		fn: parameterChecker(op, parameters),
		itemIndex: 0,
		send: async (action, input) => {
			sent.push({ action, input: input as Record<string, unknown> });
			return { connectorProfileArn: 'arn:aws:appflow:us-east-1:123456789012:connectorprofile/p' };
		},
	});
	expect(sent).toHaveLength(1);
	expect(sent[0].action).toBe(op.definition.action);
	expect(validateActionInput(op.definition.action, sent[0].input, { rejectUnknownMembers: true })).toEqual([]);
	return { request: sent[0].input, items };
}

const profile = { connectorProfileName: 'my-profile', connectionMode: 'Public' };

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

describe('Update Connector Profile form', () => {
	it('sends properties without credentials when none are filled in, and no connectorType', async () => {
		const { request } = await run(updateConnectorProfile, {
			...profile,
			connectorType: 'Zendesk',
			zendeskInstanceUrl: 'https://acme.zendesk.com',
		});
		expect(request).toEqual({
			connectorProfileName: 'my-profile',
			connectionMode: 'Public',
			connectorProfileConfig: { connectorProfileProperties: { Zendesk: { instanceUrl: 'https://acme.zendesk.com' } } },
		});
	});

	it('does not count the chosen authentication type as credentials', async () => {
		const { request } = await run(updateConnectorProfile, {
			...profile,
			connectorType: 'CustomConnector',
			customConnectorAuthenticationType: 'BASIC',
		});
		expect(request.connectorProfileConfig).toEqual({ connectorProfileProperties: { CustomConnector: {} } });
	});

	it('sends credentials once one is filled in', async () => {
		const { request } = await run(updateConnectorProfile, {
			...profile,
			connectorType: 'Snowflake',
			snowflakeWarehouse: 'WH',
			snowflakeStage: 'DB.S.STAGE',
			snowflakeBucketName: 'bucket-1',
			snowflakeUsername: 'appflow',
			snowflakePassword: 'new-password',
		});
		expect(request.connectorProfileConfig).toEqual({
			connectorProfileProperties: { Snowflake: { warehouse: 'WH', stage: 'DB.S.STAGE', bucketName: 'bucket-1' } },
			connectorProfileCredentials: { Snowflake: { username: 'appflow', password: 'new-password' } },
		});
	});
});

describe('connector registration form', () => {
	const lambdaArn = 'arn:aws:lambda:us-east-1:123456789012:function:my-connector';

	it('registers a connector with a Lambda ARN', async () => {
		const { request } = await run(registerConnector, {
			lambdaArn,
			additionalFields: { connectorLabel: 'my_connector', description: 'Orders API' },
		});
		expect(request).toEqual({
			connectorLabel: 'my_connector',
			description: 'Orders API',
			connectorProvisioningType: 'LAMBDA',
			connectorProvisioningConfig: { lambda: { lambdaArn } },
		});
	});

	it('names the missing Lambda ARN through the validator', async () => {
		const send = jest.fn();
		await expect(
			registerConnector.execute({ fn: parameterChecker(registerConnector, {}), itemIndex: 0, send }),
		).rejects.toMatchObject({
			message: expect.stringContaining('connectorProvisioningConfig.lambda.lambdaArn is required'),
		});
		expect(send).not.toHaveBeenCalled();
	});

	it('takes the provisioning config as JSON when chosen', async () => {
		const { request } = await run(registerConnector, {
			connectorProvisioningConfigMode: 'json',
			connectorProvisioningConfig: { lambda: { lambdaArn } },
			additionalFields: { connectorLabel: 'my_connector' },
		});
		expect(request).toEqual({
			connectorLabel: 'my_connector',
			connectorProvisioningType: 'LAMBDA',
			connectorProvisioningConfig: { lambda: { lambdaArn } },
		});
	});

	it('updates a registration without touching the Lambda when the ARN is empty', async () => {
		const { request } = await run(updateConnectorRegistration, {
			connectorLabel: 'my_connector',
			additionalFields: { description: 'v2' },
		});
		expect(request).toEqual({ connectorLabel: 'my_connector', description: 'v2' });
		const withArn = await run(updateConnectorRegistration, { connectorLabel: 'my_connector', lambdaArn });
		expect(withArn.request).toEqual({
			connectorLabel: 'my_connector',
			connectorProvisioningConfig: { lambda: { lambdaArn } },
		});
	});
});

describe('form fields', () => {
	/** Paths of the members the model marks sensitive in a structure, found by walking the model here. */
	function sensitivePaths(shapeName: string, prefix: string[] = []): string[][] {
		const shape = APPFLOW_MODEL.shapes[shapeName];
		return Object.entries(shape.members ?? {}).flatMap(([member, spec]) => {
			const target = APPFLOW_MODEL.shapes[spec.target];
			if (target.type === 'structure') return sensitivePaths(spec.target, [...prefix, member]);
			const sensitive = target.sensitive || (target.type === 'map' && APPFLOW_MODEL.shapes[target.value!].sensitive);
			return sensitive ? [[...prefix, member]] : [];
		});
	}

	function propertyOf(op: AppFlowOperation, name: string, collection?: string): INodeProperties {
		const top = op.properties.find((p) => p.name === (collection ?? name))!;
		return collection ? ((top.options as INodeProperties[]).find((o) => o.name === name) as INodeProperties) : top;
	}

	function isPassword(property: INodeProperties): boolean {
		if (property.type === 'fixedCollection') {
			const value = (property.options![0] as { values: INodeProperties[] }).values.find((v) => v.name === 'value')!;
			return value.typeOptions?.password === true;
		}
		return property.typeOptions?.password === true;
	}

	it.each([createConnectorProfile, updateConnectorProfile])(
		'makes every credential from a sensitive shape a password field ($definition.operation)',
		(op) => {
			const credentials = APPFLOW_MODEL.shapes[PART_SHAPES.credentials].members!;
			let checked = 0;
			for (const form of CONNECTOR_TYPE_FORMS.values()) {
				if (!credentials[form.member]) continue;
				for (const path of sensitivePaths(credentials[form.member].target)) {
					const field = form.fields.find((f) => f.part === 'credentials' && f.leaf.path.join('.') === path.join('.'));
					expect({ type: form.connectorType, path, hasField: field !== undefined }).toEqual({
						type: form.connectorType,
						path,
						hasField: true,
					});
					const property = propertyOf(op, field!.name, field!.collection);
					expect({ type: form.connectorType, name: property.name, password: isPassword(property) }).toEqual({
						type: form.connectorType,
						name: property.name,
						password: true,
					});
					checked++;
				}
			}
			expect(checked).toBeGreaterThan(30); // 35 in the 2020-08-23 model: the walk found them
			// Secrets the model does not mark sensitive are hidden too.
			expect(propertyOf(op, 'refreshToken', 'salesforceCredentials').typeOptions?.password).toBe(true);
			expect(propertyOf(op, 'datadogApplicationKey').typeOptions?.password).toBe(true);
		},
	);

	it('offers a form for every connector type the model has profile members for, each shown only for its type', () => {
		const members = Object.keys(APPFLOW_MODEL.shapes[PART_SHAPES.properties].members!);
		expect([...CONNECTOR_TYPE_FORMS.values()].map((f) => f.member).sort()).toEqual(members.sort());
		for (const form of CONNECTOR_TYPE_FORMS.values()) {
			const names = new Set(form.fields.map((f) => f.collection ?? f.name));
			for (const name of names) {
				expect(propertyOf(createConnectorProfile, name).displayOptions?.show?.connectorType).toEqual([
					form.connectorType,
				]);
			}
		}
		expect(
			propertyOf(createConnectorProfile, 'salesforceCredentials')
				.options!.map((o) => (o as INodeProperties).name)
				.sort(),
		).toEqual(
			[
				'accessToken',
				'clientCredentialsArn',
				'jwtToken',
				'oAuth2GrantType',
				'oAuthRequestAuthCode',
				'oAuthRequestRedirectUri',
				'refreshToken',
			].sort(),
		);
	});

	it("keeps, by n8n's own display rules, only the chosen type's and authentication type's fields", () => {
		const node = new AwsAppFlow();
		const saved: INodeParameters = {
			resource: 'connectorProfile',
			operation: 'createConnectorProfile',
			connectorType: 'CustomConnector',
			customConnectorAuthenticationType: 'APIKEY',
			customConnectorApiKeyApiKey: 'k',
			customConnectorBasicUsername: 'left-from-basic',
			customConnectorCredentials: { apiKeyApiSecretKey: 's', oauth2ClientId: 'left-from-oauth2' },
			zendeskInstanceUrl: 'left-from-zendesk',
		};
		const n8nNode: INode = {
			id: 'n',
			name: 'AWS AppFlow',
			type: 'awsAppFlow',
			typeVersion: 1,
			position: [0, 0],
			parameters: saved,
		};
		const kept = NodeHelpers.getNodeParameters(
			node.description.properties,
			saved,
			true,
			false,
			n8nNode,
			node.description,
		)!;
		expect(kept.customConnectorApiKeyApiKey).toBe('k');
		expect(kept.customConnectorCredentials).toEqual({ apiKeyApiSecretKey: 's' });
		expect(kept).not.toHaveProperty('customConnectorBasicUsername');
		expect(kept).not.toHaveProperty('zendeskInstanceUrl');
	});
});
