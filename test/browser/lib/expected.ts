/**
 * What the panel should show, read from the built node (dist/, the code that was packed and installed), plus the
 * names the issue fixes by hand so a rename cannot slip through unnoticed.
 */
import { join } from 'node:path';

import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import { REPO_ROOT } from '../../../scripts/n8n/versions';

/** The six resources, in this order ("Proof in a real n8n", item 4). */
export const RESOURCES = ['Flow', 'Flow Execution', 'Connector Profile', 'Connector', 'Connector Entity', 'Tag'];
/** Fields of Flow → Create in Fields mode that must be there whatever else changes. */
export const CREATE_FLOW_FIELDS = ['Flow Name', 'Trigger', 'Source', 'Destinations', 'Tasks'];

export function builtDescription(): INodeTypeDescription {
	const file = join(REPO_ROOT, 'dist', 'nodes', 'AwsAppFlow', 'AwsAppFlow.node.js');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { AwsAppFlow } = require(file) as { AwsAppFlow: new () => { description: INodeTypeDescription } };
	return new AwsAppFlow().description;
}

function optionNames(property: INodeProperties | undefined): string[] {
	return ((property?.options ?? []) as Array<{ name: string }>).map((o) => o.name);
}

function shown(property: INodeProperties, values: Record<string, string>): boolean {
	const show = property.displayOptions?.show ?? {};
	const hide = property.displayOptions?.hide ?? {};
	for (const [key, allowed] of Object.entries(show)) {
		if (key.startsWith('@') || key.startsWith('/')) continue;
		if (!(allowed as unknown[]).includes(values[key])) return false;
	}
	for (const [key, hidden] of Object.entries(hide)) {
		if (key.startsWith('@') || key.startsWith('/')) continue;
		if ((hidden as unknown[]).includes(values[key])) return false;
	}
	return true;
}

export interface Expected {
	resources: string[];
	/** Operation names of one resource, by resource value. */
	operations(resource: string): string[];
	/** Labels of the top-level parameters shown for these values (resource, operation, inputMode). */
	fields(values: Record<string, string>): string[];
	/** Display name of an option value of the resource parameter, or of the operation parameter of a resource. */
	resourceName(value: string): string;
	operationName(resource: string, value: string): string;
	/** The node creator's action label of an operation ("Create a flow"). */
	operationAction(resource: string, value: string): string;
}

export function expectedFrom(description: INodeTypeDescription): Expected {
	const properties = description.properties;
	const resource = properties.find((p) => p.name === 'resource');
	const operationOf = (r: string) => properties.find((p) => p.name === 'operation' && shown(p, { resource: r }));
	const nameOf = (property: INodeProperties | undefined, value: string) =>
		((property?.options ?? []) as Array<{ name: string; value: unknown }>).find((o) => o.value === value)?.name ??
		value;
	return {
		resources: optionNames(resource),
		operations: (r) => optionNames(operationOf(r)),
		fields: (values) =>
			properties
				.filter(
					(p) =>
						!['resource', 'operation', 'inputMode', 'notice'].includes(p.name) &&
						p.type !== 'notice' &&
						shown(p, values),
				)
				.map((p) => p.displayName),
		resourceName: (value) => nameOf(resource, value),
		operationName: (r, value) => nameOf(operationOf(r), value),
		operationAction: (r, value) =>
			((operationOf(r)?.options ?? []) as Array<{ value: unknown; action?: string }>).find((o) => o.value === value)
				?.action ?? value,
	};
}
