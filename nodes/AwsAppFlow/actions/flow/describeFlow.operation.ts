import { defineOperation } from '../common/operation';

export const describeFlow = defineOperation({
	resource: 'flow',
	operation: 'describeFlow',
	action: 'DescribeFlow',
	name: 'Get',
	actionText: 'Get a flow',
	description: "Get a flow's definition, status and last run details (DescribeFlow)",
	output: { kind: 'single' },
});
