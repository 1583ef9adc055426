import { defineOperation } from '../common/operation';

export const updateConnectorProfile = defineOperation({
	resource: 'connectorProfile',
	operation: 'updateConnectorProfile',
	action: 'UpdateConnectorProfile',
	name: 'Update',
	actionText: 'Update a connector profile',
	description: "Replace a connector profile's connection mode, properties and credentials; emits connectorProfileArn (UpdateConnectorProfile)",
	output: { kind: 'single' },
});
