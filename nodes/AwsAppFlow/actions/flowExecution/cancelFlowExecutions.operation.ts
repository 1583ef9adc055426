import { defineOperation } from '../common/operation';

export const cancelFlowExecutions = defineOperation({
	action: 'CancelFlowExecutions',
	name: 'Cancel',
	actionText: 'Cancel runs of a flow',
	description:
		'Cancel active runs of a flow (all, or those with the given execution IDs); outputs the IDs AppFlow could not cancel',
	output: { kind: 'single' },
});
