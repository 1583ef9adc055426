import { defineOperation } from '../common/operation';

export const startFlow = defineOperation({
	resource: 'flow',
	operation: 'startFlow',
	action: 'StartFlow',
	name: 'Start',
	actionText: 'Start a flow',
	description: 'Run an on-demand flow now (emits its executionId), or activate a scheduled or event-triggered flow (StartFlow)',
	output: { kind: 'single' },
});
