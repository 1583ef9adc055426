/**
 * Trigger form: triggerConfig from a trigger type and, for scheduled flows, the schedule. It covers every member
 * of TriggerConfig, so it has no JSON escape (a JSON text saved by an older version is still read).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { shapeOf } from '../../../model/validate';
import type { MemberReader } from '../../common/request';
import { compact, jsonField, text, unsetAsDefault, withDefaults } from './common';
import { enumOptions } from '../../common/modelField';
import { optionalParameter } from '../../common/request';

const range = (shape: string) => ({ minValue: shapeOf(shape).range?.min, maxValue: shapeOf(shape).range?.max });

const SCHEDULE_OPTIONS: INodeProperties = {
	displayName: 'Schedule Options',
	name: 'scheduleOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Deactivate After Failed Runs',
			name: 'flowErrorDeactivationThreshold',
			type: 'number',
			typeOptions: range('FlowErrorDeactivationThreshold'),
			default: 10,
			description: 'Number of failed runs in a row after which AppFlow deactivates the flow',
		},
		{
			displayName: 'First Run From',
			name: 'firstExecutionFrom',
			type: 'dateTime',
			default: '',
			description: 'For incremental flows: the date from which the first run pulls records',
		},
		{
			displayName: 'Schedule End Time',
			name: 'scheduleEndTime',
			type: 'dateTime',
			default: '',
			description: 'When the schedule stops',
		},
		{
			displayName: 'Schedule Offset (Seconds)',
			name: 'scheduleOffset',
			type: 'number',
			typeOptions: range('ScheduleOffset'),
			default: 0,
			description: 'Delay after each scheduled time before the run starts',
		},
		{
			displayName: 'Schedule Start Time',
			name: 'scheduleStartTime',
			type: 'dateTime',
			default: '',
			description: 'When the schedule starts; AppFlow starts it on activation if empty',
		},
		{
			displayName: 'Timezone',
			name: 'timezone',
			type: 'string',
			default: '',
			placeholder: 'e.g. America/New_York',
			description: 'Time zone of the schedule expression and times, as an IANA name',
		},
	],
};

export const TRIGGER_FIELDS: INodeProperties[] = [
	{
		displayName: 'Trigger Type',
		name: 'triggerType',
		type: 'options',
		options: enumOptions('TriggerType'),
		default: 'OnDemand',
		description:
			'On Demand: runs when started. Scheduled: runs on a schedule once activated. Event: runs on events from the source (Salesforce, for example).',
	},
	{
		displayName: 'Schedule Expression',
		name: 'scheduleExpression',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. rate(1hours)',
		description:
			'How often the flow runs: rate(5minutes), rate(1hours), rate(1days), or a cron expression such as cron(0 6 * * ? *)',
		displayOptions: { show: { triggerType: ['Scheduled'] } },
	},
	{
		displayName: 'Data Pull Mode',
		name: 'dataPullMode',
		type: 'options',
		options: enumOptions('DataPullMode'),
		default: 'Incremental',
		description: 'Incremental: each run pulls only new or changed records. Complete: each run pulls everything.',
		displayOptions: { show: { triggerType: ['Scheduled'] } },
	},
	{ ...SCHEDULE_OPTIONS, displayOptions: { show: { triggerType: ['Scheduled'] } } },
];

export const TRIGGER_PROPERTY: INodeProperties = {
	displayName: 'Trigger',
	name: 'triggerConfig',
	type: 'fixedCollection',
	placeholder: 'Set Trigger',
	// Empty: n8n cannot resolve a single-group fixedCollection whose non-empty default was not saved. Create Flow
	// reads an unset trigger as On Demand.
	default: {},
	description: 'When the flow runs; On Demand if not set',
	options: [{ name: 'trigger', displayName: 'Trigger', values: TRIGGER_FIELDS }],
};

function dateOption(value: unknown): unknown {
	return value === '' || value === null ? undefined : value;
}

export function readTrigger(fn: IExecuteFunctions, itemIndex: number, raw: unknown): unknown {
	if (raw === undefined || raw === null || raw === '') return undefined;
	if (typeof raw === 'string') return jsonField(fn, itemIndex, 'triggerConfig', raw);
	const group = (raw as IDataObject).trigger as IDataObject | undefined;
	if (!group) return undefined;
	const values = withDefaults(group, TRIGGER_FIELDS);
	// Kept as given: a wrong type from an expression is named by the validator (triggerConfig.triggerType).
	const triggerType = values.triggerType;
	if (triggerType !== 'Scheduled') return { triggerType };
	const o = (values.scheduleOptions ?? {}) as IDataObject;
	const scheduled = compact({
		scheduleExpression: text(values.scheduleExpression),
		dataPullMode: text(values.dataPullMode),
		scheduleStartTime: dateOption(o.scheduleStartTime),
		scheduleEndTime: dateOption(o.scheduleEndTime),
		timezone: text(o.timezone),
		scheduleOffset: o.scheduleOffset ?? undefined,
		firstExecutionFrom: dateOption(o.firstExecutionFrom),
		flowErrorDeactivationThreshold: o.flowErrorDeactivationThreshold ?? undefined,
	});
	// Without a schedule expression the validator names triggerProperties.Scheduled.scheduleExpression as required.
	return { triggerType, triggerProperties: { Scheduled: scheduled ?? {} } };
}

/** `whenUnset` is the form value to read when the user set nothing (Create Flow: On Demand; Update: no change). */
export function triggerReader(path: string, whenUnset?: IDataObject): MemberReader {
	return (fn, itemIndex) =>
		readTrigger(fn, itemIndex, unsetAsDefault(optionalParameter(fn, path, itemIndex), whenUnset));
}
