/**
 * Create Flow form, whole scenarios into Redshift, Snowflake and a Salesforce upsert, and execute sending exactly the
 * request built.
 */
import { validateActionInput } from '../../../nodes/AwsAppFlow/model/validate';
import { parameterChecker } from '../../harness/parameterChecker';
import { createFlow, fakeSend, createRequest, strict } from './helpers';

describe('Create Flow form: the request each scenario builds', () => {
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
		// A new (version 2) node names the flow beside its ARN.
		expect(out).toEqual([
			{ flowName: 's3-to-s3', flowArn: 'arn:aws:appflow:us-east-1:123456789012:flow/s3-to-s3', flowStatus: 'Active' },
		]);
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
