/** Register / Update Connector Registration forms: the exact request sent. */
import { parameterChecker } from '../../harness/parameterChecker';
import { registerConnector, updateConnectorRegistration, run } from './helpers';

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
