import { defineOperation } from '../common/operation';

export const tagResource = defineOperation({
	action: 'TagResource',
	name: 'Add',
	actionText: 'Add tags to a resource',
	description: 'Add or overwrite tags on a flow or connector profile; outputs a success flag, the ARN and the tags',
	output: { kind: 'empty', echo: ['resourceArn', 'tags'] },
});
