import { defineOperation } from '../common/operation';

export const registerConnector = defineOperation({
	resource: 'connector',
	operation: 'registerConnector',
	action: 'RegisterConnector',
	name: 'Register',
	actionText: 'Register a custom connector',
	description: 'Register a custom connector implemented by a Lambda function; emits connectorArn (RegisterConnector)',
	output: { kind: 'single' },
});
