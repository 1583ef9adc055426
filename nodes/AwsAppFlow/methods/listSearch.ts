/**
 * "From List" of the resource locators: flows, connector profiles, custom connectors and connector entities.
 * Each call reads one page of 100 from AppFlow and hands its nextToken back as `paginationToken`, so the editor
 * loads the next page when the list is scrolled. AppFlow cannot filter by name, so a search filter is applied
 * here, reading on (up to 10 pages a call) until some matches are found.
 */
import {
	NodeOperationError,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodeListSearchItems,
	type INodeListSearchResult,
} from 'n8n-workflow';

import { consoleUrl, locatorValue } from '../actions/common/locators';
import type { AppFlowResponse } from '../transport/send';
import { PAGE_CAPS, pages } from '../transport/paginate';
import { withSession } from '../transport/session';

/** What the editor shows at a time: one page of 100 (the most most list actions give). */
const PICKER_PAGE_SIZE = 100;
/** Matches that are enough for one call. */
const ENOUGH_MATCHES = 20;

function matches(filter: string | undefined, item: INodeListSearchItems): boolean {
	if (!filter) return true;
	const wanted = filter.trim().toLowerCase();
	return String(item.value).toLowerCase().includes(wanted) || item.name.toLowerCase().includes(wanted);
}

/** The credential's Region, for links to the AWS console; undefined when it is an expression n8n did not resolve. */
async function credentialRegion(fn: ILoadOptionsFunctions): Promise<string | undefined> {
	const credentials = (await fn.getCredentials('awsAppFlowApi')) as IDataObject;
	const region = credentials.region;
	return typeof region === 'string' && /^[a-z0-9-]+$/.test(region) ? region : undefined;
}

async function search(
	fn: ILoadOptionsFunctions,
	action: string,
	input: IDataObject,
	itemsOf: (response: AppFlowResponse, region?: string) => INodeListSearchItems[],
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const region = await credentialRegion(fn);
	return await withSession(fn, async (session) => {
		const results: INodeListSearchItems[] = [];
		let nextToken: string | undefined;
		const send = async (request: object) => await session.send(action, request);
		// Without a filter one page answers the call; with one, pages are read on until enough match.
		const options = {
			maxPages: filter ? PAGE_CAPS.pickerSearch : 1,
			pageSize: () => PICKER_PAGE_SIZE,
			startToken: paginationToken,
		};
		for await (const page of pages(action, input, send, options)) {
			results.push(...itemsOf(page.response, region).filter((item) => matches(filter, item)));
			nextToken = page.nextToken;
			if (results.length >= ENOUGH_MATCHES) break;
		}
		return { results, paginationToken: nextToken };
	});
}

/** A plain value of a current parameter, top level or in Additional Fields; expressions cannot be resolved here. */
function currentValue(fn: ILoadOptionsFunctions, name: string): string | undefined {
	for (const path of [name, `additionalFields.${name}`]) {
		const value = locatorValue(fn.getCurrentNodeParameter(path), name);
		if (typeof value === 'string' && value.trim() !== '' && !value.startsWith('=')) return value.trim();
	}
	return undefined;
}

const joined = (...parts: unknown[]) => parts.filter((p) => typeof p === 'string' && p !== '').join(' · ') || undefined;

export async function searchFlows(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await search(
		this,
		'ListFlows',
		{},
		(response, region) =>
			((response.flows as IDataObject[] | undefined) ?? []).map((flow) => ({
				name: String(flow.flowName),
				value: String(flow.flowName),
				url: consoleUrl('flowName', region, String(flow.flowName)),
				description: joined(
					flow.flowStatus,
					flow.triggerType,
					flow.sourceConnectorType && `${String(flow.sourceConnectorType)} to ${String(flow.destinationConnectorType)}`,
					flow.description,
				),
			})),
		filter,
		paginationToken,
	);
}

/** Profiles of every type, or of the Connector Type chosen in Additional Fields. */
export async function searchConnectorProfiles(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const connectorType = locatorValue(this.getCurrentNodeParameter('additionalFields.connectorType'));
	const input =
		typeof connectorType === 'string' && connectorType !== '' && !connectorType.startsWith('=')
			? { connectorType }
			: {};
	return await search(
		this,
		'DescribeConnectorProfiles',
		input,
		(response, region) =>
			((response.connectorProfileDetails as IDataObject[] | undefined) ?? []).map((profile) => ({
				name: String(profile.connectorProfileName),
				value: String(profile.connectorProfileName),
				url: consoleUrl('connectorProfileName', region, String(profile.connectorProfileName)),
				description: joined(profile.connectorType, profile.connectorLabel, profile.connectionMode),
			})),
		filter,
		paginationToken,
	);
}

/** Custom connectors registered in the account (ListConnectors lists no AWS-managed connectors). */
export async function searchConnectors(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await search(
		this,
		'ListConnectors',
		{},
		(response, region) =>
			((response.connectors as IDataObject[] | undefined) ?? [])
				.filter((connector) => typeof connector.connectorLabel === 'string')
				.map((connector) => ({
					name: String(connector.connectorLabel),
					value: String(connector.connectorLabel),
					url: consoleUrl('connectorLabel', region, String(connector.connectorLabel)),
					description: joined(
						connector.connectorDescription,
						connector.connectorProvisioningType,
						connector.connectorVersion && `version ${String(connector.connectorVersion)}`,
					),
				})),
		filter,
		paginationToken,
	);
}

/** Entities of the chosen Connector Profile Name (or, for connectors without profiles, Connector Type). */
export async function searchConnectorEntities(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const connectorProfileName = currentValue(this, 'connectorProfileName');
	const connectorType = currentValue(this, 'connectorType');
	const entitiesPath = currentValue(this, 'entitiesPath');
	if (!connectorProfileName && !connectorType) {
		throw new NodeOperationError(
			this.getNode(),
			'Choose a Connector Profile Name or a Connector Type first to list its entities',
			{
				description:
					'Add Connector Profile Name (or Connector Type, for connectors such as S3 that need no profile) in Additional Fields, or enter the entity By Name.',
			},
		);
	}
	const input: IDataObject = {
		...(connectorProfileName ? { connectorProfileName } : {}),
		...(connectorType ? { connectorType } : {}),
		...(entitiesPath ? { entitiesPath } : {}),
	};
	return await search(
		this,
		'ListConnectorEntities',
		input,
		(response) =>
			Object.entries((response.connectorEntityMap ?? {}) as Record<string, IDataObject[]>).flatMap(
				([group, entities]) =>
					entities.map((entity) => ({
						name:
							entity.label && entity.label !== entity.name
								? `${String(entity.label)} (${String(entity.name)})`
								: String(entity.name),
						value: String(entity.name),
						description: joined(group, entity.hasNestedEntities ? 'has nested entities' : undefined),
					})),
			),
		filter,
		paginationToken,
	);
}

/** Where a Resource ARN listing is: in the flows' pages, then in the connector profiles' pages. */
interface TaggablePosition {
	kind: 'flows' | 'profiles';
	token?: string;
}

function readTaggablePosition(paginationToken: unknown): TaggablePosition {
	if (typeof paginationToken !== 'string' || paginationToken === '') return { kind: 'flows' };
	try {
		const parsed = JSON.parse(paginationToken) as TaggablePosition;
		if (parsed.kind === 'flows' || parsed.kind === 'profiles') return parsed;
	} catch {
		// A token from another version of the picker: start over.
	}
	return { kind: 'flows' };
}

/** Tag operations' Resource ARN: flows, then connector profiles, each listed by ARN. */
export async function searchTaggableResources(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const position = readTaggablePosition(paginationToken);
	const page =
		position.kind === 'flows'
			? await search(
					this,
					'ListFlows',
					{},
					(response, region) =>
						((response.flows as IDataObject[] | undefined) ?? []).map((flow) => ({
							name: `Flow: ${String(flow.flowName)}`,
							value: String(flow.flowArn),
							url: consoleUrl('flowName', region, String(flow.flowName)),
							description: joined(flow.flowStatus, flow.description),
						})),
					filter,
					position.token,
				)
			: await search(
					this,
					'DescribeConnectorProfiles',
					{},
					(response, region) =>
						((response.connectorProfileDetails as IDataObject[] | undefined) ?? []).map((profile) => ({
							name: `Connector Profile: ${String(profile.connectorProfileName)}`,
							value: String(profile.connectorProfileArn),
							url: consoleUrl('connectorProfileName', region, String(profile.connectorProfileName)),
							description: joined(profile.connectorType, profile.connectionMode),
						})),
					filter,
					position.token,
				);
	const token = page.paginationToken as string | undefined;
	const next: TaggablePosition | undefined = token
		? { kind: position.kind, token }
		: position.kind === 'flows'
			? { kind: 'profiles' }
			: undefined;
	return { results: page.results, paginationToken: next ? JSON.stringify(next) : undefined };
}

export const listSearch = {
	searchFlows,
	searchConnectorProfiles,
	searchConnectors,
	searchConnectorEntities,
	searchTaggableResources,
};
