/**
 * The connector-specific part of a source or destination, derived from the model: for every connector type that
 * SourceConnectorProperties / DestinationConnectorProperties has a member for, each member of its properties
 * structure becomes a form field shown for the connector types that have it. Scalar members (object, bucketName,
 * writeOperationType, ...) are generated; structured ones (s3OutputFormatConfig, errorHandlingConfig, ...) have a
 * small hand-made form below, keyed by the shape they fill.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { MemberSpec, ShapeSpec } from '../../../model/modelTypes';
import { shapeOf } from '../../../model/validate';
import { memberDoc, titleCase } from '../../common/memberDocs';
import { connectorMember, enumValues, isScalarShape, text, textList } from './common';
import { modelField } from '../../common/modelField';
import { entityPicker, isEntityMember } from './pickers';
import { STRUCTURED, STRUCTURED_FIELDS } from './structuredProperties';

export type Direction = 'source' | 'destination';

export const CONTAINERS: Record<Direction, string> = {
	source: 'SourceConnectorProperties',
	destination: 'DestinationConnectorProperties',
};

export interface ConnectorEntry {
	/** The ConnectorType value, e.g. Servicenow. */
	connectorType: string;
	/** Its member in the container, e.g. ServiceNow. */
	member: string;
	shapeName: string;
	shape: ShapeSpec;
}

export function connectorEntries(direction: Direction): ConnectorEntry[] {
	const container = CONTAINERS[direction];
	return enumValues('ConnectorType').flatMap((connectorType) => {
		const member = connectorMember(container, connectorType);
		if (!member) return [];
		const shapeName = shapeOf(container).members![member].target;
		return [{ connectorType, member, shapeName, shape: shapeOf(shapeName) }];
	});
}

function scalarProperty(member: string, spec: MemberSpec, required: boolean): INodeProperties {
	const docs = memberDoc(member);
	const field = modelField(
		spec.target,
		{
			displayName: docs?.displayName ?? titleCase(member),
			name: member,
			description: docs?.description,
			placeholder: docs?.placeholder,
			required,
		},
		{ memberDefault: spec.default, optionalEnum: 'leaveToAppFlow', enumNames: 'readable' },
	);
	// The entity a flow reads or writes is picked from the connector profile's entities.
	return isEntityMember(member) && field.type === 'string' ? entityPicker(field) : field;
}

/** Reads a scalar member; empty text and booleans at the model's default are left out. */
function readScalar(value: unknown, shape: ShapeSpec, spec: MemberSpec): unknown {
	if (shape.type === 'boolean')
		return typeof value === 'boolean' && value !== ((spec.default as boolean | undefined) ?? false) ? value : undefined;
	if (shape.type === 'list') return textList(value);
	return text(value);
}

export interface ConnectorForm {
	entries: ConnectorEntry[];
	/** The fields, each shown only for the connector types whose properties have the member it fills. */
	properties: INodeProperties[];
	/** Members no field fills (none today; a test keeps it so). */
	uncovered: string[];
}

function sameScalar(a: string, b: string): boolean {
	const sa = shapeOf(a);
	const sb = shapeOf(b);
	if (sa.type === 'enum' || sb.type === 'enum') return sa.type === sb.type && sa.values!.join() === sb.values!.join();
	return sa.type === sb.type;
}

export function buildConnectorForm(direction: Direction): ConnectorForm {
	const entries = connectorEntries(direction);
	const fields = new Map<
		string,
		{ property?: INodeProperties; scalar?: { target: string; spec: MemberSpec }; types: string[]; requiredIn: number }
	>();
	const uncovered: string[] = [];
	for (const entry of entries) {
		for (const [member, spec] of Object.entries(entry.shape.members ?? {})) {
			const shape = shapeOf(spec.target);
			if (isScalarShape(shape)) {
				const seen = fields.get(member);
				if (seen?.scalar && !sameScalar(seen.scalar.target, spec.target)) {
					throw new Error(
						`${direction} connector member ${member} has two different scalar shapes (${seen.scalar.target}, ${spec.target})`,
					);
				}
				const field = seen ?? { scalar: { target: spec.target, spec }, types: [], requiredIn: 0 };
				field.types.push(entry.connectorType);
				if (spec.required) field.requiredIn++;
				fields.set(member, field);
				continue;
			}
			const structured = STRUCTURED[spec.target];
			if (!structured) {
				uncovered.push(`${entry.member}.${member}`);
				continue;
			}
			for (const name of structured.fields) {
				const field = fields.get(name) ?? { property: STRUCTURED_FIELDS[name], types: [], requiredIn: 0 };
				if (!field.types.includes(entry.connectorType)) field.types.push(entry.connectorType);
				fields.set(name, field);
			}
		}
	}
	// Required fields first, then plain optional ones, then the groups (collections, rows), each in model order.
	const rank = (p: INodeProperties) => (p.required ? 0 : ['collection', 'fixedCollection'].includes(p.type) ? 2 : 1);
	const properties = [...fields.entries()].map(([name, field]) => {
		const property = field.scalar
			? scalarProperty(name, field.scalar.spec, field.requiredIn === field.types.length)
			: field.property!;
		const everyType = field.types.length === entries.length;
		return everyType ? property : { ...property, displayOptions: { show: { connectorType: field.types } } };
	});
	properties.sort((a, b) => rank(a) - rank(b));
	return { entries, properties, uncovered };
}

/** The connector's properties structure (what goes under sourceConnectorProperties.<Member>) from the form values. */
export function readConnectorProperties(values: IDataObject, entry: ConnectorEntry): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [member, spec] of Object.entries(entry.shape.members ?? {})) {
		const shape = shapeOf(spec.target);
		const value = isScalarShape(shape)
			? readScalar(values[member], shape, spec)
			: STRUCTURED[spec.target]?.read(values, shape);
		if (value !== undefined) out[member] = value;
	}
	return out;
}
