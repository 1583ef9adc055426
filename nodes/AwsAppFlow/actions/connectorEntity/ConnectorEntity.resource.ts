import { defineResource } from '../common/resource';
import { describeConnectorEntity } from './describeConnectorEntity.operation';
import { listConnectorEntities } from './listConnectorEntities.operation';
import { resetConnectorMetadataCache } from './resetConnectorMetadataCache.operation';

export const connectorEntityResource = defineResource({
	value: 'connectorEntity',
	name: 'Connector Entity',
	description: 'Objects an application offers (e.g. Salesforce Account) and their fields',
	operations: [listConnectorEntities, describeConnectorEntity, resetConnectorMetadataCache],
});
