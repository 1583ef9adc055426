import { defineOperation } from '../common/operation';

export const describeConnector = defineOperation({
	action: 'DescribeConnector',
	name: 'Get',
	actionText: 'Get a connector',
	description:
		"Get a connector type's configuration: whether it works as a source or destination, how it signs in, which triggers it supports",
	output: { kind: 'single' },
});
