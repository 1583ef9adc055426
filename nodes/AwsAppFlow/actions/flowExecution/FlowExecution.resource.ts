import type { ResourceDefinition } from '../registry';
import { cancelFlowExecutions } from './cancelFlowExecutions.operation';
import { describeFlowExecutionRecords } from './describeFlowExecutionRecords.operation';

export const flowExecutionResource: ResourceDefinition = {
	value: 'flowExecution',
	name: 'Flow Execution',
	description: 'Runs of a flow',
	operations: [describeFlowExecutionRecords, cancelFlowExecutions],
};
