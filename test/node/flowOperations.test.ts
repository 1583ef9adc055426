/**
 * Flow operations beyond their one case: Update Flow in Fields mode, a JSON request from an expression, and Create
 * Flow with the form left at its defaults, through n8n's execution context and the real SDK against the emulator.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { jsonOf, s3FlowRequest, startNodeBed, type NodeBed } from './nodeBed';
import { flowArn, setup, useClient } from './operations/setup';

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed();
	useClient(bed.client);
});
afterAll(async () => bed.close());
beforeEach(() => bed.emulator.reset());

describe('update flow in fields mode', () => {
	it('reads the current flow and changes only what was set', async () => {
		// Prepare
		await setup.flow();
		// Act
		await bed.run({
			resource: 'flow',
			operation: 'updateFlow',
			flowName: 'orders',
			additionalFields: {
				triggerConfig: { trigger: { triggerType: 'Scheduled', scheduleExpression: 'rate(1hours)' } },
			},
		});
		// Assess
		const [update] = bed.received('UpdateFlow') as IDataObject[];
		const original = s3FlowRequest('orders');
		expect(bed.received('DescribeFlow')).toEqual([{ flowName: 'orders' }]);
		expect(update).toMatchObject({
			sourceFlowConfig: original.sourceFlowConfig,
			destinationFlowConfigList: original.destinationFlowConfigList,
			tasks: original.tasks,
		});
		expect(update.triggerConfig).toMatchObject({
			triggerType: 'Scheduled',
			triggerProperties: { Scheduled: { scheduleExpression: 'rate(1hours)' } },
		});
	});

	it('refuses an update that changes nothing, without calling AppFlow', async () => {
		await setup.flow();
		await expect(bed.run({ resource: 'flow', operation: 'updateFlow', flowName: 'orders' })).rejects.toThrow(
			/nothing to change.*\[item 0\]/,
		);
		expect(bed.received('UpdateFlow')).toEqual([]);
	});
});

describe('the SDK sees a JSON request object from an expression', () => {
	it('accepts requestJson as an object', async () => {
		await setup.flow();
		const items = await bed.run(
			{
				resource: 'flow',
				operation: 'describeFlow',
				inputMode: 'json',
				requestJson: '={{ { "flowName": $json.name } }}',
			},
			{ items: [{ name: 'orders' }] },
		);
		expect(jsonOf(items)[0]).toMatchObject({ flowName: 'orders' });
	});
});

describe('create flow with the form left at its defaults', () => {
	it('runs in n8n (which does not save default values) as an on-demand Map All flow', async () => {
		// Prepare: only what a user must fill in; n8n stores no value for untouched Trigger and Tasks.
		const parameters: INodeParameters = {
			resource: 'flow',
			operation: 'createFlow',
			flowName: 'defaults',
			sourceFlowConfig: { source: { connectorType: 'S3', bucketName: 'source-bucket' } },
			destinationFlowConfigList: { destination: [{ connectorType: 'S3', bucketName: 'target-bucket' }] },
		};
		// Act
		const items = await bed.run(parameters);
		// Assess
		expect(jsonOf(items)).toEqual([{ flowName: 'defaults', flowArn: flowArn('defaults'), flowStatus: 'Active' }]);
		const [sent] = bed.received('CreateFlow') as IDataObject[];
		expect(sent.triggerConfig).toEqual({ triggerType: 'OnDemand' });
		expect(sent.tasks).toEqual([
			{ taskType: 'Map_all', sourceFields: [], connectorOperator: { S3: 'NO_OP' }, taskProperties: {} },
		]);
	});

	it('names the missing source instead of crashing', async () => {
		const error = await bed
			.run({ resource: 'flow', operation: 'createFlow', flowName: 'no-source' })
			.catch((e: Error) => e);
		expect((error as Error).message).toMatch(/^sourceFlowConfig is required \[item 0\]$/);
		expect(bed.received('CreateFlow')).toEqual([]);
	});
});
