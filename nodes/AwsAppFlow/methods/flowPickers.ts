/**
 * Dropdowns of the Create / Update Flow forms (loadOptions): connector profiles of the chosen connector type, the
 * entities (objects) of the chosen profile, and the fields of the chosen source entity.
 *
 * How the forms' values reach here: n8n's editor sends the node's current parameters with each request; a parameter
 * path starting with "&" is read beside the dropdown (its own fixedCollection group or row: n8n-core's
 * LoadOptionsContext.getCurrentNodeParameter and the editor's resolveRelativePath do the same in 1.123.5, 2.0.3 and
 * 2.41.1), any other path from the node's top. A dependency that is not set yet (or is an expression the editor did
 * not resolve) gives an empty list; the field's description says what to pick first. AWS's errors are shown as the
 * dropdown's error.
 */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { locatorValue } from '../actions/common/locators';
import type { AppFlowSession } from '../transport/session';
import { PAGE_CAPS, elements } from '../transport/paginate';
import { withSession } from '../transport/session';

/** Connector types whose flows take no connector profile (their entities are listed by type). */
const NO_PROFILE_TYPES = ['S3'];
/** The member of a connector's properties that names its entity, per connector (the model's names). */
export const ENTITY_MEMBERS = ['object', 'entityName', 'objectPath'];
/** Entities with nested entities whose children are listed too, at most (one ListConnectorEntities call each). */
export const NESTED_EXPANSIONS = 20;

/** A plain, set text; expressions the editor did not resolve (still starting with "=") count as not set. */
function plain(value: unknown): string | undefined {
	const v = locatorValue(value);
	if (typeof v !== 'string') return undefined;
	const trimmed = v.trim();
	return trimmed === '' || trimmed.startsWith('=') ? undefined : trimmed;
}

const current = (fn: ILoadOptionsFunctions, path: string) => plain(fn.getCurrentNodeParameter(path));

const joined = (...parts: unknown[]) => parts.filter((p) => typeof p === 'string' && p !== '').join(' · ') || undefined;

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** Every page of an action, up to the picker's cap, with the answer's list picked by `pick`. */
async function readPages<T>(
	session: AppFlowSession,
	action: string,
	input: IDataObject,
	pick: (response: IDataObject) => T[],
): Promise<T[]> {
	const out: T[] = [];
	const send = async (request: object) => await session.send(action, request);
	const pickPage = (response: Record<string, unknown>) => pick(response as IDataObject);
	for await (const element of elements(action, input, pickPage, send, { maxPages: PAGE_CAPS.pickerSearch })) {
		out.push(element as T);
	}
	return out;
}

/** Connector Profile Name: the profiles of the Connector Type beside it (all profiles if none is chosen). */
export async function listConnectorProfilesOfType(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const connectorType = current(this, '&connectorType');
	return await withSession(this, async (session) => {
		const profiles = await readPages(
			session,
			'DescribeConnectorProfiles',
			connectorType ? { connectorType } : {},
			(r) => (r.connectorProfileDetails as IDataObject[] | undefined) ?? [],
		);
		return profiles
			.map((profile) => ({
				name: String(profile.connectorProfileName),
				value: String(profile.connectorProfileName),
				description: joined(profile.connectorType, profile.connectorLabel, profile.connectionMode),
			}))
			.sort(byName);
	});
}

interface ListedEntity {
	group: string;
	entity: IDataObject;
}

const entityLabel = (entity: IDataObject) =>
	entity.label && entity.label !== entity.name
		? `${String(entity.label)} (${String(entity.name)})`
		: String(entity.name);

async function listEntities(session: AppFlowSession, input: IDataObject): Promise<ListedEntity[]> {
	return await readPages(session, 'ListConnectorEntities', input, (r) =>
		Object.entries((r.connectorEntityMap ?? {}) as Record<string, IDataObject[]>).flatMap(([group, entities]) =>
			entities.map((entity) => ({ group, entity })),
		),
	);
}

/**
 * The entity (Object, Entity Name, Object Path) of a source or destination: the entities of the Connector Profile
 * Name beside it. Entities with nested entities (an SAP OData service, an S3 bucket) are opened one level, their
 * children shown as "Parent / Child" with the child's full name as value, for the first NESTED_EXPANSIONS of them;
 * others stay listed as themselves.
 */
export async function listConnectorEntityOptions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const connectorProfileName = current(this, '&connectorProfileName');
	const connectorType = current(this, '&connectorType');
	if (!connectorProfileName && !(connectorType && NO_PROFILE_TYPES.includes(connectorType))) return [];
	const scope: IDataObject = {
		...(connectorProfileName ? { connectorProfileName } : {}),
		...(connectorType ? { connectorType } : {}),
	};
	return await withSession(this, async (session) => {
		const top = await listEntities(session, scope);
		const options: INodePropertyOptions[] = [];
		let expanded = 0;
		for (const { group, entity } of top) {
			if (entity.hasNestedEntities && expanded < NESTED_EXPANSIONS) {
				expanded++;
				const children = await listEntities(session, { ...scope, entitiesPath: String(entity.name) });
				for (const child of children) {
					options.push({
						name: `${String(entity.label ?? entity.name)} / ${String(child.entity.label ?? child.entity.name)}`,
						value: String(child.entity.name),
						description: joined(group, String(child.entity.name)),
					});
				}
				continue;
			}
			options.push({
				name: entityLabel(entity),
				value: String(entity.name),
				description: joined(group, entity.hasNestedEntities ? 'has nested entities' : undefined),
			});
		}
		return options.sort(byName);
	});
}

/** Where the source is: Create Flow's own Source, or Update Flow's Update Fields > Source. */
const sourcePrefix = (fn: ILoadOptionsFunctions) =>
	fn.getCurrentNodeParameter('operation') === 'updateFlow' ? 'additionalFields.sourceFlowConfig' : 'sourceFlowConfig';

/** What the field dropdowns depend on, for both forms (the editor reloads them when one of these changes). */
export const SOURCE_FIELD_DEPENDENCIES = ['', 'additionalFields.'].flatMap((prefix) =>
	['connectorType', 'connectorProfileName', 'bucketName', 'bucketPrefix', ...ENTITY_MEMBERS].map(
		(member) => `${prefix}sourceFlowConfig.source.${member}`,
	),
);

interface SourceEntity {
	connectorType?: string;
	connectorProfileName?: string;
	entityName?: string;
}

/** The source's profile and entity from the Source form. */
function sourceFromForm(fn: ILoadOptionsFunctions): SourceEntity | undefined {
	const base = `${sourcePrefix(fn)}.source`;
	const connectorType = current(fn, `${base}.connectorType`);
	if (connectorType === undefined && fn.getCurrentNodeParameter(base) === undefined) return undefined;
	if (connectorType && NO_PROFILE_TYPES.includes(connectorType)) {
		const bucket = current(fn, `${base}.bucketName`);
		const prefix = current(fn, `${base}.bucketPrefix`)?.replace(/^\/+|\/+$/g, '');
		return { connectorType, entityName: bucket && (prefix ? `${bucket}/${prefix}` : bucket) };
	}
	return {
		connectorType,
		connectorProfileName: current(fn, `${base}.connectorProfileName`),
		entityName: ENTITY_MEMBERS.map((m) => current(fn, `${base}.${m}`)).find((v) => v !== undefined),
	};
}

/** Update Flow without a new Source: the source of the flow as it is. */
async function sourceOfFlow(fn: ILoadOptionsFunctions, session: AppFlowSession): Promise<SourceEntity | undefined> {
	// A flow picked By ARN is looked up by the name in the ARN.
	const flowName = plain(locatorValue(fn.getCurrentNodeParameter('flowName'), 'flowName'));
	if (!flowName) return undefined;
	const flow = await session.sendIfFound('DescribeFlow', { flowName });
	const source = flow?.sourceFlowConfig as IDataObject | undefined;
	if (!source) return undefined;
	const properties = Object.values((source.sourceConnectorProperties ?? {}) as Record<string, IDataObject>)[0] ?? {};
	const s3 = typeof properties.bucketName === 'string';
	return {
		connectorType: source.connectorType as string | undefined,
		connectorProfileName: source.connectorProfileName as string | undefined,
		entityName: s3
			? [properties.bucketName, properties.bucketPrefix].filter((p) => typeof p === 'string' && p !== '').join('/')
			: (ENTITY_MEMBERS.map((m) => properties[m]).find((v) => typeof v === 'string') as string | undefined),
	};
}

/** Which of the source entity's fields a dropdown offers. */
type FieldKind = 'all' | 'filterable' | 'timestamp';

const FIELD_KINDS: Record<FieldKind, (field: IDataObject) => boolean> = {
	all: () => true,
	filterable: (field) => filterOperatorsOf(field).length > 0,
	// AppFlow says which fields incremental pulls can use; date-time fields otherwise.
	timestamp: (field) => {
		const source = (field.sourceProperties ?? {}) as IDataObject;
		if (typeof source.isTimestampFieldForIncrementalQueries === 'boolean')
			return source.isTimestampFieldForIncrementalQueries;
		return /date|time/i.test(String(fieldDetails(field).fieldType ?? ''));
	},
};

const fieldDetails = (field: IDataObject) =>
	((field.supportedFieldTypeDetails as IDataObject | undefined)?.v1 ?? {}) as IDataObject;

async function sourceFields(fn: ILoadOptionsFunctions, kind: FieldKind): Promise<INodePropertyOptions[]> {
	const filterable = kind === 'filterable';
	return await withSession(fn, async (session) => {
		const fromForm = sourceFromForm(fn);
		const source =
			fromForm ??
			(fn.getCurrentNodeParameter('operation') === 'updateFlow' ? await sourceOfFlow(fn, session) : undefined);
		if (!source?.entityName || (!source.connectorProfileName && !NO_PROFILE_TYPES.includes(source.connectorType ?? '')))
			return [];
		const response = await session.send('DescribeConnectorEntity', {
			connectorEntityName: source.entityName,
			...(source.connectorProfileName ? { connectorProfileName: source.connectorProfileName } : {}),
			...(source.connectorType ? { connectorType: source.connectorType } : {}),
		});
		return ((response.connectorEntityFields as IDataObject[] | undefined) ?? [])
			.filter(FIELD_KINDS[kind])
			.map((field) => {
				const details = fieldDetails(field);
				const id = String(field.identifier);
				return {
					name: field.label && field.label !== id ? `${String(field.label)} (${id})` : id,
					value: id,
					description: joined(
						details.fieldType,
						filterable ? `filters: ${filterOperatorsOf(field).join(', ')}` : undefined,
					),
				};
			})
			.sort(byName);
	});
}

/** The comparison operators a field supports (PROJECTION, NO_OP and the validations are no filters). */
function filterOperatorsOf(field: IDataObject): string[] {
	const operators = (fieldDetails(field).filterOperators as string[] | undefined) ?? [];
	return operators.filter((op) => /^(BETWEEN|CONTAINS|EQUAL_TO|NOT_EQUAL_TO|GREATER_THAN|LESS_THAN)/.test(op));
}

/** Mappings' Source Field: every field of the source entity. */
export async function listSourceFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await sourceFields(this, 'all');
}

/** Filters' Field: the source entity's fields that can be compared. */
export async function listFilterFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await sourceFields(this, 'filterable');
}

/** Source's Incremental Pull Field: the fields AppFlow can use to find new and changed records. */
export async function listIncrementalPullFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await sourceFields(this, 'timestamp');
}

export const loadOptions = {
	listConnectorProfilesOfType,
	listConnectorEntityOptions,
	listSourceFields,
	listFilterFields,
	listIncrementalPullFields,
};
