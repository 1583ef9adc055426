import { defineOperation } from '../common/operation';
import {
	provisioningConfigReader,
	provisioningFormProperties,
	provisioningTypeProperty,
	readProvisioningType,
} from './provisioningForm';

export const registerConnector = defineOperation({
	action: 'RegisterConnector',
	name: 'Register',
	actionText: 'Register a custom connector',
	description: "Register a custom connector implemented by a Lambda function; outputs the connector's label and ARN",
	output: { kind: 'single' },
	nameMember: 'connectorLabel',
	properties: [provisioningTypeProperty(), ...provisioningFormProperties('RegisterConnector')],
	additionalFieldsExclude: ['connectorProvisioningType', 'connectorProvisioningConfig'],
	readers: {
		connectorProvisioningType: readProvisioningType,
		connectorProvisioningConfig: provisioningConfigReader('RegisterConnector'),
	},
	jsonExample: {
		connectorLabel: 'my_connector',
		connectorProvisioningType: 'LAMBDA',
		connectorProvisioningConfig: { lambda: { lambdaArn: '' } },
	},
});
