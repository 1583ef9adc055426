/**
 * Helpers shared by the flow forms: option lists from the model's enums, connector names, and reading a form's
 * values the way n8n hands them over (fixedCollection groups, collections, defaults filled in).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ShapeSpec } from '../../../model/modelTypes';
import { isPlainObject, shapeOf } from '../../../model/validate';
import { titleCase } from '../../common/memberDocs';
import { parseJsonParameter } from '../../common/request';

/** The values of an enum shape of the model. */
export function enumValues(shapeName: string): string[] {
	const shape = shapeOf(shapeName);
	if (shape.type !== 'enum') throw new Error(`${shapeName} is not an enum`);
	return shape.values!;
}

/** Connector names as AWS writes them; others are the Title Case of the model's member name. */
const CONNECTOR_LABELS: Record<string, string> = {
	CustomConnector: 'Custom Connector',
	CustomerProfiles: 'Amazon Connect Customer Profiles',
	EventBridge: 'Amazon EventBridge',
	Honeycode: 'Amazon Honeycode',
	LookoutMetrics: 'Amazon Lookout for Metrics',
	Redshift: 'Amazon Redshift',
	S3: 'Amazon S3',
	SAPOData: 'SAP OData',
	ServiceNow: 'ServiceNow',
	Trendmicro: 'Trend Micro',
};

export function connectorLabel(memberName: string): string {
	return CONNECTOR_LABELS[memberName] ?? titleCase(memberName);
}

/**
 * The member of a per-connector structure (SourceConnectorProperties, ConnectorOperator, ...) that belongs to a
 * ConnectorType value. The enum and the member names differ in case for some (Servicenow / ServiceNow).
 */
export function connectorMember(containerShape: string, connectorType: string): string | undefined {
	const wanted = connectorType.toLowerCase();
	return Object.keys(shapeOf(containerShape).members!).find((m) => m.toLowerCase() === wanted);
}

/** ConnectorType values that have a member in the container, with their member name, as n8n options. */
export function connectorTypeOptions(containerShape: string): INodePropertyOptions[] {
	return enumValues('ConnectorType')
		.map((type) => ({ type, member: connectorMember(containerShape, type) }))
		.filter((c): c is { type: string; member: string } => c.member !== undefined)
		.map((c) => ({ name: connectorLabel(c.member), value: c.type }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The group values with each field's declared default where it is missing, as n8n fills them in at run time. */
export function withDefaults(values: IDataObject | undefined, properties: INodeProperties[]): IDataObject {
	const out: IDataObject = { ...(values ?? {}) };
	for (const p of properties) {
		if (out[p.name] === undefined && p.default !== undefined) out[p.name] = p.default as IDataObject[keyof IDataObject];
	}
	return out;
}

/** Rows of a multipleValues fixedCollection option (n8n gives an array; an expression may give one object). */
export function rows(value: unknown): IDataObject[] {
	if (Array.isArray(value)) return value.filter(isPlainObject) as IDataObject[];
	return isPlainObject(value) ? [value as IDataObject] : [];
}

/** A trimmed non-empty text, or undefined. Numbers from expressions become text. */
export function text(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

/** A comma-separated text (or an array from an expression) as a list of non-empty strings, or undefined. */
export function textList(value: unknown): string[] | undefined {
	const parts = Array.isArray(value)
		? value.map((v) => text(v))
		: typeof value === 'string'
			? value.split(',').map((v) => text(v))
			: [];
	const list = parts.filter((v): v is string => v !== undefined);
	return list.length > 0 ? list : undefined;
}

/** The object without its undefined members; undefined if nothing is left. */
export function compact(value: Record<string, unknown>): Record<string, unknown> | undefined {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
	return Object.keys(out).length > 0 ? out : undefined;
}

/** A JSON escape field's value: text is parsed (errors name the field), an object from an expression is kept. */
export function jsonField(fn: IExecuteFunctions, itemIndex: number, label: string, value: unknown): unknown {
	if (value === undefined || value === null) return undefined;
	return parseJsonParameter(fn, itemIndex, label, value);
}

/** A form left untouched (n8n stores nothing, or an empty collection) reads as `whenUnset`. */
export function unsetAsDefault(raw: unknown, whenUnset: IDataObject | undefined): unknown {
	const unset =
		raw === undefined || raw === null || raw === '' || (isPlainObject(raw) && Object.keys(raw).length === 0);
	return unset && whenUnset ? whenUnset : raw;
}

/** Scalar member shapes the connector forms offer as one plain field each. */
export function isScalarShape(shape: ShapeSpec): boolean {
	if (['string', 'enum', 'boolean'].includes(shape.type)) return true;
	return shape.type === 'list' && ['string', 'enum'].includes(shapeOf(shape.member!).type);
}

/** The map built from key/value rows; keys become own properties even if named like __proto__. */
export function readKeyValueRows(value: unknown): Record<string, unknown> | undefined {
	const entries = rows((value as IDataObject | undefined)?.property)
		// Numbers and booleans from expressions become text; other types stay as given for the validator to name.
		.map((row): readonly [string | undefined, unknown] => [
			text(row.key),
			typeof row.value === 'number' || typeof row.value === 'boolean' ? String(row.value) : (row.value ?? ''),
		])
		.filter((e): e is readonly [string, unknown] => e[0] !== undefined);
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
