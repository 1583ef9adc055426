import { defineOperation } from '../common/operation';

export const describeFlowExecutionRecords = defineOperation({
	action: 'DescribeFlowExecutionRecords',
	name: 'Get Many',
	actionText: 'Get many runs of a flow',
	description:
		"List a flow's run records (status, records and bytes processed, errors), one item per run (DescribeFlowExecutionRecords)",
	output: { kind: 'list', key: 'flowExecutions' },
});
