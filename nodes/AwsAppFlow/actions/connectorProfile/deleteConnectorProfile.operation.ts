import { defineOperation } from '../common/operation';

export const deleteConnectorProfile = defineOperation({
	action: 'DeleteConnectorProfile',
	name: 'Delete',
	actionText: 'Delete a connector profile',
	description: 'Delete a connector profile; emits { success: true, connectorProfileName } (DeleteConnectorProfile)',
	output: { kind: 'empty', echo: ['connectorProfileName'] },
});
