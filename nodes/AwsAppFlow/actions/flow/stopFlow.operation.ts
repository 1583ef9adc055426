import { defineOperation } from '../common/operation';

export const stopFlow = defineOperation({
	action: 'StopFlow',
	name: 'Stop',
	actionText: 'Stop a flow',
	description: 'Deactivate a scheduled or event-triggered flow; on-demand flows cannot be stopped',
	output: { kind: 'single' },
});
