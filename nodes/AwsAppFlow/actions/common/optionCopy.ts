/**
 * The last pass over the node's parameters, for n8n's copy rules on option lists: options generated from AWS's
 * enums get readable names (SAPOData -> SAP OData, OAUTH2 -> OAuth 2.0, InProgress -> In Progress) while their
 * values, which workflows save, stay AWS's; and lists of 5 or more options are sorted alphabetically by name.
 * Defaults are values, so sorting changes no default.
 */
import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

/** Enum values whose readable name no rule can derive: products spelled as AWS's enum has them, and acronyms. */
const READABLE: Record<string, string> = {
	APIKEY: 'API Key',
	BULKV2: 'Bulk API 2.0',
	BYMINUTE: 'By Minute',
	CustomConnector: 'Custom Connector',
	CustomerProfiles: 'Customer Profiles',
	EventBridge: 'EventBridge',
	Googleanalytics: 'Google Analytics',
	Infornexus: 'Infor Nexus',
	LookoutMetrics: 'Lookout for Metrics',
	Map_all: 'Map All',
	OAUTH2: 'OAuth 2.0',
	SAPOData: 'SAP OData',
	Servicenow: 'ServiceNow',
	Trendmicro: 'Trend Micro',
};

const ACRONYMS = new Set(['API', 'ARN', 'AUTH', 'CSV', 'ID', 'JSON', 'JWT', 'REST', 'SAP', 'S3', 'URL']);

/** A readable name for an AWS enum value; the value itself when it already reads well (Salesforce, S3). */
export function readableEnumName(value: string): string {
	if (READABLE[value]) return READABLE[value];
	if (/^[A-Z0-9]+(_[A-Z0-9]+)*$/.test(value) && /[A-Z]{3,}/.test(value) && !ACRONYMS.has(value)) {
		return value
			.split('_')
			.map((word) => (ACRONYMS.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
			.join(' ');
	}
	if (/[a-z][A-Z]/.test(value) || value.includes('_')) {
		return value
			.replace(/_/g, ' ')
			.replace(/([a-z])([A-Z])/g, '$1 $2')
			.replace(/\b[a-z]/g, (c) => c.toUpperCase());
	}
	return value;
}

/** Parameters whose options keep their order: the resource list's order is documented and checked in the editor. */
const KEEP_ORDER = new Set(['resource']);

function polishOptions(options: INodePropertyOptions[], sort: boolean): INodePropertyOptions[] {
	const named = options.map((o) =>
		o.name === o.value && typeof o.value === 'string' ? { ...o, name: readableEnumName(o.value) } : o,
	);
	return sort && named.length >= 5 ? [...named].sort((a, b) => a.name.localeCompare(b.name)) : named;
}

/** The parameters with readable, sorted option lists, nested collections included. */
export function withReadableOptions(properties: INodeProperties[]): INodeProperties[] {
	return properties.map((p) => {
		if ((p.type === 'options' || p.type === 'multiOptions') && Array.isArray(p.options)) {
			return { ...p, options: polishOptions(p.options as INodePropertyOptions[], !KEEP_ORDER.has(p.name)) };
		}
		if (p.type === 'collection' && Array.isArray(p.options)) {
			return { ...p, options: withReadableOptions(p.options as INodeProperties[]) };
		}
		if (p.type === 'fixedCollection' && Array.isArray(p.options)) {
			return {
				...p,
				options: (p.options as INodePropertyCollection[]).map((group) => ({
					...group,
					values: withReadableOptions(group.values),
				})),
			};
		}
		return p;
	});
}
