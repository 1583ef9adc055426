/** Update Flow form: only what is set changes; the current flow is read once. */
import { validateActionInput } from '../../../nodes/AwsAppFlow/model/validate';
import { parameterChecker } from '../../harness/parameterChecker';
import { updateFlow, fakeSend, strict } from './helpers';

describe('Update Flow form: only what is set changes', () => {
	const current = {
		flowArn: 'arn:aws:appflow:us-east-1:123456789012:flow/sf-accounts',
		flowName: 'sf-accounts',
		description: 'Accounts to S3',
		flowStatus: 'Active',
		triggerConfig: { triggerType: 'OnDemand' },
		sourceFlowConfig: {
			connectorType: 'Salesforce',
			connectorProfileName: 'sf-prod',
			sourceConnectorProperties: { Salesforce: { object: 'Account' } },
		},
		destinationFlowConfigList: [
			{ connectorType: 'S3', destinationConnectorProperties: { S3: { bucketName: 'sf-exports' } } },
		],
		tasks: [{ taskType: 'Map_all', sourceFields: [], connectorOperator: { Salesforce: 'NO_OP' }, taskProperties: {} }],
		createdBy: 'someone',
	};
	const definition = {
		flowName: 'sf-accounts',
		description: current.description,
		triggerConfig: current.triggerConfig,
		sourceFlowConfig: current.sourceFlowConfig,
		destinationFlowConfigList: current.destinationFlowConfigList,
		tasks: current.tasks,
	};

	test('a new trigger changes only triggerConfig', async () => {
		// Prepare
		const { calls, send } = fakeSend({ DescribeFlow: current, UpdateFlow: { flowStatus: 'Active' } });
		const parameters = {
			flowName: 'sf-accounts',
			additionalFields: {
				triggerConfig: {
					trigger: { triggerType: 'Scheduled', scheduleExpression: 'rate(1days)', dataPullMode: 'Complete' },
				},
			},
		};
		// Act
		const out = await updateFlow.execute({ fn: parameterChecker(updateFlow, parameters), itemIndex: 0, send });
		// Assess
		expect(out).toEqual([{ flowStatus: 'Active' }]);
		expect(calls).toEqual([
			{ action: 'DescribeFlow', input: { flowName: 'sf-accounts' } },
			{
				action: 'UpdateFlow',
				input: {
					...definition,
					triggerConfig: {
						triggerType: 'Scheduled',
						triggerProperties: { Scheduled: { scheduleExpression: 'rate(1days)', dataPullMode: 'Complete' } },
					},
				},
			},
		]);
		expect(validateActionInput('UpdateFlow', calls[1].input, strict)).toEqual([]);
	});

	test('new tasks without a new source take the current source connector type; the flow is read once', async () => {
		const { calls, send } = fakeSend({ DescribeFlow: current, UpdateFlow: { flowStatus: 'Active' } });
		const parameters = {
			flowName: 'sf-accounts',
			additionalFields: { tasks: { definition: { mode: 'mappings', mappings: { mapping: [{ sourceField: 'Id' }] } } } },
		};
		await updateFlow.execute({ fn: parameterChecker(updateFlow, parameters), itemIndex: 0, send });
		expect(calls.map((c) => c.action)).toEqual(['DescribeFlow', 'UpdateFlow']);
		expect(calls[1].input).toEqual({
			...definition,
			tasks: [
				{ taskType: 'Filter', sourceFields: ['Id'], connectorOperator: { Salesforce: 'PROJECTION' } },
				{ taskType: 'Map', sourceFields: ['Id'], destinationField: 'Id', connectorOperator: { Salesforce: 'NO_OP' } },
			],
		});
	});

	test('a new source and tasks are keyed by the new connector type', async () => {
		const { calls, send } = fakeSend({ DescribeFlow: current, UpdateFlow: { flowStatus: 'Active' } });
		const parameters = {
			flowName: 'sf-accounts',
			additionalFields: {
				sourceFlowConfig: { source: { connectorType: 'Zendesk', connectorProfileName: 'zd', object: 'tickets' } },
				tasks: { definition: { mode: 'mapAll' } },
			},
		};
		await updateFlow.execute({ fn: parameterChecker(updateFlow, parameters), itemIndex: 0, send });
		expect(calls[1].input).toEqual({
			...definition,
			sourceFlowConfig: {
				connectorType: 'Zendesk',
				connectorProfileName: 'zd',
				sourceConnectorProperties: { Zendesk: { object: 'tickets' } },
			},
			tasks: [{ taskType: 'Map_all', sourceFields: [], connectorOperator: { Zendesk: 'NO_OP' }, taskProperties: {} }],
		});
	});

	test('empty Update Fields is refused before anything is read', async () => {
		const { calls, send } = fakeSend({ DescribeFlow: current });
		await expect(
			updateFlow.execute({ fn: parameterChecker(updateFlow, { flowName: 'sf-accounts' }), itemIndex: 0, send }),
		).rejects.toThrow('Update Fields is empty');
		expect(calls).toEqual([]);
	});
});
