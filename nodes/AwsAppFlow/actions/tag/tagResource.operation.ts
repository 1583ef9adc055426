import { defineOperation } from '../common/operation';

export const tagResource = defineOperation({
	action: 'TagResource',
	name: 'Add',
	actionText: 'Add tags to a resource',
	description:
		'Add or overwrite tags on a flow or connector profile; emits { success: true, resourceArn, tags } (TagResource)',
	output: { kind: 'empty', echo: ['resourceArn', 'tags'] },
});
