/** Scheduled and event flows, and the connector profiles flows refer to, through the real SDK. */
import {
	CreateConnectorProfileCommand,
	CreateFlowCommand,
	DeleteConnectorProfileCommand,
	DescribeFlowCommand,
	StartFlowCommand,
	StopFlowCommand,
	UpdateFlowCommand,
} from '@aws-sdk/client-appflow';

import {
	expectAwsError,
	s3Flow,
	salesforceFlow,
	salesforceProfile,
	startEmulatorBed,
	type EmulatorBed,
} from './helpers';
import { flowRecordReaders } from './flowRecords';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());
const { records, finalRecord } = flowRecordReaders(() => bed);

describe('scheduled and event flows', () => {
	const scheduled = (name: string) =>
		s3Flow(name, {
			triggerConfig: {
				triggerType: 'Scheduled',
				triggerProperties: { Scheduled: { scheduleExpression: 'rate(1hours)', dataPullMode: 'Incremental' } },
			},
		});

	it('are Draft until StartFlow activates them, and StopFlow suspends them', async () => {
		const { client } = bed;
		expect((await client.send(new CreateFlowCommand(scheduled('hourly')))).flowStatus).toBe('Draft');
		const started = await client.send(new StartFlowCommand({ flowName: 'hourly' }));
		expect(started.flowStatus).toBe('Active');
		expect(started.executionId).toBeUndefined();
		expect(bed.emulator.stats().runsStarted).toBe(0);
		const stopped = await client.send(new StopFlowCommand({ flowName: 'hourly' }));
		expect(stopped).toMatchObject({ flowArn: started.flowArn, flowStatus: 'Suspended' });
		expect((await client.send(new DescribeFlowCommand({ flowName: 'hourly' }))).flowStatus).toBe('Suspended');
		await expectAwsError(client.send(new StopFlowCommand({ flowName: 'hourly' })), 'ConflictException', 409);
	});

	it('run when their trigger fires (emulator.triggerRun)', async () => {
		await bed.client.send(new CreateFlowCommand(scheduled('hourly')));
		expect(() => bed.emulator.triggerRun('hourly')).toThrow(/Draft/);
		await bed.client.send(new StartFlowCommand({ flowName: 'hourly' }));
		const executionId = bed.emulator.triggerRun('hourly');
		expect((await records('hourly'))[0].executionId).toBe(executionId);
	});

	it('keep Event triggers to sources that support them', async () => {
		const eventFlow = s3Flow('on-event', { triggerConfig: { triggerType: 'Event' } });
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(eventFlow)),
			'ValidationException',
			400,
			'S3 does not support the trigger type Event.',
		);
		await bed.client.send(new CreateConnectorProfileCommand(salesforceProfile('sf')));
		const created = await bed.client.send(
			new CreateFlowCommand(salesforceFlow('sf-events', 'sf', { triggerConfig: { triggerType: 'Event' } })),
		);
		expect(created.flowStatus).toBe('Draft');
	});

	it('need a valid schedule expression', async () => {
		const bad = s3Flow('bad-schedule', {
			triggerConfig: {
				triggerType: 'Scheduled',
				triggerProperties: { Scheduled: { scheduleExpression: 'every hour' } },
			},
		});
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(bad)),
			'ValidationException',
			400,
			/schedule expression/,
		);
		const missing = s3Flow('no-schedule', { triggerConfig: { triggerType: 'Scheduled' } });
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(missing)),
			'ValidationException',
			400,
			/triggerProperties.Scheduled is required/,
		);
	});

	it('StopFlow on an on-demand flow is UnsupportedOperationException', async () => {
		await bed.client.send(new CreateFlowCommand(s3Flow('adhoc')));
		await expectAwsError(
			bed.client.send(new StopFlowCommand({ flowName: 'adhoc' })),
			'UnsupportedOperationException',
			400,
			/on demand/,
		);
	});

	it('UpdateFlow to another trigger type starts the flow over', async () => {
		await bed.client.send(new CreateFlowCommand(s3Flow('switch')));
		expect((await bed.client.send(new UpdateFlowCommand(scheduled('switch')))).flowStatus).toBe('Draft');
		expect((await bed.client.send(new UpdateFlowCommand(s3Flow('switch')))).flowStatus).toBe('Active');
	});
});

describe('connector profiles referenced by flows', () => {
	it('must exist, except for connectors that take none (S3)', async () => {
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(salesforceFlow('sf-flow', 'missing-profile'))),
			'ResourceNotFoundException',
			404,
			'The connector profile missing-profile does not exist.',
		);
		const noName = salesforceFlow('sf-flow', 'x');
		delete noName.sourceFlowConfig!.connectorProfileName;
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(noName)),
			'ValidationException',
			400,
			/connectorProfileName is required/,
		);
		// S3 ignores a profile name: it takes no profile.
		const s3 = s3Flow('s3-flow');
		s3.sourceFlowConfig!.connectorProfileName = 'whatever';
		expect((await bed.client.send(new CreateFlowCommand(s3))).flowStatus).toBe('Active');
		await bed.client.send(new CreateConnectorProfileCommand(salesforceProfile('sf')));
		expect((await bed.client.send(new CreateFlowCommand(salesforceFlow('sf-flow', 'sf')))).flowStatus).toBe('Active');
	});

	it('must be for the connector type of the flow', async () => {
		await bed.client.send(new CreateConnectorProfileCommand(salesforceProfile('sf')));
		const flow = s3Flow('mixed');
		flow.sourceFlowConfig = {
			connectorType: 'Zendesk',
			connectorProfileName: 'sf',
			sourceConnectorProperties: { Zendesk: { object: 'tickets' } },
		};
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(flow)),
			'ValidationException',
			400,
			'The connector profile sf is for Salesforce, not Zendesk.',
		);
	});

	it('need the connector properties of their connector type and a connector that can play the role', async () => {
		const wrongProps = s3Flow('props');
		wrongProps.sourceFlowConfig!.sourceConnectorProperties = { Salesforce: { object: 'Account' } };
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(wrongProps)),
			'ValidationException',
			400,
			/sourceConnectorProperties.S3 is required/,
		);
		const redshiftSource = s3Flow('role');
		redshiftSource.sourceFlowConfig = {
			connectorType: 'Redshift',
			connectorProfileName: 'r',
			sourceConnectorProperties: {},
		};
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(redshiftSource)),
			'ValidationException',
			400,
			'Redshift cannot be used as a source connector.',
		);
	});

	it('fail the runs of a flow whose profile was force-deleted', async () => {
		const { client } = bed;
		await client.send(new CreateConnectorProfileCommand(salesforceProfile('sf')));
		await client.send(new CreateFlowCommand(salesforceFlow('orphan', 'sf')));
		await client.send(new DeleteConnectorProfileCommand({ connectorProfileName: 'sf', forceDelete: true }));
		const { executionId } = await client.send(new StartFlowCommand({ flowName: 'orphan' }));
		const record = await finalRecord('orphan', executionId!);
		expect(record.executionStatus).toBe('Error');
		expect(record.executionResult!.errorInfo!.executionMessage).toBe('Connector profile sf does not exist');
	});
});
