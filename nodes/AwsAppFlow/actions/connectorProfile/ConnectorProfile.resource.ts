import type { ResourceDefinition } from '../registry';
import { createConnectorProfile } from './createConnectorProfile.operation';
import { deleteConnectorProfile } from './deleteConnectorProfile.operation';
import { describeConnectorProfiles } from './describeConnectorProfiles.operation';
import { updateConnectorProfile } from './updateConnectorProfile.operation';

export const connectorProfileResource: ResourceDefinition = {
	value: 'connectorProfile',
	name: 'Connector Profile',
	description: 'Saved connections to applications',
	operations: [createConnectorProfile, describeConnectorProfiles, updateConnectorProfile, deleteConnectorProfile],
};
