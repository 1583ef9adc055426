import { defineOperation } from '../common/operation';

export const unregisterConnector = defineOperation({
	action: 'UnregisterConnector',
	name: 'Unregister',
	actionText: 'Unregister a custom connector',
	description: 'Remove a custom connector registration; outputs a success flag and the connector label',
	output: { kind: 'empty', echo: ['connectorLabel'] },
});
