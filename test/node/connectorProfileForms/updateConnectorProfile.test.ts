/** Update Connector Profile form: the exact request sent. */
import { updateConnectorProfile, run, profile } from './helpers';

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
