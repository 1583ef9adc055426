import { memberProperty } from '../common/fields';
import { defineOperation } from '../common/operation';
import { provisioningConfigReader, provisioningFormProperties } from './provisioningForm';

const action = 'UpdateConnectorRegistration';

export const updateConnectorRegistration = defineOperation({
	action,
	name: 'Update Registration',
	actionText: 'Update a custom connector registration',
	description: "Update a custom connector's description or Lambda function; outputs the connector's ARN",
	output: { kind: 'single' },
	properties: [memberProperty(action, 'connectorLabel'), ...provisioningFormProperties(action)],
	additionalFieldsExclude: ['connectorProvisioningConfig'],
	readers: { connectorProvisioningConfig: provisioningConfigReader(action) },
});
