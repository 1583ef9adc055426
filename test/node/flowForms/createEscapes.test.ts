/** Create Flow form: the JSON escapes (source, destinations, tasks, trigger) and the optional members. */
import { validateActionInput, validateShape } from '../../../nodes/AwsAppFlow/model/validate';
import { readDestinations } from '../../../nodes/AwsAppFlow/actions/flow/forms/destination';
import { parameterChecker } from '../../harness/parameterChecker';
import { createFlow, createRequest, readMember, strict } from './helpers';

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
