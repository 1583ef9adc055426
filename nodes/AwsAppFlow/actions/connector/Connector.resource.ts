import type { ResourceDefinition } from '../registry';
import { describeConnector } from './describeConnector.operation';
import { describeConnectors } from './describeConnectors.operation';
import { listConnectors } from './listConnectors.operation';
import { registerConnector } from './registerConnector.operation';
import { unregisterConnector } from './unregisterConnector.operation';
import { updateConnectorRegistration } from './updateConnectorRegistration.operation';

export const connectorResource: ResourceDefinition = {
	value: 'connector',
	name: 'Connector',
	description: 'Built-in and custom connectors',
	operations: [
		describeConnector,
		describeConnectors,
		listConnectors,
		registerConnector,
		updateConnectorRegistration,
		unregisterConnector,
	],
};
