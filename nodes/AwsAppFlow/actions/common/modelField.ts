/**
 * The one way from a model shape to an n8n field: its type, options (enum values), bounds (range), default and
 * password flag come from AWS's model. Plain operations (fields.ts), the flow forms and the connector profile forms
 * all build their fields here, each adding only its own name, title and description.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ShapeSpec } from '../../model/modelTypes';
import { shapeOf } from '../../model/validate';
import { enumLabel } from './enumLabels';

/** Leading choice of optional enums in forms: leaves the member out, so AppFlow applies its own default. */
export const DEFAULT_OPTION: INodePropertyOptions = { name: 'Default', value: '', description: 'Leave it to AppFlow' };

export interface FieldIdentity {
	name: string;
	displayName: string;
	description?: string;
	placeholder?: string;
	/** Marks the field required; omitted (not false) when not, as n8n's own nodes do. */
	required?: boolean;
}

export interface ModelFieldOptions {
	/** The member's default in the model, if it has one. */
	memberDefault?: unknown;
	/** An optional enum offers "Default" (leave it to AppFlow) first instead of preselecting a value. */
	optionalEnum?: 'firstValue' | 'leaveToAppFlow';
	/** Show the value as a password (secrets the model does not flag sensitive). */
	secret?: boolean;
	/** How key/value rows of a string map are saved and labelled. */
	rows?: KeyValueRowsOptions;
	/** Enum option names: readable words ("On Demand"), or the model's values as they are (default). */
	enumNames?: 'readable' | 'values';
}

export interface KeyValueRowsOptions {
	/** The group's name inside the fixedCollection: part of saved workflows, so never renamed. */
	group: 'entries' | 'property';
	/** The row's label, e.g. "Entry" or "Property". */
	noun: string;
	placeholder: string;
	keyDescription: string;
	valueDescription: string;
	secretValues?: boolean;
}

const DEFAULT_ROWS: KeyValueRowsOptions = {
	group: 'entries',
	noun: 'Entry',
	placeholder: 'Add Entry',
	keyDescription: 'Name of the entry',
	valueDescription: 'Value of the entry',
};

/** n8n options for an enum shape, in the model's order (which is AppFlow's documented order). */
export function enumOptions(
	shapeName: string,
	only?: (value: string) => boolean,
	names: 'readable' | 'values' = 'readable',
): INodePropertyOptions[] {
	const shape = shapeOf(shapeName);
	if (shape.type !== 'enum') throw new Error(`${shapeName} is not an enum`);
	return shape
		.values!.filter((v) => !only || only(v))
		.map((v) => ({ name: names === 'readable' ? enumLabel(v) : v, value: v }));
}

/** A map of string to string (tags, custom properties) is edited as key/value rows. */
export function isStringMap(shape: ShapeSpec): boolean {
	return shape.type === 'map' && shapeOf(shape.value!).type === 'string';
}

/** A list whose elements are plain strings or enum values: entered comma-separated, as an array, or picked. */
export function isScalarList(shape: ShapeSpec): boolean {
	return shape.type === 'list' && ['string', 'enum'].includes(shapeOf(shape.member!).type);
}

/** Key/value rows for a string map. */
export function keyValueRows(identity: FieldIdentity, rows: KeyValueRowsOptions = DEFAULT_ROWS): INodeProperties {
	return {
		...identity,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: rows.placeholder,
		default: {},
		options: [
			{
				name: rows.group,
				displayName: rows.noun,
				values: [
					{ displayName: 'Key', name: 'key', type: 'string', default: '', description: rows.keyDescription },
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: rows.valueDescription,
						typeOptions: rows.secretValues ? { password: true } : undefined,
					},
				],
			},
		],
	};
}

/** The n8n field for a value of model shape `shapeName`. */
export function modelField(
	shapeName: string,
	identity: FieldIdentity,
	options: ModelFieldOptions = {},
): INodeProperties {
	const shape = shapeOf(shapeName);
	const base: FieldIdentity = { ...identity };
	if (!base.required) delete base.required;
	if (shape.type === 'enum') {
		const choices = enumOptions(shapeName, undefined, options.enumNames ?? 'values');
		if (!identity.required && options.optionalEnum === 'leaveToAppFlow') {
			return { ...base, type: 'options', options: [DEFAULT_OPTION, ...choices], default: '' };
		}
		return {
			...base,
			type: 'options',
			options: choices,
			default: (options.memberDefault as string) ?? shape.values![0],
		};
	}
	if (isScalarList(shape) && shapeOf(shape.member!).type === 'enum') {
		const choices = enumOptions(shape.member!, undefined, options.enumNames ?? 'values');
		return { ...base, type: 'multiOptions', options: choices, default: [] };
	}
	if (isStringMap(shape)) return keyValueRows(base, options.rows);
	if (['integer', 'long', 'double'].includes(shape.type)) {
		return {
			...base,
			type: 'number',
			default: (options.memberDefault as number | undefined) ?? shape.range?.min ?? 0,
			typeOptions: {
				minValue: shape.range?.min,
				maxValue: shape.range?.max,
				numberPrecision: shape.type === 'double' ? 2 : 0,
			},
		};
	}
	if (shape.type === 'boolean') {
		return {
			...base,
			description: base.description ?? `Whether to set ${base.displayName}`,
			type: 'boolean',
			default: (options.memberDefault as boolean | undefined) ?? false,
		};
	}
	if (shape.type === 'timestamp') return { ...base, type: 'dateTime', default: '' };
	if (shape.type === 'string' || isScalarList(shape)) {
		const password = options.secret || shape.sensitive;
		return { ...base, type: 'string', default: '', typeOptions: password ? { password: true } : undefined };
	}
	return { ...base, type: 'json', default: shape.type === 'list' ? '[]' : '{}' };
}
