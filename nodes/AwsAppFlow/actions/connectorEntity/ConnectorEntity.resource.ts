import type { ResourceDefinition } from '../registry';
import { describeConnectorEntity } from './describeConnectorEntity.operation';
import { listConnectorEntities } from './listConnectorEntities.operation';
import { resetConnectorMetadataCache } from './resetConnectorMetadataCache.operation';

export const connectorEntityResource: ResourceDefinition = {
	value: 'connectorEntity',
	name: 'Connector Entity',
	description: 'Objects an application offers (e.g. Salesforce Account) and their fields',
	operations: [listConnectorEntities, describeConnectorEntity, resetConnectorMetadataCache],
};
