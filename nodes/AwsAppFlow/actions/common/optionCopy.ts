/**
 * The last pass over the node's parameters, for n8n's copy rules on option lists: options still named by their raw
 * AWS enum value get the readable name from enumLabels.ts (SAPOData -> SAP OData, OAUTH2 -> OAuth 2.0,
 * InProgress -> In Progress) while their values, which workflows save, stay AWS's; and lists of 5 or more options
 * are sorted alphabetically by name. Defaults are values, so sorting changes no default.
 */
import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { enumLabel } from './enumLabels';

/** Parameters whose options keep their order: the resource list's order is documented and checked in the editor. */
const KEEP_ORDER = new Set(['resource']);

function polishOptions(options: INodePropertyOptions[], sort: boolean): INodePropertyOptions[] {
	const named = options.map((o) =>
		o.name === o.value && typeof o.value === 'string' ? { ...o, name: enumLabel(o.value) } : o,
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
