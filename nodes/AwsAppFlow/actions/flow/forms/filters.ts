/**
 * The Filters rows of the tasks form: a source field (picked from the source entity's fields), an operator and what
 * it compares with, typed as text or picked as dates (sent as epoch milliseconds, as AppFlow compares date-time
 * fields). Each row becomes one Filter task.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showValue } from '../../../model/validate';
import { inputError } from '../../common/request';
import { compact, connectorMember, enumValues, text, withDefaults } from './common';
import { enumOptions } from '../../common/modelField';
import { toEpochMs } from '../../flowExecution/runFilters';
import { sourceFieldPicker } from './pickers';

/** What a filter operator compares with, per AppFlow's task properties. The model's Operator enum lists them. */
const FILTER_OPERATORS: Record<string, 'value' | 'values' | 'bounds'> = {
	BETWEEN: 'bounds',
	CONTAINS: 'value',
	EQUAL_TO: 'values',
	GREATER_THAN: 'value',
	GREATER_THAN_OR_EQUAL_TO: 'value',
	LESS_THAN: 'value',
	LESS_THAN_OR_EQUAL_TO: 'value',
	NOT_EQUAL_TO: 'values',
};

for (const op of Object.keys(FILTER_OPERATORS)) {
	if (!enumValues('Operator').includes(op))
		throw new Error(`Filter operator ${op} is not in the model's Operator enum`);
}

/** How a filter's values are given: as typed (the default, as saved before), or picked dates sent as epoch ms. */

export const FILTER_FIELDS: INodeProperties[] = [
	sourceFieldPicker(
		{
			displayName: 'Field',
			name: 'field',
			type: 'string',
			default: '',
			required: true,
			description: 'Source field to filter on',
		},
		'listFilterFields',
	),
	{
		displayName: 'Operator',
		name: 'operator',
		type: 'options',
		options: enumOptions('Operator', (v) => v in FILTER_OPERATORS).sort((a, b) => a.name.localeCompare(b.name)),
		default: 'EQUAL_TO',
		description:
			"How to compare; each connector supports some of them (the request check names the ones the source's operator list lacks)",
	},
	{
		displayName: 'Value Type',
		name: 'valueType',
		type: 'options',
		options: [
			{
				name: 'Date and Time',
				value: 'dateTime',
				description: 'Pick dates and times, for date-time and date fields',
			},
			{ name: 'Text or Number', value: 'text', description: 'Type the values as AppFlow compares them' },
		],
		default: 'text',
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		description:
			'Value to compare with; for Equal To and Not Equal To, one or more values, comma-separated. Dates as epoch milliseconds.',
		displayOptions: { hide: { operator: ['BETWEEN'], valueType: ['dateTime'] } },
	},
	{
		displayName: 'Lower Bound',
		name: 'lowerBound',
		type: 'string',
		default: '',
		description: 'Lowest value kept. Dates as epoch milliseconds.',
		displayOptions: { show: { operator: ['BETWEEN'] }, hide: { valueType: ['dateTime'] } },
	},
	{
		displayName: 'Upper Bound',
		name: 'upperBound',
		type: 'string',
		default: '',
		description: 'Highest value kept. Dates as epoch milliseconds.',
		displayOptions: { show: { operator: ['BETWEEN'] }, hide: { valueType: ['dateTime'] } },
	},
	{
		displayName: 'Date',
		name: 'dateValue',
		type: 'dateTime',
		default: '',
		description:
			"Date and time to compare with; one without a time zone is read in the workflow's time zone. Sent as epoch milliseconds.",
		displayOptions: { show: { valueType: ['dateTime'] }, hide: { operator: ['BETWEEN'] } },
	},
	{
		displayName: 'From',
		name: 'dateLowerBound',
		type: 'dateTime',
		default: '',
		description:
			"Earliest date and time kept; one without a time zone is read in the workflow's time zone. Sent as epoch milliseconds.",
		displayOptions: { show: { valueType: ['dateTime'], operator: ['BETWEEN'] } },
	},
	{
		displayName: 'To',
		name: 'dateUpperBound',
		type: 'dateTime',
		default: '',
		description:
			"Latest date and time kept; one without a time zone is read in the workflow's time zone. Sent as epoch milliseconds.",
		displayOptions: { show: { valueType: ['dateTime'], operator: ['BETWEEN'] } },
	},
	{
		displayName: 'Data Type',
		name: 'dataType',
		type: 'string',
		default: '',
		placeholder: 'e.g. datetime',
		description:
			'Data type of the field as the connector reports it (for example string, double, datetime, boolean); datetime if empty and Value Type is Date and Time',
	},
];

/** A picked date (or an ISO text, Date, Luxon DateTime, epoch number from an expression) as epoch ms text. */
function epochMsText(fn: IExecuteFunctions, itemIndex: number, value: unknown, label: string): string | undefined {
	const ms = toEpochMs(value, fn.getTimezone());
	if (ms === undefined) return undefined;
	if (!Number.isFinite(ms))
		throw inputError(
			fn,
			itemIndex,
			`${label} is not a date and time (got ${showValue(value)})`,
			'Pick a date and time, or give an ISO 8601 text such as 2026-12-01T09:30:00Z, or an expression such as {{ $now.minus(1, "day") }}.',
		);
	return String(Math.round(ms));
}

/** `{ <SourceMember>: operator }`, or nothing if the source type is unknown (the request check then names the source). */
export function operatorFor(sourceType: string | undefined, operator: string): Record<string, string> | undefined {
	const member = sourceType === undefined ? undefined : connectorMember('ConnectorOperator', sourceType);
	return member ? { [member]: operator } : undefined;
}

export function filterTask(
	fn: IExecuteFunctions,
	itemIndex: number,
	row: IDataObject,
	position: number,
	sourceType: string | undefined,
): Record<string, unknown> {
	const values = withDefaults(row, FILTER_FIELDS);
	const field = text(values.field);
	// Only the operators listed; anything else (a wrong type from an expression, or a name like __proto__) is refused.
	const operator =
		typeof values.operator === 'string' && Object.prototype.hasOwnProperty.call(FILTER_OPERATORS, values.operator)
			? values.operator
			: undefined;
	const kind = operator === undefined ? undefined : FILTER_OPERATORS[operator];
	const where = `Filter ${position}${field ? ` (${field})` : ''}`;
	if (!field) throw inputError(fn, itemIndex, `${where} has no field`, 'Set the source field the filter compares.');
	if (!kind || operator === undefined)
		throw inputError(
			fn,
			itemIndex,
			`${where}: ${showValue(values.operator)} is not a filter operator`,
			`Use one of: ${Object.keys(FILTER_OPERATORS).join(', ')}`,
		);
	const properties: Record<string, string> = {};
	const dates = values.valueType === 'dateTime';
	// Picked dates go out as AppFlow compares date-time fields: epoch milliseconds, as text.
	const read = (textName: string, dateName: string, label: string) =>
		dates ? epochMsText(fn, itemIndex, values[dateName], `${where}: ${label}`) : text(values[textName]);
	if (kind === 'bounds') {
		const lower = read('lowerBound', 'dateLowerBound', 'From');
		const upper = read('upperBound', 'dateUpperBound', 'To');
		if (!lower || !upper) throw inputError(fn, itemIndex, `${where}: Between needs a lower and an upper bound`);
		properties.LOWER_BOUND = lower;
		properties.UPPER_BOUND = upper;
	} else {
		const value = read('value', 'dateValue', 'Date');
		if (!value) throw inputError(fn, itemIndex, `${where} has no value to compare with`);
		properties[kind === 'values' ? 'VALUES' : 'VALUE'] = value;
	}
	const dataType = text(values.dataType) ?? (dates ? 'datetime' : undefined);
	if (dataType) properties.DATA_TYPE = dataType;
	return compact({
		taskType: 'Filter',
		sourceFields: [field],
		connectorOperator: operatorFor(sourceType, operator),
		taskProperties: properties,
	})!;
}
