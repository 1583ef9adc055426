import { defineResource } from '../common/resource';
import { createFlow } from './createFlow.operation';
import { deleteFlow } from './deleteFlow.operation';
import { describeFlow } from './describeFlow.operation';
import { listFlows } from './listFlows.operation';
import { startFlow } from './startFlow.operation';
import { stopFlow } from './stopFlow.operation';
import { updateFlow } from './updateFlow.operation';

export const flowResource = defineResource({
	value: 'flow',
	name: 'Flow',
	description: 'Data transfers between applications and AWS services',
	operations: [createFlow, describeFlow, listFlows, updateFlow, deleteFlow, startFlow, stopFlow],
});
