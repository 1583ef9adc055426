import { defineOperation } from '../common/operation';

export const deleteFlow = defineOperation({
	action: 'DeleteFlow',
	name: 'Delete',
	actionText: 'Delete a flow',
	description: 'Delete a flow; outputs a success flag and the flow name',
	output: { kind: 'empty', echo: ['flowName'] },
});
