/** On-demand flows and their runs, through the real SDK: state is kept across actions as AWS keeps it. */
import {
	CancelFlowExecutionsCommand,
	CreateFlowCommand,
	DeleteFlowCommand,
	DescribeFlowCommand,
	DescribeFlowExecutionRecordsCommand,
	ListFlowsCommand,
	StartFlowCommand,
	StopFlowCommand,
	UpdateFlowCommand,
	type ExecutionRecord,
} from '@aws-sdk/client-appflow';

import { expectAwsError, s3Flow, sleep, startEmulatorBed, waitFor, type EmulatorBed } from './helpers';
import { flowRecordReaders } from './flowRecords';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());
const { records, finalRecord } = flowRecordReaders(() => bed);

describe('on-demand flow lifecycle', () => {
	it('creates, describes, lists, updates, runs, reports, cancels and deletes a flow', async () => {
		const { client } = bed;
		const created = await client.send(
			new CreateFlowCommand(s3Flow('orders-export', { description: 'Nightly export', tags: { team: 'data' } })),
		);
		expect(created.flowArn).toBe('arn:aws:appflow:us-east-1:123456789012:flow/orders-export');
		expect(created.flowStatus).toBe('Active');

		const described = await client.send(new DescribeFlowCommand({ flowName: 'orders-export' }));
		expect(described).toMatchObject({
			flowArn: created.flowArn,
			flowName: 'orders-export',
			description: 'Nightly export',
			flowStatus: 'Active',
			triggerConfig: { triggerType: 'OnDemand' },
			sourceFlowConfig: {
				connectorType: 'S3',
				sourceConnectorProperties: { S3: { bucketName: 'appflow-demo-raw', bucketPrefix: 'orders' } },
			},
			destinationFlowConfigList: [{ connectorType: 'S3' }],
			tasks: [{ taskType: 'Map_all', sourceFields: [] }],
			tags: { team: 'data' },
			createdBy: 'arn:aws:iam::123456789012:user/appflow-emulator',
			lastUpdatedBy: 'arn:aws:iam::123456789012:user/appflow-emulator',
			schemaVersion: 1,
		});
		expect(described.kmsArn).toMatch(/^arn:aws:kms:us-east-1:123456789012:key\//);
		expect(described.createdAt).toBeInstanceOf(Date);
		expect(Math.abs(described.createdAt!.getTime() - Date.now())).toBeLessThan(5000);

		const listed = await client.send(new ListFlowsCommand({}));
		expect(listed.flows).toEqual([
			expect.objectContaining({
				flowName: 'orders-export',
				flowArn: created.flowArn,
				flowStatus: 'Active',
				sourceConnectorType: 'S3',
				destinationConnectorType: 'S3',
				triggerType: 'OnDemand',
				tags: { team: 'data' },
			}),
		]);

		const updated = await client.send(
			new UpdateFlowCommand({ ...s3Flow('orders-export'), tasks: [{ taskType: 'Map_all', sourceFields: ['x'] }] }),
		);
		expect(updated.flowStatus).toBe('Active');
		const afterUpdate = await client.send(new DescribeFlowCommand({ flowName: 'orders-export' }));
		expect(afterUpdate.tasks).toEqual([{ taskType: 'Map_all', sourceFields: ['x'] }]);
		expect(afterUpdate.description).toBeUndefined(); // UpdateFlow replaces the whole definition
		expect(afterUpdate.schemaVersion).toBe(2);
		expect(afterUpdate.tags).toEqual({ team: 'data' });

		const started = await client.send(new StartFlowCommand({ flowName: 'orders-export' }));
		expect(started).toMatchObject({ flowArn: created.flowArn, flowStatus: 'Active' });
		expect(started.executionId).toMatch(/^[0-9a-f-]{36}$/);
		const [running] = await records('orders-export');
		expect(running).toMatchObject({ executionId: started.executionId, executionStatus: 'InProgress' });

		const done = await finalRecord('orders-export', started.executionId!);
		expect(done.executionStatus).toBe('Successful');
		expect(done.executionResult!.recordsProcessed).toBeGreaterThan(0);
		expect(done.executionResult).toMatchObject({ numParallelProcesses: 1, maxPageSize: 2000 });
		expect(done.executionResult!.bytesProcessed).toBeGreaterThan(0);
		expect(done.executionResult!.errorInfo).toBeUndefined();
		expect(done.lastUpdatedAt!.getTime()).toBeGreaterThanOrEqual(done.startedAt!.getTime() + 200);
		expect(done.dataPullEndTime).toEqual(done.startedAt);
		expect(done.dataPullStartTime).toEqual(described.createdAt);
		const lastRun = (await client.send(new DescribeFlowCommand({ flowName: 'orders-export' }))).lastRunExecutionDetails;
		expect(lastRun).toMatchObject({ mostRecentExecutionStatus: 'Successful' });

		const second = await client.send(new StartFlowCommand({ flowName: 'orders-export' }));
		const cancel = await client.send(
			new CancelFlowExecutionsCommand({
				flowName: 'orders-export',
				executionIds: [second.executionId!, started.executionId!, 'no-such-run'],
			}),
		);
		expect(cancel.invalidExecutions).toEqual([started.executionId, 'no-such-run']);
		expect((await records('orders-export'))[0]).toMatchObject({
			executionId: second.executionId,
			executionStatus: 'CancelStarted',
		});
		expect((await finalRecord('orders-export', second.executionId!)).executionStatus).toBe('Canceled');
		// The second run's data pull continues where the first stopped.
		expect((await records('orders-export'))[0].dataPullStartTime).toEqual(done.dataPullEndTime);

		await client.send(new DeleteFlowCommand({ flowName: 'orders-export' }));
		await expectAwsError(
			client.send(new DescribeFlowCommand({ flowName: 'orders-export' })),
			'ResourceNotFoundException',
			404,
		);
		expect((await client.send(new ListFlowsCommand({}))).flows).toEqual([]);
		expect(bed.emulator.stats()).toMatchObject({ flowsCreated: 1, runsStarted: 2, flows: 0 });
	});

	it('returns execution records newest first', async () => {
		const { client } = bed;
		await client.send(new CreateFlowCommand(s3Flow('many-runs')));
		const ids: string[] = [];
		for (let i = 0; i < 3; i++)
			ids.push((await client.send(new StartFlowCommand({ flowName: 'many-runs' }))).executionId!);
		expect((await records('many-runs')).map((r) => r.executionId)).toEqual([...ids].reverse());
	});

	it('shows runs in execution records only after recordDelayMs, as AWS records lag behind StartFlow', async () => {
		bed.emulator.runs.recordDelayMs = 150;
		await bed.client.send(new CreateFlowCommand(s3Flow('laggy')));
		const { executionId } = await bed.client.send(new StartFlowCommand({ flowName: 'laggy' }));
		expect(await records('laggy')).toEqual([]);
		expect((await bed.client.send(new DescribeFlowCommand({ flowName: 'laggy' }))).lastRunExecutionDetails).toEqual({});
		await sleep(160);
		expect((await records('laggy')).map((r) => r.executionId)).toEqual([executionId]);
	});

	it('ends the runs of a failing flow in Error with errorInfo', async () => {
		bed.emulator.runs.failFlows.add('broken');
		await bed.client.send(new CreateFlowCommand(s3Flow('broken')));
		const { executionId } = await bed.client.send(new StartFlowCommand({ flowName: 'broken' }));
		const record: ExecutionRecord = await finalRecord('broken', executionId!);
		expect(record.executionStatus).toBe('Error');
		expect(record.executionResult!.errorInfo).toEqual({
			putFailuresCount: 0,
			executionMessage: expect.stringMatching(/failed/),
		});
		expect(record.executionResult!.recordsProcessed).toBe(0);
		const flow = await bed.client.send(new DescribeFlowCommand({ flowName: 'broken' }));
		expect(flow.lastRunExecutionDetails).toMatchObject({
			mostRecentExecutionStatus: 'Error',
			mostRecentExecutionMessage: 'Flow run failed',
		});
	});

	it('lets a runOutcome function decide how runs end, with a message', async () => {
		const custom = await startEmulatorBed({
			runDurationMs: 50,
			runOutcome: (name) =>
				name === 'odd'
					? { status: 'Error', message: 'Quota of Salesforce API calls exceeded: 15000/15000' }
					: { status: 'Successful' },
		});
		try {
			await custom.client.send(new CreateFlowCommand(s3Flow('odd')));
			const { executionId } = await custom.client.send(new StartFlowCommand({ flowName: 'odd' }));
			const record = await waitFor(async () => {
				const [r] = (await custom.client.send(new DescribeFlowExecutionRecordsCommand({ flowName: 'odd' })))
					.flowExecutions!;
				return r.executionStatus === 'InProgress' ? undefined : r;
			});
			expect(record).toMatchObject({
				executionId,
				executionStatus: 'Error',
				executionResult: { errorInfo: { executionMessage: 'Quota of Salesforce API calls exceeded 15000/15000' } },
			});
		} finally {
			await custom.close();
		}
	});

	it('cancels every active run when no execution ids are given', async () => {
		bed.emulator.runs.runDurationMs = 10_000;
		await bed.client.send(new CreateFlowCommand(s3Flow('long')));
		await bed.client.send(new StartFlowCommand({ flowName: 'long' }));
		await bed.client.send(new StartFlowCommand({ flowName: 'long' }));
		const result = await bed.client.send(new CancelFlowExecutionsCommand({ flowName: 'long' }));
		expect(result.invalidExecutions).toEqual([]);
		expect((await records('long')).map((r) => r.executionStatus)).toEqual(['CancelStarted', 'CancelStarted']);
		await sleep(150);
		expect((await records('long')).map((r) => r.executionStatus)).toEqual(['Canceled', 'Canceled']);
	});

	it('refuses to delete a flow with a run in progress unless forced', async () => {
		bed.emulator.runs.runDurationMs = 10_000;
		await bed.client.send(new CreateFlowCommand(s3Flow('busy')));
		await bed.client.send(new StartFlowCommand({ flowName: 'busy' }));
		await expectAwsError(
			bed.client.send(new DeleteFlowCommand({ flowName: 'busy' })),
			'ConflictException',
			409,
			/in progress/,
		);
		await bed.client.send(new DeleteFlowCommand({ flowName: 'busy', forceDelete: true }));
		expect(bed.emulator.stats().flows).toBe(0);
	});

	it('refuses a second flow with the same name', async () => {
		await bed.client.send(new CreateFlowCommand(s3Flow('twice')));
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(s3Flow('twice'))),
			'ConflictException',
			409,
			/already exists/,
		);
	});

	it('answers ResourceNotFoundException for unknown flows on every flow action', async () => {
		const { client } = bed;
		const flowName = 'ghost';
		await expectAwsError(
			client.send(new DescribeFlowCommand({ flowName })),
			'ResourceNotFoundException',
			404,
			'The flow ghost does not exist.',
		);
		await expectAwsError(client.send(new StartFlowCommand({ flowName })), 'ResourceNotFoundException', 404);
		await expectAwsError(client.send(new StopFlowCommand({ flowName })), 'ResourceNotFoundException', 404);
		await expectAwsError(client.send(new DeleteFlowCommand({ flowName })), 'ResourceNotFoundException', 404);
		await expectAwsError(client.send(new UpdateFlowCommand(s3Flow(flowName))), 'ResourceNotFoundException', 404);
		await expectAwsError(
			client.send(new DescribeFlowExecutionRecordsCommand({ flowName })),
			'ResourceNotFoundException',
			404,
		);
		await expectAwsError(client.send(new CancelFlowExecutionsCommand({ flowName })), 'ResourceNotFoundException', 404);
	});
});
