/**
 * The guided Create Flow / Update Flow form: each reader builds the member in AppFlow's request syntax, and the
 * whole request passes the model's validator. The fake IExecuteFunctions (test/harness/parameterChecker.ts) reads
 * parameters from a plain object and refuses any parameter path the operation never declared.
 */
import type { IDataObject, INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';
import { validateActionInput, validateShape } from '../../nodes/AwsAppFlow/model/validate';
import type { AppFlowOperation } from '../../nodes/AwsAppFlow/actions/common/operation';
import { operationForAction } from '../../nodes/AwsAppFlow/actions/registry';
import { readRequest } from '../../nodes/AwsAppFlow/actions/common/request';
import {
	DESTINATION_FIELDS,
	DESTINATION_FORM,
	readDestinations,
} from '../../nodes/AwsAppFlow/actions/flow/forms/destination';
import { SOURCE_FIELDS, SOURCE_FORM, readSource } from '../../nodes/AwsAppFlow/actions/flow/forms/source';
import { TASKS_FIELDS } from '../../nodes/AwsAppFlow/actions/flow/forms/tasks';
import { TRIGGER_FIELDS } from '../../nodes/AwsAppFlow/actions/flow/forms/trigger';
import { parameterChecker } from '../harness/parameterChecker';

const createFlow = operationForAction('CreateFlow');
const updateFlow = operationForAction('UpdateFlow');

interface SentCall {
	action: string;
	input: Record<string, unknown>;
}

function fakeSend(responses: Record<string, Record<string, unknown>>) {
	const calls: SentCall[] = [];
	const send = async (action: string, input: object) => {
		calls.push({ action, input: input as Record<string, unknown> });
		if (!responses[action]) throw new Error(`Unexpected ${action}`);
		return JSON.parse(JSON.stringify(responses[action])) as Record<string, unknown>;
	};
	return { calls, send };
}

async function createRequest(parameters: Record<string, unknown>): Promise<Record<string, unknown>> {
	return await readRequest(parameterChecker(createFlow, parameters), 0, 'CreateFlow', {
		readers: createFlow.definition.readers,
	});
}

async function readMember(
	member: string,
	parameters: Record<string, unknown>,
	op: AppFlowOperation = createFlow,
): Promise<unknown> {
	return await op.definition.readers![member](parameterChecker(op, parameters), 0);
}

const strict = { rejectUnknownMembers: true };

// ---------------------------------------------------------------------------------------------------------------
// The scenarios
// ---------------------------------------------------------------------------------------------------------------

describe('Create Flow form: the request each scenario builds', () => {
	test('on-demand S3 -> S3 with Map_all', async () => {
		// Prepare
		const parameters = {
			flowName: 's3-to-s3',
			triggerConfig: { trigger: { triggerType: 'OnDemand' } },
			sourceFlowConfig: {
				source: { connectorType: 'S3', bucketName: 'source-bucket', bucketPrefix: 'in', s3InputFileType: 'CSV' },
			},
			destinationFlowConfigList: {
				destination: [{ connectorType: 'S3', bucketName: 'target-bucket', fileType: 'JSON' }],
			},
			tasks: { definition: { mode: 'mapAll' } },
		};
		// Act
		const request = await createRequest(parameters);
		// Assess
		expect(request).toEqual({
			flowName: 's3-to-s3',
			triggerConfig: { triggerType: 'OnDemand' },
			sourceFlowConfig: {
				connectorType: 'S3',
				sourceConnectorProperties: {
					S3: { bucketName: 'source-bucket', bucketPrefix: 'in', s3InputFormatConfig: { s3InputFileType: 'CSV' } },
				},
			},
			destinationFlowConfigList: [
				{
					connectorType: 'S3',
					destinationConnectorProperties: {
						S3: { bucketName: 'target-bucket', s3OutputFormatConfig: { fileType: 'JSON' } },
					},
				},
			],
			tasks: [{ taskType: 'Map_all', sourceFields: [], connectorOperator: { S3: 'NO_OP' }, taskProperties: {} }],
		});
		expect(validateActionInput('CreateFlow', request, strict)).toEqual([]);
	});

	test('scheduled Salesforce -> S3, incremental, explicit mappings and filters', async () => {
		// Prepare
		const parameters = {
			flowName: 'sf-accounts-to-s3',
			triggerConfig: {
				trigger: {
					triggerType: 'Scheduled',
					scheduleExpression: 'rate(1hours)',
					dataPullMode: 'Incremental',
					scheduleOptions: {
						scheduleStartTime: '2030-01-01T00:00:00.000Z',
						timezone: 'Europe/Berlin',
						scheduleOffset: 0,
					},
				},
			},
			sourceFlowConfig: {
				source: {
					connectorType: 'Salesforce',
					connectorProfileName: 'sf-prod',
					object: 'Account',
					includeDeletedRecords: true,
					dataTransferApi: 'BULKV2',
					datetimeTypeFieldName: 'LastModifiedDate',
				},
			},
			destinationFlowConfigList: {
				destination: [
					{
						connectorType: 'S3',
						bucketName: 'sf-exports',
						bucketPrefix: 'accounts',
						fileType: 'PARQUET',
						outputFormatOptions: {
							aggregationType: 'SingleFile',
							prefixType: 'PATH',
							prefixFormat: 'DAY',
							preserveSourceDataTyping: true,
						},
					},
				],
			},
			tasks: {
				definition: {
					mode: 'mappings',
					mappings: {
						mapping: [
							{
								sourceField: 'Id',
								destinationField: 'account_id',
								sourceDataType: 'id',
								destinationDataType: 'string',
							},
							{ sourceField: 'Name' },
							{ sourceField: 'AnnualRevenue', destinationField: 'revenue' },
						],
					},
					filters: {
						filter: [
							{ field: 'AnnualRevenue', operator: 'GREATER_THAN', value: '1000000', dataType: 'currency' },
							{
								field: 'CreatedDate',
								operator: 'BETWEEN',
								lowerBound: '1704067200000',
								upperBound: '1735689599000',
								dataType: 'datetime',
							},
							{ field: 'Type', operator: 'EQUAL_TO', value: 'Customer, Partner', dataType: 'picklist' },
						],
					},
				},
			},
		};
		// Act
		const trigger = await readMember('triggerConfig', parameters);
		const tasks = await readMember('tasks', parameters);
		const request = await createRequest(parameters);
		// Assess
		expect(trigger).toEqual({
			triggerType: 'Scheduled',
			triggerProperties: {
				Scheduled: {
					scheduleExpression: 'rate(1hours)',
					dataPullMode: 'Incremental',
					scheduleStartTime: '2030-01-01T00:00:00.000Z',
					timezone: 'Europe/Berlin',
					scheduleOffset: 0,
				},
			},
		});
		expect(tasks).toEqual([
			{
				taskType: 'Filter',
				sourceFields: ['Id', 'Name', 'AnnualRevenue'],
				connectorOperator: { Salesforce: 'PROJECTION' },
			},
			{
				taskType: 'Filter',
				sourceFields: ['AnnualRevenue'],
				connectorOperator: { Salesforce: 'GREATER_THAN' },
				taskProperties: { VALUE: '1000000', DATA_TYPE: 'currency' },
			},
			{
				taskType: 'Filter',
				sourceFields: ['CreatedDate'],
				connectorOperator: { Salesforce: 'BETWEEN' },
				taskProperties: { LOWER_BOUND: '1704067200000', UPPER_BOUND: '1735689599000', DATA_TYPE: 'datetime' },
			},
			{
				taskType: 'Filter',
				sourceFields: ['Type'],
				connectorOperator: { Salesforce: 'EQUAL_TO' },
				taskProperties: { VALUES: 'Customer, Partner', DATA_TYPE: 'picklist' },
			},
			{
				taskType: 'Map',
				sourceFields: ['Id'],
				destinationField: 'account_id',
				connectorOperator: { Salesforce: 'NO_OP' },
				taskProperties: { SOURCE_DATA_TYPE: 'id', DESTINATION_DATA_TYPE: 'string' },
			},
			{ taskType: 'Map', sourceFields: ['Name'], destinationField: 'Name', connectorOperator: { Salesforce: 'NO_OP' } },
			{
				taskType: 'Map',
				sourceFields: ['AnnualRevenue'],
				destinationField: 'revenue',
				connectorOperator: { Salesforce: 'NO_OP' },
			},
		]);
		expect(request).toEqual({
			flowName: 'sf-accounts-to-s3',
			// checkRequest turns timestamps into Dates for the SDK
			triggerConfig: {
				triggerType: 'Scheduled',
				triggerProperties: {
					Scheduled: {
						scheduleExpression: 'rate(1hours)',
						dataPullMode: 'Incremental',
						scheduleStartTime: new Date('2030-01-01T00:00:00.000Z'),
						timezone: 'Europe/Berlin',
						scheduleOffset: 0,
					},
				},
			},
			sourceFlowConfig: {
				connectorType: 'Salesforce',
				connectorProfileName: 'sf-prod',
				sourceConnectorProperties: {
					Salesforce: { object: 'Account', includeDeletedRecords: true, dataTransferApi: 'BULKV2' },
				},
				incrementalPullConfig: { datetimeTypeFieldName: 'LastModifiedDate' },
			},
			destinationFlowConfigList: [
				{
					connectorType: 'S3',
					destinationConnectorProperties: {
						S3: {
							bucketName: 'sf-exports',
							bucketPrefix: 'accounts',
							s3OutputFormatConfig: {
								fileType: 'PARQUET',
								prefixConfig: { prefixType: 'PATH', prefixFormat: 'DAY' },
								aggregationConfig: { aggregationType: 'SingleFile' },
								preserveSourceDataTyping: true,
							},
						},
					},
				},
			],
			tasks,
		});
		expect(validateActionInput('CreateFlow', request, strict)).toEqual([]);
	});

	test('Salesforce -> Redshift with error handling', async () => {
		const parameters = {
			flowName: 'sf-opportunities-to-redshift',
			sourceFlowConfig: {
				source: { connectorType: 'Salesforce', connectorProfileName: 'sf-prod', object: 'Opportunity' },
			},
			destinationFlowConfigList: {
				destination: [
					{
						connectorType: 'Redshift',
						connectorProfileName: 'redshift-prod',
						object: 'public.opportunities',
						intermediateBucketName: 'appflow-staging',
						bucketPrefix: 'redshift',
						errorHandling: {
							failOnFirstDestinationError: false,
							bucketName: 'appflow-errors',
							bucketPrefix: 'opportunities',
						},
					},
				],
			},
			tasks: { definition: { mode: 'mapAll' } },
		};
		const request = await createRequest(parameters);
		expect(request).toEqual({
			flowName: 'sf-opportunities-to-redshift',
			// the trigger parameter's default: On Demand
			triggerConfig: { triggerType: 'OnDemand' },
			sourceFlowConfig: {
				connectorType: 'Salesforce',
				connectorProfileName: 'sf-prod',
				sourceConnectorProperties: { Salesforce: { object: 'Opportunity' } },
			},
			destinationFlowConfigList: [
				{
					connectorType: 'Redshift',
					connectorProfileName: 'redshift-prod',
					destinationConnectorProperties: {
						Redshift: {
							object: 'public.opportunities',
							intermediateBucketName: 'appflow-staging',
							bucketPrefix: 'redshift',
							errorHandlingConfig: {
								failOnFirstDestinationError: false,
								bucketName: 'appflow-errors',
								bucketPrefix: 'opportunities',
							},
						},
					},
				},
			],
			tasks: [
				{ taskType: 'Map_all', sourceFields: [], connectorOperator: { Salesforce: 'NO_OP' }, taskProperties: {} },
			],
		});
		expect(validateActionInput('CreateFlow', request, strict)).toEqual([]);
	});

	test('S3 -> Snowflake', async () => {
		const parameters = {
			flowName: 'landing-to-snowflake',
			triggerConfig: { trigger: { triggerType: 'OnDemand' } },
			sourceFlowConfig: {
				source: {
					connectorType: 'S3',
					bucketName: 'landing',
					s3InputFileType: 'JSON',
					connectorProfileName: 'ignored-for-s3',
				},
			},
			destinationFlowConfigList: {
				destination: [
					{
						connectorType: 'Snowflake',
						connectorProfileName: 'snowflake-prod',
						object: 'ANALYTICS.PUBLIC.EVENTS',
						intermediateBucketName: 'snowflake-stage',
					},
				],
			},
			tasks: { definition: { mode: 'mapAll' } },
		};
		const request = await createRequest(parameters);
		expect(request).toEqual({
			flowName: 'landing-to-snowflake',
			triggerConfig: { triggerType: 'OnDemand' },
			sourceFlowConfig: {
				connectorType: 'S3',
				sourceConnectorProperties: { S3: { bucketName: 'landing', s3InputFormatConfig: { s3InputFileType: 'JSON' } } },
			},
			destinationFlowConfigList: [
				{
					connectorType: 'Snowflake',
					connectorProfileName: 'snowflake-prod',
					destinationConnectorProperties: {
						Snowflake: { object: 'ANALYTICS.PUBLIC.EVENTS', intermediateBucketName: 'snowflake-stage' },
					},
				},
			],
			tasks: [{ taskType: 'Map_all', sourceFields: [], connectorOperator: { S3: 'NO_OP' }, taskProperties: {} }],
		});
		expect(validateActionInput('CreateFlow', request, strict)).toEqual([]);
	});

	test('S3 -> Salesforce upsert with explicit mappings', async () => {
		const parameters = {
			flowName: 'contacts-upsert',
			sourceFlowConfig: {
				source: { connectorType: 'S3', bucketName: 'crm-imports', bucketPrefix: 'contacts', s3InputFileType: 'CSV' },
			},
			destinationFlowConfigList: {
				destination: [
					{
						connectorType: 'Salesforce',
						connectorProfileName: 'sf-prod',
						object: 'Contact',
						writeOperationType: 'UPSERT',
						idFieldNames: 'Email',
						errorHandling: { failOnFirstDestinationError: true },
					},
				],
			},
			tasks: {
				definition: {
					mode: 'mappings',
					mappings: {
						mapping: [
							{ sourceField: 'email', destinationField: 'Email' },
							{ sourceField: 'last_name', destinationField: 'LastName' },
						],
					},
				},
			},
		};
		const request = await createRequest(parameters);
		expect(request.destinationFlowConfigList).toEqual([
			{
				connectorType: 'Salesforce',
				connectorProfileName: 'sf-prod',
				destinationConnectorProperties: {
					Salesforce: {
						object: 'Contact',
						writeOperationType: 'UPSERT',
						idFieldNames: ['Email'],
						errorHandlingConfig: { failOnFirstDestinationError: true },
					},
				},
			},
		]);
		expect(request.tasks).toEqual([
			{ taskType: 'Filter', sourceFields: ['email', 'last_name'], connectorOperator: { S3: 'PROJECTION' } },
			{ taskType: 'Map', sourceFields: ['email'], destinationField: 'Email', connectorOperator: { S3: 'NO_OP' } },
			{
				taskType: 'Map',
				sourceFields: ['last_name'],
				destinationField: 'LastName',
				connectorOperator: { S3: 'NO_OP' },
			},
		]);
		expect(validateActionInput('CreateFlow', request, strict)).toEqual([]);
	});

	test('execute sends exactly the request built, once', async () => {
		const { calls, send } = fakeSend({
			CreateFlow: { flowArn: 'arn:aws:appflow:us-east-1:123456789012:flow/s3-to-s3', flowStatus: 'Active' },
		});
		const parameters = {
			flowName: 's3-to-s3',
			sourceFlowConfig: { source: { connectorType: 'S3', bucketName: 'source-bucket' } },
			destinationFlowConfigList: { destination: [{ connectorType: 'S3', bucketName: 'target-bucket' }] },
		};
		const out = await createFlow.execute({ fn: parameterChecker(createFlow, parameters), itemIndex: 0, send });
		expect(out).toEqual([{ flowArn: 'arn:aws:appflow:us-east-1:123456789012:flow/s3-to-s3', flowStatus: 'Active' }]);
		expect(calls).toEqual([
			{
				action: 'CreateFlow',
				input: {
					flowName: 's3-to-s3',
					triggerConfig: { triggerType: 'OnDemand' },
					sourceFlowConfig: { connectorType: 'S3', sourceConnectorProperties: { S3: { bucketName: 'source-bucket' } } },
					destinationFlowConfigList: [
						{ connectorType: 'S3', destinationConnectorProperties: { S3: { bucketName: 'target-bucket' } } },
					],
					tasks: [{ taskType: 'Map_all', sourceFields: [], connectorOperator: { S3: 'NO_OP' }, taskProperties: {} }],
				},
			},
		]);
	});
});

describe('Create Flow form: JSON escapes and optional members', () => {
	const base = {
		flowName: 'escapes',
		sourceFlowConfig: { source: { connectorType: 'S3', bucketName: 'source-bucket' } },
		destinationFlowConfigList: { destination: [{ connectorType: 'S3', bucketName: 'target-bucket' }] },
	};

	test('Source (JSON) replaces the source form', async () => {
		const sap = {
			connectorType: 'SAPOData',
			connectorProfileName: 'sap',
			sourceConnectorProperties: { SAPOData: { objectPath: '/sap/opu/odata/sap/API/A_Order' } },
		};
		const request = await createRequest({
			...base,
			sourceFlowConfig: {
				source: { connectorType: 'S3', bucketName: 'ignored' },
				json: { value: JSON.stringify(sap) },
			},
		});
		expect(request.sourceFlowConfig).toEqual(sap);
		// the task form keys its operator by the JSON source's connector type
		expect(request.tasks).toEqual([
			{ taskType: 'Map_all', sourceFields: [], connectorOperator: { SAPOData: 'NO_OP' }, taskProperties: {} },
		]);
	});

	test('Destination (JSON) rows add destinations after the form rows; a list adds each element', async () => {
		const upsolver = {
			connectorType: 'Upsolver',
			connectorProfileName: 'upsolver',
			destinationConnectorProperties: {
				Upsolver: {
					bucketName: 'upsolver-appflow-data',
					s3OutputFormatConfig: { prefixConfig: { prefixType: 'PATH' } },
				},
			},
		};
		const value = await readDestinations(parameterChecker(createFlow, {}), 0, {
			destination: [{ connectorType: 'S3', bucketName: 'target-bucket' }],
			json: [{ value: JSON.stringify([upsolver]) }],
		});
		expect(value).toEqual([
			{ connectorType: 'S3', destinationConnectorProperties: { S3: { bucketName: 'target-bucket' } } },
			upsolver,
		]);
	});

	test('Tasks (JSON) is taken as written', async () => {
		const tasks = [
			{
				taskType: 'Truncate',
				sourceFields: ['Description'],
				connectorOperator: { S3: 'NO_OP' },
				taskProperties: { TRUNCATE_LENGTH: '100' },
			},
		];
		const request = await createRequest({
			...base,
			tasks: { definition: { mode: 'json', json: JSON.stringify(tasks) } },
		});
		expect(request.tasks).toEqual(tasks);
	});

	test('a JSON text saved for triggerConfig before the form is still read', async () => {
		const request = await createRequest({ ...base, triggerConfig: '{"triggerType": "Event"}' });
		expect(request.triggerConfig).toEqual({ triggerType: 'Event' });
	});

	test('the metadata catalog form gives metadataCatalogConfig in its own shape', async () => {
		const glue = {
			roleArn: 'arn:aws:iam::123456789012:role/appflow-glue',
			databaseName: 'appflow',
			tablePrefix: 'sf_',
		};
		const request = await createRequest({
			...base,
			additionalFields: { metadataCatalogConfig: { glueDataCatalog: glue }, description: 'With catalog' },
		});
		expect(request.metadataCatalogConfig).toEqual({ glueDataCatalog: glue });
		expect(request.description).toBe('With catalog');
		expect(validateActionInput('CreateFlow', request, strict)).toEqual([]);
	});

	test('every scheduled option reaches ScheduledTriggerProperties', async () => {
		const trigger = await readMember('triggerConfig', {
			triggerConfig: {
				trigger: {
					triggerType: 'Scheduled',
					scheduleExpression: 'cron(0 6 * * ? *)',
					dataPullMode: 'Complete',
					scheduleOptions: {
						scheduleStartTime: '2030-01-01T06:00:00.000Z',
						scheduleEndTime: '2031-01-01T06:00:00.000Z',
						firstExecutionFrom: '2029-01-01T00:00:00.000Z',
						timezone: 'UTC',
						scheduleOffset: 300,
						flowErrorDeactivationThreshold: 5,
					},
				},
			},
		});
		expect(trigger).toEqual({
			triggerType: 'Scheduled',
			triggerProperties: {
				Scheduled: {
					scheduleExpression: 'cron(0 6 * * ? *)',
					dataPullMode: 'Complete',
					scheduleStartTime: '2030-01-01T06:00:00.000Z',
					scheduleEndTime: '2031-01-01T06:00:00.000Z',
					firstExecutionFrom: '2029-01-01T00:00:00.000Z',
					timezone: 'UTC',
					scheduleOffset: 300,
					flowErrorDeactivationThreshold: 5,
				},
			},
		});
		expect(validateShape('TriggerConfig', trigger, strict)).toEqual([]);
	});
});

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

describe('the form derives its choices from the model', () => {
	const S = APPFLOW_MODEL.shapes;
	const optionValues = (fields: INodeProperties[], name: string) =>
		(fields.find((f) => f.name === name)!.options as Array<{ value: string }>).map((o) => o.value);

	test('every member of every source and destination connector has a field', () => {
		expect(SOURCE_FORM.uncovered).toEqual([]);
		expect(DESTINATION_FORM.uncovered).toEqual([]);
		expect(SOURCE_FORM.entries.map((e) => e.member).sort()).toEqual(
			Object.keys(S.SourceConnectorProperties.members!).sort(),
		);
		expect(DESTINATION_FORM.entries.map((e) => e.member).sort()).toEqual(
			Object.keys(S.DestinationConnectorProperties.members!).sort(),
		);
	});

	test('option lists are the model enums', () => {
		expect(optionValues(TRIGGER_FIELDS, 'triggerType').sort()).toEqual([...S.TriggerType.values!].sort());
		expect(optionValues(TRIGGER_FIELDS, 'dataPullMode')).toEqual(S.DataPullMode.values);
		expect(optionValues(SOURCE_FIELDS, 'connectorType').sort()).toEqual(
			SOURCE_FORM.entries.map((e) => e.connectorType).sort(),
		);
		expect(optionValues(DESTINATION_FIELDS, 'connectorType').sort()).toEqual(
			DESTINATION_FORM.entries.map((e) => e.connectorType).sort(),
		);
		expect(optionValues(DESTINATION_FIELDS, 'writeOperationType')).toEqual(['', ...S.WriteOperationType.values!]);
		const filterRow = (TASKS_FIELDS.find((f) => f.name === 'filters')!.options as INodePropertyCollection[])[0].values;
		for (const op of optionValues(filterRow, 'operator')) expect(S.Operator.values).toContain(op);
	});

	test('every source connector builds a valid sourceFlowConfig from its required fields', async () => {
		const fn = parameterChecker(createFlow, {});
		for (const entry of SOURCE_FORM.entries) {
			const form: IDataObject = { connectorType: entry.connectorType, connectorProfileName: 'profile' };
			for (const [member, spec] of Object.entries(entry.shape.members!))
				if (spec.required) form[member] = member === 'bucketName' ? 'my-bucket' : 'value';
			if (entry.connectorType === 'SAPOData') form.objectPath = '/sap/path';
			const value = (await readSource(fn, 0, { source: form })) as Record<string, unknown>;
			expect(validateShape('SourceFlowConfig', value, strict)).toEqual([]);
			expect(Object.keys(value.sourceConnectorProperties as object)).toEqual([entry.member]);
		}
	});

	test('every destination connector builds a valid destination from its required fields', async () => {
		const fn = parameterChecker(createFlow, {});
		for (const entry of DESTINATION_FORM.entries) {
			const form: IDataObject = { connectorType: entry.connectorType, connectorProfileName: 'profile' };
			for (const [member, spec] of Object.entries(entry.shape.members!))
				if (spec.required) form[member] = /bucketName/i.test(member) ? 'upsolver-appflow-bucket' : 'value';
			if (entry.connectorType === 'Upsolver') form.outputFormatOptions = { prefixType: 'PATH' };
			const [value] = (await readDestinations(fn, 0, { destination: [form] })) as Array<Record<string, unknown>>;
			expect(validateShape('DestinationFlowConfig', value, strict)).toEqual([]);
			expect(Object.keys(value.destinationConnectorProperties as object)).toEqual([entry.member]);
		}
	});

	test('Create Flow keeps the public parameter names', () => {
		const fieldsMode = createFlow.properties
			.filter((p) => p.displayOptions?.show?.inputMode?.includes('fields'))
			.map((p) => p.name);
		expect(fieldsMode).toEqual([
			'flowName',
			'triggerConfig',
			'sourceFlowConfig',
			'destinationFlowConfigList',
			'tasks',
			'additionalFields',
		]);
		const update = updateFlow.properties.find((p) => p.name === 'additionalFields')!;
		const updateOptions = Object.fromEntries((update.options as INodeProperties[]).map((o) => [o.name, o.type]));
		expect(updateOptions).toEqual({
			clientToken: 'string',
			description: 'string',
			triggerConfig: 'fixedCollection',
			sourceFlowConfig: 'fixedCollection',
			destinationFlowConfigList: 'fixedCollection',
			tasks: 'fixedCollection',
			metadataCatalogConfig: 'fixedCollection',
		});
	});
});

// ---------------------------------------------------------------------------------------------------------------
// Update Flow
// ---------------------------------------------------------------------------------------------------------------

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
