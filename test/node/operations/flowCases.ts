/** The operation cases of the flow and flow execution resources (run by test/node/operations.test.ts). */
import { StartFlowCommand } from '@aws-sdk/client-appflow';

import { s3FlowRequest } from '../nodeBed';
import { sdk, flowArn, setup, type Case } from './setup';

/** Flow and flow execution operations, one case each. */
export const FLOW_CASES: Case[] = [
	{
		resource: 'flow',
		operation: 'createFlow',
		action: 'CreateFlow',
		fields: {
			flowName: 'orders',
			triggerConfig: { trigger: { triggerType: 'OnDemand' } },
			sourceFlowConfig: { source: { connectorType: 'S3', bucketName: 'source-bucket', bucketPrefix: 'in' } },
			destinationFlowConfigList: { destination: [{ connectorType: 'S3', bucketName: 'target-bucket' }] },
			tasks: { definition: { mode: 'mapAll' } },
			additionalFields: { description: 'Orders to the lake', tags: { entries: [{ key: 'team', value: 'data' }] } },
		},
		json: { ...s3FlowRequest('orders'), description: 'Orders to the lake', tags: { team: 'data' } },
		sent: {
			flowName: 'orders',
			description: 'Orders to the lake',
			tags: { team: 'data' },
			triggerConfig: { triggerType: 'OnDemand' },
		},
		// Version 2 names the flow beside its ARN, so the next node needs no flowArn.split('/').
		check: (items) => expect(items).toEqual([{ flowName: 'orders', flowArn: flowArn('orders'), flowStatus: 'Active' }]),
	},
	{
		resource: 'flow',
		operation: 'describeFlow',
		action: 'DescribeFlow',
		prepare: () => setup.flow(),
		fields: { flowName: 'orders' },
		json: { flowName: 'orders' },
		sent: { flowName: 'orders' },
		// Simplify is on by default (node version 2): the fields people act on, in one shape.
		check: (items) => {
			expect(items).toEqual([
				{
					flowName: 'orders',
					flowArn: flowArn('orders'),
					flowStatus: 'Active',
					description: null,
					sourceConnectorType: 'S3',
					destinationConnectorType: 'S3',
					triggerType: 'OnDemand',
					lastRunStatus: null,
					lastRunTime: null,
					lastRunMessage: null,
					lastUpdatedAt: expect.anything(),
				},
			]);
		},
	},
	{
		resource: 'flow',
		operation: 'listFlows',
		action: 'ListFlows',
		prepare: async () => {
			await setup.flow('a-flow');
			await setup.flow('b-flow');
		},
		fields: { returnAll: true },
		json: {},
		sent: { maxResults: 100 },
		check: (items) => expect(items.map((i) => i.flowName).sort()).toEqual(['a-flow', 'b-flow']),
	},
	{
		resource: 'flow',
		operation: 'updateFlow',
		action: 'UpdateFlow',
		prepare: () => setup.flow(),
		fields: { flowName: 'orders', additionalFields: { description: 'new text' } },
		json: { ...s3FlowRequest('orders'), description: 'new text' },
		sent: { flowName: 'orders', description: 'new text', sourceFlowConfig: { connectorType: 'S3' } },
		check: (items) => expect(items).toEqual([{ flowStatus: 'Active' }]),
	},
	{
		resource: 'flow',
		operation: 'deleteFlow',
		action: 'DeleteFlow',
		prepare: () => setup.flow(),
		fields: { flowName: 'orders', additionalFields: { forceDelete: true } },
		json: { flowName: 'orders', forceDelete: true },
		sent: { flowName: 'orders', forceDelete: true },
		check: (items) => expect(items).toEqual([{ success: true, flowName: 'orders' }]),
	},
	{
		resource: 'flow',
		operation: 'startFlow',
		action: 'StartFlow',
		prepare: () => setup.flow(),
		fields: { flowName: 'orders' },
		json: { flowName: 'orders' },
		sent: { flowName: 'orders' },
		check: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0]).toMatchObject({
				flowArn: flowArn('orders'),
				flowStatus: 'Active',
				executionId: expect.any(String),
			});
		},
	},
	{
		resource: 'flow',
		operation: 'stopFlow',
		action: 'StopFlow',
		prepare: async () => {
			await setup.scheduledFlow();
			await sdk.send(new StartFlowCommand({ flowName: 'nightly' }));
		},
		fields: { flowName: 'nightly' },
		json: { flowName: 'nightly' },
		sent: { flowName: 'nightly' },
		check: (items) => expect(items).toEqual([{ flowArn: flowArn('nightly'), flowStatus: 'Suspended' }]),
	},
	{
		resource: 'flowExecution',
		operation: 'describeFlowExecutionRecords',
		action: 'DescribeFlowExecutionRecords',
		prepare: async () => {
			await setup.flow();
			await sdk.send(new StartFlowCommand({ flowName: 'orders' }));
			await sdk.send(new StartFlowCommand({ flowName: 'orders' }));
		},
		fields: { flowName: 'orders', returnAll: false, limit: 5 },
		json: { flowName: 'orders' },
		sent: { flowName: 'orders' },
		check: (items) => {
			expect(items).toHaveLength(2);
			for (const run of items)
				expect(run).toMatchObject({
					executionId: expect.any(String),
					executionStatus: expect.stringMatching(/InProgress|Successful/),
				});
		},
	},
	{
		resource: 'flowExecution',
		operation: 'cancelFlowExecutions',
		action: 'CancelFlowExecutions',
		prepare: () => setup.flow(),
		fields: { flowName: 'orders', additionalFields: { executionIds: 'no-such-run' } },
		json: { flowName: 'orders', executionIds: ['no-such-run'] },
		sent: { flowName: 'orders', executionIds: ['no-such-run'] },
		check: (items) => expect(items).toEqual([{ invalidExecutions: ['no-such-run'] }]),
	},
];
