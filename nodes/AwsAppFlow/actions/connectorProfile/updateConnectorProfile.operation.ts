import { memberProperty } from '../common/fields';
import { defineOperation } from '../common/operation';
import {
	configModeProperty,
	connectorProfileConfigJsonProperty,
	credentialsSourceProperty,
	formConnectorTypeProperty,
	profileFormProperties,
	typedCredentialsNotice,
} from './forms/profileFormProperties';
import { connectorProfileConfigReader } from './forms/profileFormReader';

const action = 'UpdateConnectorProfile';

export const updateConnectorProfile = defineOperation({
	action,
	name: 'Update',
	actionText: 'Update a connector profile',
	description: "Replace a connector profile's connection mode, properties and credentials; outputs the profile's ARN",
	output: { kind: 'single' },
	properties: [
		memberProperty(action, 'connectorProfileName'),
		memberProperty(action, 'connectionMode'),
		configModeProperty(),
		credentialsSourceProperty(),
		typedCredentialsNotice(),
		formConnectorTypeProperty(),
		...profileFormProperties(action),
		connectorProfileConfigJsonProperty(action),
	],
	readers: { connectorProfileConfig: connectorProfileConfigReader(action) },
});
