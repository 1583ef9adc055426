import { defineOperation } from '../common/operation';
import { simplifyFlow } from '../common/simplify';

export const describeFlow = defineOperation({
	action: 'DescribeFlow',
	name: 'Get',
	actionText: 'Get a flow',
	description: "Get a flow's definition, status and last run details",
	output: { kind: 'single' },
	simplify: simplifyFlow,
});
