import { defineOperation } from '../common/operation';

export const describeConnectorEntity = defineOperation({
	action: 'DescribeConnectorEntity',
	name: 'Get',
	actionText: 'Get an entity and its fields',
	description:
		"Get an entity's fields (types, filter operators, whether they can be read or written) (DescribeConnectorEntity)",
	output: { kind: 'single' },
});
