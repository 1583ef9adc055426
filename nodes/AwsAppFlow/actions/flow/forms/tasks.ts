/**
 * Tasks form: the tasks list as AppFlow expects it for the two common shapes of flow, plus filters.
 * - Map All: one Map_all task (`sourceFields: []`, `taskProperties: {}`) with the source's NO_OP operator.
 * - Explicit Mappings: a Filter task with the PROJECTION operator listing the mapped source fields, then one Map
 *   task per mapping (NO_OP operator, optional SOURCE_DATA_TYPE / DESTINATION_DATA_TYPE).
 * Filters become Filter tasks with the chosen operator: VALUE, VALUES (Equal To / Not Equal To) or
 * LOWER_BOUND/UPPER_BOUND (Between), plus DATA_TYPE. Anything else (Arithmetic, Mask, Merge, Truncate, Validate,
 * Partition tasks, ...) takes the whole list as JSON.
 * Operators are keyed by the source connector type, so the reader needs it: from the source form or, when
 * updating without a new source, from the flow as it is.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showValue } from '../../../model/validate';
import { inputError, type MemberReader } from '../../common/request';
import { compact, jsonField, rows, text, unsetAsDefault, withDefaults } from './common';
import { FILTER_FIELDS, filterTask, operatorFor } from './filters';
import { optionalParameter } from '../../common/request';
import { sourceFieldPicker } from './pickers';
import { sourceConnectorType } from './source';

const MAPPING_FIELDS: INodeProperties[] = [
	sourceFieldPicker(
		{
			displayName: 'Source Field',
			name: 'sourceField',
			type: 'string',
			default: '',
			required: true,
			description: 'Field of the source object',
		},
		'listSourceFields',
	),
	{
		displayName: 'Destination Field',
		name: 'destinationField',
		type: 'string',
		default: '',
		placeholder: 'e.g. account_id',
		description: 'Field to write it to; the source field name if empty',
	},
	{
		displayName: 'Source Data Type',
		name: 'sourceDataType',
		type: 'string',
		default: '',
		placeholder: 'e.g. string',
		description:
			'Data type of the source field as the connector reports it (for example ID, string, double, datetime); optional',
	},
	{
		displayName: 'Destination Data Type',
		name: 'destinationDataType',
		type: 'string',
		default: '',
		placeholder: 'e.g. string',
		description: 'Data type of the destination field; optional',
	},
];

export const TASKS_FIELDS: INodeProperties[] = [
	{
		displayName: 'Mapping Mode',
		name: 'mode',
		type: 'options',
		options: [
			{
				name: 'Map All Fields',
				value: 'mapAll',
				description: 'Copy every source field to a destination field of the same name',
			},
			{
				name: 'Explicit Mappings',
				value: 'mappings',
				description: 'Copy only the fields listed, each to the destination field given',
			},
			{ name: 'JSON', value: 'json', description: "Give the whole tasks list in AppFlow's syntax" },
		],
		default: 'mapAll',
	},
	{
		displayName: 'Mappings',
		name: 'mappings',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Mapping',
		default: {},
		displayOptions: { show: { mode: ['mappings'] } },
		options: [{ name: 'mapping', displayName: 'Mapping', values: MAPPING_FIELDS }],
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Filter',
		default: {},
		description: 'Records must pass every filter to be transferred',
		displayOptions: { show: { mode: ['mapAll', 'mappings'] } },
		options: [{ name: 'filter', displayName: 'Filter', values: FILTER_FIELDS }],
	},
	{
		displayName: 'Tasks (JSON)',
		name: 'json',
		type: 'json',
		default:
			'[\n  { "taskType": "Map_all", "sourceFields": [], "taskProperties": {}, "connectorOperator": { "S3": "NO_OP" } }\n]',
		description: "The whole tasks list in AppFlow's syntax",
		displayOptions: { show: { mode: ['json'] } },
	},
];

export const TASKS_PROPERTY: INodeProperties = {
	displayName: 'Tasks',
	name: 'tasks',
	type: 'fixedCollection',
	placeholder: 'Set Tasks',
	// Empty for the same reason as the trigger's; Create Flow reads unset tasks as Map All.
	default: {},
	description: 'Which fields the flow transfers, where to, and which records',
	options: [{ name: 'definition', displayName: 'Tasks', values: TASKS_FIELDS }],
};

export function buildTasks(
	fn: IExecuteFunctions,
	itemIndex: number,
	group: IDataObject,
	sourceType: string | undefined,
): unknown {
	const values = withDefaults(group, TASKS_FIELDS);
	if (values.mode === 'json') return jsonField(fn, itemIndex, 'Tasks (JSON)', values.json);
	const filters = rows((values.filters as IDataObject | undefined)?.filter).map((row, n) =>
		filterTask(fn, itemIndex, row, n + 1, sourceType),
	);
	if (values.mode === 'mapAll') {
		return [
			compact({
				taskType: 'Map_all',
				sourceFields: [],
				connectorOperator: operatorFor(sourceType, 'NO_OP'),
				taskProperties: {},
			}),
			...filters,
		];
	}
	if (values.mode !== 'mappings')
		throw inputError(fn, itemIndex, `Unknown mapping mode ${showValue(values.mode)}`, 'Use mapAll, mappings or json.');
	const mappingRows = rows((values.mappings as IDataObject | undefined)?.mapping);
	if (mappingRows.length === 0)
		throw inputError(
			fn,
			itemIndex,
			'Explicit mappings need at least one mapping',
			'Add a mapping, or choose Map All Fields.',
		);
	const maps = mappingRows.map((row, n) => {
		const m = withDefaults(row, MAPPING_FIELDS);
		const sourceField = text(m.sourceField);
		if (!sourceField) throw inputError(fn, itemIndex, `Mapping ${n + 1} has no source field`);
		return compact({
			taskType: 'Map',
			sourceFields: [sourceField],
			destinationField: text(m.destinationField) ?? sourceField,
			connectorOperator: operatorFor(sourceType, 'NO_OP'),
			taskProperties: compact({
				SOURCE_DATA_TYPE: text(m.sourceDataType),
				DESTINATION_DATA_TYPE: text(m.destinationDataType),
			}),
		})!;
	});
	const projected = [...new Set(maps.map((t) => (t.sourceFields as string[])[0]))];
	const projection = compact({
		taskType: 'Filter',
		sourceFields: projected,
		connectorOperator: operatorFor(sourceType, 'PROJECTION'),
	})!;
	return [projection, ...filters, ...maps];
}

/** tasks from the form's fixedCollection value (or a JSON text saved by an older version). */
export async function readTasks(
	fn: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	sourceType: () => Promise<string | undefined> | string | undefined,
): Promise<unknown> {
	if (raw === undefined || raw === null || raw === '') return undefined;
	if (typeof raw === 'string') return jsonField(fn, itemIndex, 'tasks', raw);
	const group = (raw as IDataObject).definition as IDataObject | undefined;
	if (!group) return undefined;
	const needsSource = withDefaults(group, TASKS_FIELDS).mode !== 'json';
	return buildTasks(fn, itemIndex, group, needsSource ? await sourceType() : undefined);
}

/**
 * The reader of tasks at `path`. The source connector type comes from the source form at `sourcePath`, else from
 * `currentSourceType` (Update Flow: the source of the flow as it is).
 */
export function tasksReader(
	path: string,
	sourcePath: string,
	currentSourceType?: (fn: IExecuteFunctions, itemIndex: number) => Promise<string | undefined>,
	whenUnset?: IDataObject,
): MemberReader {
	return async (fn, itemIndex) =>
		await readTasks(
			fn,
			itemIndex,
			unsetAsDefault(optionalParameter(fn, path, itemIndex), whenUnset),
			async () => sourceConnectorType(fn, itemIndex, sourcePath) ?? (await currentSourceType?.(fn, itemIndex)),
		);
}
