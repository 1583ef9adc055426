/**
 * Filters and order for Flow Execution > Get Many. AppFlow cannot filter run records and documents no order for
 * them, so every page of the flow's records is read, then filtered here, sorted newest first and cut to Limit.
 * Stopping early (say, once records are older than Started After) would be safe only if AppFlow promised an order;
 * it does not, so no page is skipped.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { APPFLOW_MODEL } from '../../model/appflow.generated';
import { showValue } from '../../model/validate';
import { ParameterError } from '../../transport/errors';

const STATUS_LABELS: Record<string, string> = {
	CancelStarted: 'Cancel Started',
	Canceled: 'Canceled',
	Error: 'Error',
	InProgress: 'In Progress',
	Successful: 'Successful',
};

/** The run statuses AppFlow knows, from the model's ExecutionStatus enum. */
export const RUN_STATUSES: readonly string[] = APPFLOW_MODEL.shapes.ExecutionStatus.values!;

const readable = (status: string) => STATUS_LABELS[status] ?? status.replace(/([a-z])([A-Z])/g, '$1 $2');

export const runFiltersProperty: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	description: 'Which runs to return; the runs that match are returned newest first',
	options: [
		{
			displayName: 'Started After',
			name: 'startedAfter',
			type: 'dateTime',
			default: '',
			description:
				"Only runs started at or after this time. A time without a time zone is read in the workflow's time zone.",
		},
		{
			displayName: 'Started Before',
			name: 'startedBefore',
			type: 'dateTime',
			default: '',
			description:
				"Only runs started before this time. A time without a time zone is read in the workflow's time zone.",
		},
		{
			displayName: 'Statuses',
			name: 'statuses',
			type: 'multiOptions',
			options: RUN_STATUSES.map((value) => ({
				name: readable(value),
				value,
				description: `Runs whose status is ${readable(value)}`,
			})).sort((a, b) => a.name.localeCompare(b.name)),
			default: [],
			description: 'Only runs in one of these statuses; none chosen means every status',
		},
	],
};

export interface RunFilters {
	statuses?: Set<string>;
	/** Epoch milliseconds. */
	startedAfter?: number;
	startedBefore?: number;
}

/** The offset of `timeZone` from UTC at `epochMs`, in milliseconds. */
function zoneOffsetMs(timeZone: string, epochMs: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(epochMs));
	const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
	return wall - Math.floor(epochMs / 1000) * 1000;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;

/**
 * A point in time from the editor's date-time picker (a wall-clock time, read in `timeZone`), an ISO text with a
 * zone, a Date or Luxon DateTime from an expression, or epoch seconds / milliseconds.
 */
export function toEpochMs(value: unknown, timeZone: string): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? NaN : value.getTime();
	if (typeof value === 'number') return value < 1e11 ? value * 1000 : value;
	if (typeof value === 'object' && typeof (value as { toMillis?: unknown }).toMillis === 'function') {
		return (value as { toMillis(): number }).toMillis();
	}
	if (typeof value !== 'string') return NaN;
	const text = value.trim();
	const wall = WALL_CLOCK.exec(text);
	if (wall) {
		const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0'] = wall;
		const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +ms.padEnd(3, '0'));
		// Two passes find the offset in force at that wall-clock time, daylight saving included.
		const first = utc - zoneOffsetMs(timeZone, utc);
		return utc - zoneOffsetMs(timeZone, first);
	}
	if (/^\d+(\.\d+)?$/.test(text)) return toEpochMs(Number(text), timeZone);
	return Date.parse(text);
}

function readTime(raw: unknown, name: string, label: string, timeZone: string): number | undefined {
	const ms = toEpochMs(raw, timeZone);
	if (ms !== undefined && !Number.isFinite(ms)) {
		throw new ParameterError(
			`filters.${name}`,
			`Filters > ${label} is not a date and time (got ${showValue(raw)})`,
			'Pick a date and time, or give an ISO 8601 text such as 2026-12-01T09:30:00Z, or an expression such as {{ $now.minus(1, "day") }}.',
		);
	}
	return ms;
}

export function readRunFilters(fn: IExecuteFunctions, itemIndex: number): RunFilters {
	const raw = (fn.getNodeParameter('filters', itemIndex, {}) ?? {}) as IDataObject;
	const timeZone = fn.getTimezone();
	const filters: RunFilters = {
		startedAfter: readTime(raw.startedAfter, 'startedAfter', 'Started After', timeZone),
		startedBefore: readTime(raw.startedBefore, 'startedBefore', 'Started Before', timeZone),
	};
	const statuses =
		typeof raw.statuses === 'string'
			? raw.statuses.split(',').map((s) => s.trim())
			: ((raw.statuses as unknown[] | undefined) ?? []);
	const unknown = statuses.filter((s) => typeof s !== 'string' || !RUN_STATUSES.includes(s));
	if (unknown.length > 0) {
		throw new ParameterError(
			'filters.statuses',
			`Filters > Statuses has ${showValue(unknown[0])}, which is not a run status`,
			`Run statuses are ${RUN_STATUSES.join(', ')}.`,
		);
	}
	if (statuses.length > 0) filters.statuses = new Set(statuses as string[]);
	if (
		filters.startedAfter !== undefined &&
		filters.startedBefore !== undefined &&
		filters.startedAfter >= filters.startedBefore
	) {
		throw new ParameterError(
			'filters.startedBefore',
			'Filters > Started Before must be later than Started After',
			'No run can match: widen the time range.',
		);
	}
	return filters;
}

/** When a record's run started, in epoch milliseconds (the SDK gives a Date). */
export const startedAtMs = (record: IDataObject): number | undefined => toEpochMs(record.startedAt, 'UTC');

export function matchesRunFilters(record: IDataObject, filters: RunFilters): boolean {
	if (filters.statuses && !filters.statuses.has(String(record.executionStatus))) return false;
	if (filters.startedAfter === undefined && filters.startedBefore === undefined) return true;
	const started = startedAtMs(record);
	if (started === undefined || !Number.isFinite(started)) return false;
	if (filters.startedAfter !== undefined && started < filters.startedAfter) return false;
	if (filters.startedBefore !== undefined && started >= filters.startedBefore) return false;
	return true;
}

/** Newest first; runs started at the same time by execution ID, so every page order gives one result. */
export function newestFirst(a: IDataObject, b: IDataObject): number {
	const byStart = (startedAtMs(b) ?? -Infinity) - (startedAtMs(a) ?? -Infinity);
	if (byStart !== 0 && !Number.isNaN(byStart)) return byStart;
	return String(a.executionId).localeCompare(String(b.executionId));
}
