import { defineResource } from '../common/resource';
import { createConnectorProfile } from './createConnectorProfile.operation';
import { deleteConnectorProfile } from './deleteConnectorProfile.operation';
import { describeConnectorProfiles } from './describeConnectorProfiles.operation';
import { updateConnectorProfile } from './updateConnectorProfile.operation';

export const connectorProfileResource = defineResource({
	value: 'connectorProfile',
	name: 'Connector Profile',
	description: 'Saved connections to applications',
	operations: [createConnectorProfile, describeConnectorProfiles, updateConnectorProfile, deleteConnectorProfile],
});
