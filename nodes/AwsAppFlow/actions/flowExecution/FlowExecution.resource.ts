import { defineResource } from '../common/resource';
import { cancelFlowExecutions } from './cancelFlowExecutions.operation';
import { describeFlowExecutionRecords } from './describeFlowExecutionRecords.operation';
import { getFlowExecution } from './getFlowExecution.operation';

export const flowExecutionResource = defineResource({
	value: 'flowExecution',
	name: 'Flow Execution',
	description: 'Runs of a flow',
	operations: [describeFlowExecutionRecords, getFlowExecution, cancelFlowExecutions],
});
