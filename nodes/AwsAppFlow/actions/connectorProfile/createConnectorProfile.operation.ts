import { memberProperty } from '../common/fields';
import { defineOperation } from '../common/operation';
import {
	configModeProperty,
	connectorProfileConfigJsonProperty,
	credentialsSourceProperty,
	profileFormProperties,
	typedCredentialsNotice,
} from './forms/profileFormProperties';
import { connectorProfileConfigReader } from './forms/profileFormReader';

const action = 'CreateConnectorProfile';

export const createConnectorProfile = defineOperation({
	action,
	name: 'Create',
	actionText: 'Create a connector profile',
	description:
		"Save a connection (properties and credentials) to an application for flows to use; outputs the profile's name and ARN",
	output: { kind: 'single' },
	nameMember: 'connectorProfileName',
	properties: [
		memberProperty(action, 'connectorProfileName'),
		memberProperty(action, 'connectorType'),
		memberProperty(action, 'connectionMode'),
		configModeProperty(),
		credentialsSourceProperty(),
		typedCredentialsNotice(),
		...profileFormProperties(action),
		connectorProfileConfigJsonProperty(action),
	],
	readers: { connectorProfileConfig: connectorProfileConfigReader(action) },
});
