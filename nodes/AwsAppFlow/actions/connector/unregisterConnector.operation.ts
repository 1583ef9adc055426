import { defineOperation } from '../common/operation';

export const unregisterConnector = defineOperation({
	action: 'UnregisterConnector',
	name: 'Unregister',
	actionText: 'Unregister a custom connector',
	description: 'Remove a custom connector registration; emits { success: true, connectorLabel } (UnregisterConnector)',
	output: { kind: 'empty', echo: ['connectorLabel'] },
});
