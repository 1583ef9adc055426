import { defineOperation } from '../common/operation';

export const updateConnectorRegistration = defineOperation({
	resource: 'connector',
	operation: 'updateConnectorRegistration',
	action: 'UpdateConnectorRegistration',
	name: 'Update Registration',
	actionText: 'Update a custom connector registration',
	description: "Update a custom connector's description or Lambda provisioning; emits connectorArn (UpdateConnectorRegistration)",
	output: { kind: 'single' },
});
