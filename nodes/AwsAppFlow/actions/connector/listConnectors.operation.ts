import { defineOperation } from '../common/operation';

export const listConnectors = defineOperation({
	action: 'ListConnectors',
	name: 'Get Many',
	actionText: 'Get many connectors',
	description:
		'List the connectors available to the account (built-in and registered custom ones); one item per connector',
	output: { kind: 'list', key: 'connectors' },
});
