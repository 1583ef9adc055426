/**
 * Create Flow form, whole scenarios (on-demand S3 to S3, scheduled incremental Salesforce to S3): the request each
 * builds passes the model's validator.
 */
import { validateActionInput } from '../../../nodes/AwsAppFlow/model/validate';
import { createRequest, readMember, strict } from './helpers';

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
});
