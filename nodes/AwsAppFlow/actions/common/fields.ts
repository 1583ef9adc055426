/**
 * Builds n8n parameters for AppFlow request members from the generated model table, so a field's type, its
 * options (enum values) and its bounds (range) come from AWS's model rather than hand-copied lists.
 */
import type { INodeProperties, NodePropertyTypes } from 'n8n-workflow';

import { APPFLOW_MODEL } from '../../model/appflow.generated';
import type { ShapeSpec } from '../../model/modelTypes';
import { shapeOf } from '../../model/validate';
import { isPagingMember } from '../../transport/paginate';
import { isLocatorMember, locatorTyped } from './locators';
import { MEMBER_DOCS, titleCase } from './memberDocs';

export function inputShape(action: string): ShapeSpec {
	return shapeOf(APPFLOW_MODEL.operations[action].input);
}

export function memberShape(action: string, member: string): ShapeSpec {
	const spec = inputShape(action).members?.[member];
	if (!spec) throw new Error(`${action} has no member ${member}`);
	return shapeOf(spec.target);
}

/** A map of string to string (tags) is edited as key/value rows. */
export function isStringMap(shape: ShapeSpec): boolean {
	return shape.type === 'map' && shapeOf(shape.value!).type === 'string';
}

/** A list whose elements are plain strings or enum values: entered comma-separated, as an array, or picked. */
export function isScalarList(shape: ShapeSpec): boolean {
	return shape.type === 'list' && ['string', 'enum'].includes(shapeOf(shape.member!).type);
}

function jsonDefault(shape: ShapeSpec): string {
	return shape.type === 'list' ? '[]' : '{}';
}

/** One n8n parameter for a request member, named exactly after it. */
export function memberProperty(
	action: string,
	member: string,
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	const shape = memberShape(action, member);
	const spec = inputShape(action).members![member];
	const docs = MEMBER_DOCS[member];
	const base = {
		displayName: docs?.displayName ?? titleCase(member),
		name: member,
		description: docs?.description,
		placeholder: docs?.placeholder,
		required: spec.required ?? false,
	};
	let typed: Omit<INodeProperties, 'displayName' | 'name'>;
	if (shape.type === 'enum') {
		typed = {
			type: 'options',
			options: shape.values!.map((v) => ({ name: v, value: v })),
			default: (spec.default as string | undefined) ?? shape.values![0],
		};
	} else if (isScalarList(shape) && shapeOf(shape.member!).type === 'enum') {
		typed = {
			type: 'multiOptions',
			options: shapeOf(shape.member!).values!.map((v) => ({ name: v, value: v })),
			default: [],
		};
	} else if (isStringMap(shape)) {
		typed = {
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Tag',
			default: {},
			options: [
				{
					name: 'entries',
					displayName: 'Entry',
					values: [
						{
							displayName: 'Key',
							name: 'key',
							type: 'string',
							default: '',
							description: 'Key of the entry (for tags: the tag key, e.g. team)',
						},
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							description: 'Value of the entry (for tags: the tag value, e.g. data)',
						},
					],
				},
			],
		};
	} else if (['integer', 'long', 'double'].includes(shape.type)) {
		typed = {
			type: 'number',
			default: (spec.default as number | undefined) ?? shape.range?.min ?? 0,
			typeOptions: {
				minValue: shape.range?.min,
				maxValue: shape.range?.max,
				numberPrecision: shape.type === 'double' ? 2 : 0,
			},
		};
	} else if (shape.type === 'boolean') {
		typed = { type: 'boolean', default: (spec.default as boolean | undefined) ?? false };
	} else if (shape.type === 'timestamp') {
		typed = { type: 'dateTime', default: '' };
	} else if (shape.type === 'string' && isLocatorMember(action, member)) {
		typed = locatorTyped(member, shape);
	} else if (shape.type === 'string' || isScalarList(shape)) {
		typed = {
			type: 'string' as NodePropertyTypes,
			default: '',
			typeOptions: shape.sensitive ? { password: true } : undefined,
		};
	} else {
		typed = { type: 'json', default: jsonDefault(shape) };
	}
	return { ...base, ...typed, ...overrides } as INodeProperties;
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
