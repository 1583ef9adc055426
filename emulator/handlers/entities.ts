/** ListConnectorEntities, DescribeConnectorEntity, ResetConnectorMetadataCache: browsing a connector's data model. */
import { builtInConnector } from '../catalog/connectors';
import { ENTITY_GROUPS, entityFields, findEntity, nestedEntities, type EntityDef } from '../catalog/entities';
import { notFound, validationError } from '../errors';
import { paginate } from '../pagination';
import type { Json } from '../state/types';
import { compact } from '../wire';
import type { Handler, HandlerContext } from './context';

interface ConnectorRef {
	connectorProfileName?: string;
	connectorType?: string;
}

/**
 * The connector type a request is about: from its profile if it names one, else from connectorType, which is
 * enough only for the connectors that take no profile (S3, EventBridge, ...).
 */
function resolveType(ctx: HandlerContext, input: ConnectorRef): string {
	if (input.connectorProfileName) {
		const profile = ctx.store.profiles.get(input.connectorProfileName);
		if (!profile) throw notFound(`The connector profile ${input.connectorProfileName} does not exist.`);
		if (input.connectorType && input.connectorType !== profile.connectorType) {
			throw validationError(
				`The connector profile ${profile.name} is for ${profile.connectorType}, not ${input.connectorType}.`,
			);
		}
		return profile.connectorType;
	}
	if (!input.connectorType) throw validationError('Either connectorProfileName or connectorType is required.');
	if (builtInConnector(input.connectorType)?.needsProfile !== false) {
		throw validationError(`connectorProfileName is required for connector type ${input.connectorType}.`);
	}
	return input.connectorType;
}

/** Built-in connectors answer all entities in one response unless asked for fewer (the operation is not paginated). */
const ALL_ENTITIES = 10000;

export const listConnectorEntities: Handler = (
	ctx,
	input: ConnectorRef & { entitiesPath?: string; maxResults?: number; nextToken?: string },
) => {
	const type = resolveType(ctx, input);
	const path = input.entitiesPath?.trim();
	const groups = path ? nestedEntities(type, path) : (ENTITY_GROUPS[type] ?? {});
	if (!groups) throw notFound(`The entities path ${path} does not exist for ${type}.`);
	const flat = Object.entries(groups)
		.flatMap(([group, entities]) => entities.map((entity) => ({ group, entity, key: `${group}\u0000${entity.name}` })))
		.sort((a, b) => (a.key < b.key ? -1 : 1));
	const scope = JSON.stringify(['ListConnectorEntities', type, input.connectorProfileName ?? null, path ?? null]);
	const page = paginate(flat, (e) => e.key, input, scope, ALL_ENTITIES);
	const connectorEntityMap: Record<string, Json[]> = {};
	for (const { group, entity } of page.items) {
		(connectorEntityMap[group] ??= []).push({
			name: entity.name,
			label: entity.label,
			hasNestedEntities: !!entity.hasNestedEntities,
		});
	}
	return compact({ connectorEntityMap, nextToken: page.nextToken });
};

export const describeConnectorEntity: Handler = (ctx, input: ConnectorRef & { connectorEntityName: string }) => {
	const type = resolveType(ctx, input);
	const entity: EntityDef | undefined = findEntity(type, input.connectorEntityName);
	if (!entity) throw notFound(`The entity ${input.connectorEntityName} does not exist in ${type}.`);
	const destinationCapable = type === 'CustomConnector' || !!builtInConnector(type)?.canUseAsDestination;
	return { connectorEntityFields: entityFields(type, entity, destinationCapable) };
};

export const resetConnectorMetadataCache: Handler = (
	ctx,
	input: ConnectorRef & { connectorEntityName?: string; entitiesPath?: string; apiVersion?: string },
) => {
	const connectorType = resolveType(ctx, input);
	ctx.store.metadataCacheResets.push(
		compact({
			at: ctx.now,
			connectorType,
			connectorProfileName: input.connectorProfileName,
			connectorEntityName: input.connectorEntityName,
			entitiesPath: input.entitiesPath,
			apiVersion: input.apiVersion,
		}),
	);
	ctx.counters.metadataCacheResets++;
	return {};
};
