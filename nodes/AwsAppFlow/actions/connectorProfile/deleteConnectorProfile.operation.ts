import { defineOperation } from '../common/operation';

export const deleteConnectorProfile = defineOperation({
	action: 'DeleteConnectorProfile',
	name: 'Delete',
	actionText: 'Delete a connector profile',
	description: 'Delete a connector profile; outputs a success flag and the profile name',
	output: { kind: 'empty', echo: ['connectorProfileName'] },
});
