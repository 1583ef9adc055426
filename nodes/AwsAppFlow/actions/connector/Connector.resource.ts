import { defineResource } from '../common/resource';
import { describeConnector } from './describeConnector.operation';
import { describeConnectors } from './describeConnectors.operation';
import { listConnectors } from './listConnectors.operation';
import { registerConnector } from './registerConnector.operation';
import { unregisterConnector } from './unregisterConnector.operation';
import { updateConnectorRegistration } from './updateConnectorRegistration.operation';

export const connectorResource = defineResource({
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
});
