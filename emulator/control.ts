/**
 * Test controls over HTTP, for clients in another process (the demo, n8n under test). They exist only on the
 * emulator, need no signature, and are not AppFlow actions:
 *   GET    /__emulator/stats        counters and resource totals
 *   POST   /__emulator/reset        forget all resources, counters and faults
 *   GET    /__emulator/faults       active faults
 *   POST   /__emulator/faults       add a fault (a FaultSpec or a list of them) -> { ids }
 *   DELETE /__emulator/faults       remove all faults
 *   GET    /__emulator/latency      { latencyMs }: the delay added to every AppFlow call
 *   POST   /__emulator/latency      { latencyMs } -> { latencyMs }
 *   POST   /__emulator/config       { runDurationMs?, cancelDurationMs?, recordDelayMs?, recordOrder?, failFlows?: string[] } -> settings
 *   POST   /__emulator/trigger-run  { flowName } -> { executionId } (a run of an active scheduled/event flow)
 */
import type { ServerResponse } from 'node:http';
import { AwsError } from './errors';
import type { FaultSpec } from './faults';
import { sendJson } from './http';
import type { Emulator } from './api';
import type { RecordOrder } from './handlers/context';

export const CONTROL_PREFIX = '/__emulator/';

export type ControlApi = Pick<Emulator, 'faults' | 'runs' | 'stats' | 'reset' | 'triggerRun'>;

const badRequest = (message: string) => new AwsError('ValidationException', message, 400);

function parse(body: Buffer): Record<string, unknown> | unknown[] {
	if (body.length === 0) return {};
	try {
		return JSON.parse(body.toString('utf8')) as Record<string, unknown> | unknown[];
	} catch {
		throw badRequest('The body must be JSON.');
	}
}

const RECORD_ORDERS: readonly RecordOrder[] = ['newestFirst', 'oldestFirst', 'shuffled'];

const isDuration = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function configure(api: ControlApi, body: Record<string, unknown>): void {
	const { failFlows } = body;
	const durations = ['runDurationMs', 'cancelDurationMs', 'recordDelayMs'] as const;
	for (const name of durations) {
		if (body[name] !== undefined && !isDuration(body[name]))
			throw badRequest(`${name} must be a number of milliseconds.`);
	}
	if (body.recordOrder !== undefined && !RECORD_ORDERS.includes(body.recordOrder as RecordOrder)) {
		throw badRequest(`recordOrder must be one of ${RECORD_ORDERS.join(', ')}.`);
	}
	if (failFlows !== undefined && !(Array.isArray(failFlows) && failFlows.every((f) => typeof f === 'string'))) {
		throw badRequest('failFlows must be a list of flow names.');
	}
	for (const name of durations) {
		if (body[name] !== undefined) api.runs[name] = body[name] as number;
	}
	if (body.recordOrder !== undefined) api.runs.recordOrder = body.recordOrder as RecordOrder;
	if (failFlows !== undefined) {
		api.runs.failFlows.clear();
		for (const name of failFlows as string[]) api.runs.failFlows.add(name);
	}
}

/** Answers a control request; returns what to log. Throws AwsError for a bad request. */
export function handleControl(
	api: ControlApi,
	method: string,
	path: string,
	body: Buffer,
	res: ServerResponse,
	requestId: string,
): string {
	const route = `${method} ${path.slice(CONTROL_PREFIX.length)}`;
	const reply = (payload: unknown) => sendJson(res, 200, requestId, payload);
	switch (route) {
		case 'GET stats':
			reply(api.stats());
			break;
		case 'POST reset':
			api.reset();
			reply({});
			break;
		case 'GET faults':
			reply({ faults: api.faults.list() });
			break;
		case 'POST faults': {
			const parsed = parse(body);
			const specs = (Array.isArray(parsed) ? parsed : [parsed]) as FaultSpec[];
			const ids: string[] = [];
			try {
				for (const spec of specs) ids.push(api.faults.add(spec));
			} catch (error) {
				// All or nothing: a list with one bad spec adds none.
				for (const id of ids) api.faults.remove(id);
				throw badRequest((error as Error).message);
			}
			reply({ ids });
			break;
		}
		case 'DELETE faults':
			api.faults.clear();
			reply({});
			break;
		case 'GET latency':
			reply({ latencyMs: api.faults.latencyMs });
			break;
		case 'POST latency': {
			const parsed = parse(body);
			if (Array.isArray(parsed)) throw badRequest('The body must be a JSON object.');
			try {
				api.faults.setLatency(parsed.latencyMs as number);
			} catch (error) {
				throw badRequest((error as Error).message);
			}
			reply({ latencyMs: api.faults.latencyMs });
			break;
		}
		case 'POST config': {
			const parsed = parse(body);
			if (Array.isArray(parsed)) throw badRequest('The body must be a JSON object.');
			configure(api, parsed);
			const { runDurationMs, cancelDurationMs, recordDelayMs, recordOrder } = api.runs;
			reply({ runDurationMs, cancelDurationMs, recordDelayMs, recordOrder, failFlows: [...api.runs.failFlows] });
			break;
		}
		case 'POST trigger-run': {
			const parsed = parse(body) as Record<string, unknown>;
			if (typeof parsed.flowName !== 'string') throw badRequest('flowName is required.');
			reply({ executionId: api.triggerRun(parsed.flowName) });
			break;
		}
		default:
			throw new AwsError('UnknownOperationException', `No emulator control answers ${route}`);
	}
	return `control ${route}`;
}
