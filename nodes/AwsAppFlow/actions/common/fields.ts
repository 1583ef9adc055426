/**
 * Builds n8n parameters for AppFlow request members from the generated model table, so a field's type, its
 * options (enum values) and its bounds (range) come from AWS's model rather than hand-copied lists.
 */
import type { INodeProperties } from 'n8n-workflow';

import { APPFLOW_MODEL } from '../../model/appflow.generated';
import type { ShapeSpec } from '../../model/modelTypes';
import { shapeOf } from '../../model/validate';
import { isPagingMember } from '../../transport/paginate';
import { isLocatorMember, locatorTyped } from './locators';
import { memberDoc, titleCase } from './memberDocs';
import { modelField, type KeyValueRowsOptions } from './modelField';

export function inputShape(action: string): ShapeSpec {
	return shapeOf(APPFLOW_MODEL.operations[action].input);
}

/** Tags are the one string map among top-level members: their rows say so. */
const TAG_ROWS: KeyValueRowsOptions = {
	group: 'entries',
	noun: 'Entry',
	placeholder: 'Add Tag',
	keyDescription: 'Key of the entry (for tags: the tag key, e.g. team)',
	valueDescription: 'Value of the entry (for tags: the tag value, e.g. data)',
};

/** One n8n parameter for a request member, named exactly after it. */
export function memberProperty(
	action: string,
	member: string,
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	const spec = inputShape(action).members?.[member];
	if (!spec) throw new Error(`${action} has no member ${member}`);
	const docs = memberDoc(member);
	const identity = {
		displayName: docs?.displayName ?? titleCase(member),
		name: member,
		description: docs?.description,
		placeholder: docs?.placeholder,
		required: spec.required ?? false,
	};
	const shape = shapeOf(spec.target);
	const field =
		shape.type === 'string' && isLocatorMember(action, member)
			? ({ ...identity, ...locatorTyped(member, shape) } as INodeProperties)
			: modelField(spec.target, identity, { memberDefault: spec.default, rows: TAG_ROWS });
	return { ...field, ...overrides } as INodeProperties;
}

/**
 * The `additionalFields` collection holding the optional top-level members not given their own parameter.
 * A required member is included too when `overrides` names it (Update Flow fills such members from the current flow).
 */
export function additionalFieldsProperty(
	action: string,
	exclude: readonly string[] = [],
	overrides: Record<string, Partial<INodeProperties>> = {},
): INodeProperties | undefined {
	const members = Object.entries(inputShape(action).members!)
		.filter(
			([name, spec]) =>
				(!spec.required || name in overrides) && !isPagingMember(action, name) && !exclude.includes(name),
		)
		.map(([name]) => memberProperty(action, name, { required: false, ...overrides[name] }))
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
	if (members.length === 0) return undefined;
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: members,
	};
}

export function paginationProperties(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/**
 * Fields (the form) or JSON (the whole request). Every operation shows its own copy after its form, so the first
 * thing a user fills in is what the operation needs; saved workflows hold one `inputMode` value as before.
 */
export const inputModeProperty: INodeProperties = {
	displayName: 'Input Mode',
	name: 'inputMode',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Fields', value: 'fields', description: 'Fill in the request with form fields' },
		{ name: 'JSON', value: 'json', description: "Give the whole request as JSON in AppFlow's request syntax" },
	],
	default: 'fields',
	description: 'Whether to fill in the request with the form above or give it whole as JSON',
};
