import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../common/operation';
import { simplifyConnectorEntity } from '../common/simplify';

/** AppFlow groups entities in a map; n8n users get one item per entity, carrying its group. */
function entities(response: Record<string, unknown>): IDataObject[] {
	const groups = (response.connectorEntityMap ?? {}) as Record<string, IDataObject[]>;
	return Object.entries(groups).flatMap(([group, list]) => list.map((entity) => ({ group, ...entity })));
}

export const listConnectorEntities = defineOperation({
	action: 'ListConnectorEntities',
	name: 'Get Many',
	actionText: 'Get many entities of a connector',
	description:
		'List the entities (objects) a connector or connector profile offers; one item per entity with its group',
	output: { kind: 'list', key: 'connectorEntityMap', elements: entities },
	simplify: simplifyConnectorEntity,
});
