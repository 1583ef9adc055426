import { defineOperation } from '../common/operation';

export const describeConnectorEntity = defineOperation({
	action: 'DescribeConnectorEntity',
	name: 'Get',
	actionText: 'Get an entity and its fields',
	description: "Get an entity's fields: their types, filter operators and whether they can be read or written",
	output: { kind: 'single' },
});
