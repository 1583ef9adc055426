/** Every action of the model is routed and answered by the emulator, in one session that keeps state throughout. */
import * as appflow from '@aws-sdk/client-appflow';
import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';
import { HANDLERS } from '../../emulator/handlers';
import { matchRoute } from '../../emulator/routes';
import { s3Flow, salesforceFlow, salesforceProfile, startEmulatorBed, type EmulatorBed } from './helpers';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());

const ACTIONS = Object.keys(APPFLOW_MODEL.operations).sort();

it('the emulator has a handler and a route for every action of the model', () => {
	expect(Object.keys(HANDLERS).sort()).toEqual(ACTIONS);
	for (const action of ACTIONS) {
		const { method, uri } = APPFLOW_MODEL.operations[action];
		const path = uri.replace('{resourceArn}', encodeURIComponent('arn:aws:appflow:us-east-1:123456789012:flow/x'));
		expect(matchRoute(method, path)).toEqual({
			action,
			labels: uri.includes('{') ? { resourceArn: 'arn:aws:appflow:us-east-1:123456789012:flow/x' } : {},
		});
	}
	expect(matchRoute('PUT', '/tags/x')).toBeUndefined();
	expect(matchRoute('POST', '/create-flow/extra')).toBeUndefined();
});

it('answers all 25 actions through the SDK, keeping state across them', async () => {
	const { client } = bed;
	type CommandName = Extract<keyof typeof appflow, `${string}Command`>;
	const send = async (name: CommandName, input: object) => {
		const Command = appflow[name] as unknown as new (input: object) => Parameters<typeof client.send>[0];
		const output = (await client.send(new Command(input))) as { $metadata: { httpStatusCode?: number } } & Record<
			string,
			unknown
		>;
		expect(output.$metadata.httpStatusCode).toBe(200);
		return output;
	};
	const lambdaArn = 'arn:aws:lambda:us-east-1:123456789012:function:orders';

	await send('RegisterConnectorCommand', {
		connectorLabel: 'orders',
		connectorProvisioningConfig: { lambda: { lambdaArn } },
	});
	await send('UpdateConnectorRegistrationCommand', { connectorLabel: 'orders', description: 'Orders API' });
	expect((await send('ListConnectorsCommand', {})).connectors).toHaveLength(1);
	expect(
		await send('DescribeConnectorCommand', { connectorType: 'CustomConnector', connectorLabel: 'orders' }),
	).toHaveProperty('connectorConfiguration.connectorDescription', 'Orders API');
	expect(
		Object.keys(
			(await send('DescribeConnectorsCommand', { connectorTypes: ['Salesforce'] })).connectorConfigurations as object,
		),
	).toEqual(['Salesforce']);

	const { connectorProfileArn } = await send('CreateConnectorProfileCommand', salesforceProfile('sf'));
	await send('UpdateConnectorProfileCommand', {
		connectorProfileName: 'sf',
		connectionMode: 'Public',
		connectorProfileConfig: salesforceProfile('sf').connectorProfileConfig,
	});
	expect((await send('DescribeConnectorProfilesCommand', {})).connectorProfileDetails).toEqual([
		expect.objectContaining({ connectorProfileArn }),
	]);
	expect(await send('ListConnectorEntitiesCommand', { connectorProfileName: 'sf' })).toHaveProperty(
		'connectorEntityMap.Objects',
	);
	expect(
		(await send('DescribeConnectorEntityCommand', { connectorProfileName: 'sf', connectorEntityName: 'Account' }))
			.connectorEntityFields,
	).not.toHaveLength(0);
	await send('ResetConnectorMetadataCacheCommand', { connectorProfileName: 'sf' });

	const { flowArn } = await send('CreateFlowCommand', salesforceFlow('sf-to-s3', 'sf'));
	await send(
		'CreateFlowCommand',
		s3Flow('s3-to-s3', {
			triggerConfig: {
				triggerType: 'Scheduled',
				triggerProperties: { Scheduled: { scheduleExpression: 'rate(1days)' } },
			},
		}),
	);
	expect((await send('DescribeFlowCommand', { flowName: 'sf-to-s3' })).flowArn).toBe(flowArn);
	expect((await send('ListFlowsCommand', {})).flows).toHaveLength(2);
	await send('UpdateFlowCommand', salesforceFlow('sf-to-s3', 'sf', { description: 'Accounts' }));
	const { executionId } = await send('StartFlowCommand', { flowName: 'sf-to-s3' });
	expect((await send('DescribeFlowExecutionRecordsCommand', { flowName: 'sf-to-s3' })).flowExecutions).toEqual([
		expect.objectContaining({ executionId }),
	]);
	expect((await send('CancelFlowExecutionsCommand', { flowName: 'sf-to-s3' })).invalidExecutions).toEqual([]);
	expect((await send('StartFlowCommand', { flowName: 's3-to-s3' })).flowStatus).toBe('Active');
	expect((await send('StopFlowCommand', { flowName: 's3-to-s3' })).flowStatus).toBe('Suspended');

	await send('TagResourceCommand', { resourceArn: flowArn, tags: { team: 'crm' } });
	await send('UntagResourceCommand', { resourceArn: flowArn, tagKeys: ['team'] });
	expect((await send('ListTagsForResourceCommand', { resourceArn: flowArn })).tags).toEqual({});

	await send('DeleteFlowCommand', { flowName: 'sf-to-s3', forceDelete: true });
	await send('DeleteConnectorProfileCommand', { connectorProfileName: 'sf' });
	await send('UnregisterConnectorCommand', { connectorLabel: 'orders' });

	expect(Object.keys(bed.emulator.stats().requests).sort()).toEqual(ACTIONS);
	expect(bed.emulator.stats()).toMatchObject({ flows: 1, connectorProfiles: 0, customConnectors: 0, authFailures: 0 });
});
