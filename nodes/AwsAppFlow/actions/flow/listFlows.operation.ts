import { defineOperation } from '../common/operation';
import { simplifyFlow } from '../common/simplify';

export const listFlows = defineOperation({
	action: 'ListFlows',
	name: 'Get Many',
	actionText: 'Get many flows',
	description: 'List the flows of the account and Region; one item per flow',
	output: { kind: 'list', key: 'flows' },
	simplify: simplifyFlow,
});
