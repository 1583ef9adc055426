import { defineOperation } from '../common/operation';

export const listTagsForResource = defineOperation({
	action: 'ListTagsForResource',
	name: 'Get Many',
	actionText: 'Get the tags of a resource',
	description: 'Get the tags of a flow or connector profile, as one item',
	output: { kind: 'single' },
});
