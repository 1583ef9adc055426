import { defineOperation } from '../common/operation';

export const untagResource = defineOperation({
	action: 'UntagResource',
	name: 'Remove',
	actionText: 'Remove tags from a resource',
	description:
		'Remove tags by key from a flow or connector profile; outputs a success flag, the ARN and the removed keys',
	output: { kind: 'empty', echo: ['resourceArn', 'tagKeys'] },
});
