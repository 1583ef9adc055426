/** Create Flow form: what the readers refuse and what is left to the request check, each naming the field. */
import type { IDataObject } from 'n8n-workflow';

import { readSource } from '../../../nodes/AwsAppFlow/actions/flow/forms/source';
import { parameterChecker } from '../../harness/parameterChecker';
import { createFlow, createRequest } from './helpers';

describe('Create Flow form: problems', () => {
	const base = {
		flowName: 'problems',
		sourceFlowConfig: { source: { connectorType: 'Salesforce', connectorProfileName: 'sf', object: 'Account' } },
		destinationFlowConfigList: { destination: [{ connectorType: 'S3', bucketName: 'target-bucket' }] },
	};

	test('explicit mappings without a mapping are refused by the reader', async () => {
		await expect(createRequest({ ...base, tasks: { definition: { mode: 'mappings' } } })).rejects.toThrow(
			'Explicit mappings need at least one mapping [item 0]',
		);
	});

	test('a filter without a value, or Between without bounds, is refused', async () => {
		const filter = (row: IDataObject) => ({
			...base,
			tasks: { definition: { mode: 'mapAll', filters: { filter: [row] } } },
		});
		await expect(createRequest(filter({ field: 'Amount', operator: 'GREATER_THAN' }))).rejects.toThrow(
			'Filter 1 (Amount) has no value to compare with [item 0]',
		);
		await expect(createRequest(filter({ field: 'CreatedDate', operator: 'BETWEEN', lowerBound: '1' }))).rejects.toThrow(
			'Filter 1 (CreatedDate): Between needs a lower and an upper bound [item 0]',
		);
	});

	test('constraint problems are left to the request check, which names the path', async () => {
		const parameters = {
			...base,
			destinationFlowConfigList: { destination: [{ connectorType: 'S3', bucketName: 'x' }] },
		};
		await expect(createRequest(parameters)).rejects.toThrow(
			/^destinationFlowConfigList\[0\]\.destinationConnectorProperties\.S3\.bucketName "x" must have between 3 and 63 characters/,
		);
	});

	test('a scheduled trigger without an expression is named by the request check', async () => {
		const parameters = { ...base, triggerConfig: { trigger: { triggerType: 'Scheduled' } } };
		await expect(createRequest(parameters)).rejects.toThrow(
			'triggerConfig.triggerProperties.Scheduled.scheduleExpression is required',
		);
	});

	test('a filter operator the source connector lacks is named by the request check', async () => {
		const parameters = {
			...base,
			sourceFlowConfig: { source: { connectorType: 'Zendesk', connectorProfileName: 'zd', object: 'tickets' } },
			tasks: {
				definition: { mode: 'mapAll', filters: { filter: [{ field: 'status', operator: 'EQUAL_TO', value: 'open' }] } },
			},
		};
		await expect(createRequest(parameters)).rejects.toThrow(
			/^tasks\[1\]\.connectorOperator\.Zendesk "EQUAL_TO" must be one of: /,
		);
	});

	test('invalid JSON in an escape names the field', async () => {
		await expect(
			createRequest({ ...base, sourceFlowConfig: { json: { value: '{"connectorType": ' } } }),
		).rejects.toThrow(/^Source \(JSON\) is not valid JSON/);
	});

	test('a connector type that cannot be a source (from an expression) is refused', async () => {
		expect(() => readSource(parameterChecker(createFlow, {}), 0, { source: { connectorType: 'Redshift' } })).toThrow(
			'Connector type "Redshift" cannot be the source of a flow [item 0]',
		);
	});
});
