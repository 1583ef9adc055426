import { defineOperation } from '../common/operation';

export const untagResource = defineOperation({
	action: 'UntagResource',
	name: 'Remove',
	actionText: 'Remove tags from a resource',
	description:
		'Remove tags by key from a flow or connector profile; emits { success: true, resourceArn, tagKeys } (UntagResource)',
	output: { kind: 'empty', echo: ['resourceArn', 'tagKeys'] },
});
