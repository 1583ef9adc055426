import { defineOperation } from '../common/operation';

export const deleteFlow = defineOperation({
	action: 'DeleteFlow',
	name: 'Delete',
	actionText: 'Delete a flow',
	description: 'Delete a flow; emits { success: true, flowName } (DeleteFlow)',
	output: { kind: 'empty', echo: ['flowName'] },
});
