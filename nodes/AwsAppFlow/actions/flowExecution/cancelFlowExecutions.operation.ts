import { defineOperation } from '../common/operation';

export const cancelFlowExecutions = defineOperation({
	action: 'CancelFlowExecutions',
	name: 'Cancel',
	actionText: 'Cancel runs of a flow',
	description:
		'Cancel active runs of a flow (all, or the given execution IDs); emits the IDs AppFlow could not cancel (CancelFlowExecutions)',
	output: { kind: 'single' },
});
