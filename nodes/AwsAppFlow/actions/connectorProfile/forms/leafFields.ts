/**
 * One n8n field per form leaf (type, options, bounds and password flag from the model) and the reverse: a field's
 * value from n8n's editor turned into the member value, or undefined when the user left it empty.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isPlainObject, shapeOf, showValue } from '../../../model/validate';
import { inputError, parseJsonParameter } from '../../common/request';
import { memberDoc } from '../../common/memberDocs';
import { modelField } from '../../common/modelField';
import { strictBoolean, strictNumber } from '../../common/strictValues';
import { isSecretShape } from '../../../model/secrets';
import { fieldTitle, isPasswordLeaf, type FormLeaf } from './formLeaves';

/** The field's title: its own, then the groups it sits in, e.g. "Auth Code (OAuth Request)". */
export function leafTitle(leaf: FormLeaf): string {
	const own = fieldTitle(leaf.path[leaf.path.length - 1]);
	return leaf.groups.length > 0 ? `${own} (${leaf.groups.join(' › ')})` : own;
}

export function leafField(leaf: FormLeaf, name: string, required: boolean): INodeProperties {
	const member = leaf.path[leaf.path.length - 1];
	const docs = memberDoc(member, 'profile');
	const identity = {
		displayName: leafTitle(leaf),
		name,
		description: docs?.description,
		placeholder: docs?.placeholder,
		required,
	};
	switch (leaf.kind) {
		case 'map':
			return modelField(leaf.shapeName, identity, {
				rows: {
					group: 'entries',
					noun: 'Entry',
					placeholder: 'Add Entry',
					keyDescription: 'Name of the entry, as the connector expects it',
					valueDescription: 'Value of the entry',
					secretValues: isSecretShape(leaf.shape.value!) || isPasswordLeaf(leaf),
				},
			});
		case 'list':
			return { ...identity, type: 'string', default: '', description: docs?.description ?? 'Values, comma-separated' };
		case 'json':
			return { ...identity, type: 'json', default: leaf.shape.type === 'list' ? '[]' : '{}' };
		case 'scalar':
			return modelField(leaf.shapeName, identity, { secret: isPasswordLeaf(leaf) });
	}
}

/** The member value for a field's value, or undefined when empty; wrong types are left for the validator to name. */
export function leafValue(
	fn: IExecuteFunctions,
	itemIndex: number,
	leaf: FormLeaf,
	label: string,
	raw: unknown,
): unknown {
	if (raw === undefined || raw === null || raw === '') return undefined;
	switch (leaf.kind) {
		case 'map': {
			const entries = isPlainObject(raw) ? raw.entries : undefined;
			if (!Array.isArray(entries)) return raw; // a wrong type from an expression: the validator names it
			const filled = entries.filter(
				(row): row is IDataObject => isPlainObject(row) && row.key !== undefined && row.key !== '',
			);
			for (const row of filled) {
				if (typeof row.key !== 'string')
					throw inputError(fn, itemIndex, `${label}: every key must be text (got ${showValue(row.key)})`);
			}
			return filled.length > 0 ? Object.fromEntries(filled.map((row) => [row.key as string, row.value])) : undefined;
		}
		case 'list': {
			if (Array.isArray(raw)) return raw.length > 0 ? raw : undefined;
			if (typeof raw !== 'string') return raw;
			const values = raw
				.split(',')
				.map((s) => s.trim())
				.filter((s) => s !== '');
			return values.length > 0 ? values : undefined;
		}
		case 'json':
			return parseJsonParameter(fn, itemIndex, label, raw);
		case 'scalar':
			break;
	}
	const type = shapeOf(leaf.shapeName).type;
	if (['integer', 'long', 'double'].includes(type) && typeof raw === 'string') return strictNumber(raw) ?? raw;
	if (type === 'boolean' && typeof raw === 'string') return strictBoolean(raw) ?? raw;
	return raw;
}
