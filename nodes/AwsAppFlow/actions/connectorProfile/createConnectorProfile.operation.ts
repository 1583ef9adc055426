import { defineOperation } from '../common/operation';

export const createConnectorProfile = defineOperation({
	resource: 'connectorProfile',
	operation: 'createConnectorProfile',
	action: 'CreateConnectorProfile',
	name: 'Create',
	actionText: 'Create a connector profile',
	description: 'Save a connection (properties and credentials) to an application for flows to use; emits connectorProfileArn (CreateConnectorProfile)',
	output: { kind: 'single' },
});
