import { defineOperation } from '../common/operation';

export const describeConnector = defineOperation({
	action: 'DescribeConnector',
	name: 'Get',
	actionText: 'Get a connector',
	description:
		"Get a connector type's configuration: what it supports as source or destination, auth, trigger types (DescribeConnector)",
	output: { kind: 'single' },
});
