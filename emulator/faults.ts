/**
 * Fault injection: the next N requests for an action (or any action) misbehave in a chosen way, so that clients'
 * retry, timeout and idempotency handling can be tested against the real SDK.
 */
import { randomUUID } from 'node:crypto';
import { APPFLOW_MODEL } from '../nodes/AwsAppFlow/model/appflow.generated';
import { AwsError } from './errors';

export type FaultKind = 'throttle' | 'error' | 'delay' | 'reset' | 'truncate' | 'dropResponse';

export interface FaultSpec {
	/** An AppFlow action name such as `CreateFlow`, or `*` for every action (default). */
	action?: string;
	/** How many matching requests the fault affects (default 1). */
	count?: number;
	/**
	 * - `throttle`: answer 429 ThrottlingException without performing the action.
	 * - `error`: answer `errorName` (status from the model unless `status` is given) without performing the action.
	 * - `delay`: wait `ms` milliseconds, then answer normally.
	 * - `reset`: destroy the connection without performing the action.
	 * - `truncate`: perform the action, then send only part of the response body and close the connection.
	 * - `dropResponse`: perform the action, then close the connection without answering (a lost response).
	 */
	kind: FaultKind;
	errorName?: string;
	status?: number;
	message?: string;
	/** For `error`: append the request body to the message, as AWS errors that echo what they were sent do. */
	echoRequest?: boolean;
	ms?: number;
	/**
	 * Apply to each matching request with this probability (0 to 1) instead of to every one, until `count` uses
	 * are spent: a steady share of throttled calls, say. Drawn from a generator seeded by `seed`, so runs repeat.
	 */
	rate?: number;
	seed?: number;
}

export interface ActiveFault {
	id: string;
	action: string;
	kind: FaultKind;
	remaining: number;
	errorName?: string;
	status?: number;
	message?: string;
	echoRequest?: boolean;
	ms?: number;
	rate?: number;
}

/** mulberry32: a small seeded generator, so a rate fault hits the same requests in every run. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const KINDS: readonly FaultKind[] = ['throttle', 'error', 'delay', 'reset', 'truncate', 'dropResponse'];

/** The largest per-call latency accepted: a minute is already far beyond any AWS region's round trip. */
export const MAX_LATENCY_MS = 60_000;

/** Throws an Error naming the rule when `ms` is not a usable per-call latency. */
export function checkLatency(ms: unknown): number {
	if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_LATENCY_MS)
		throw new Error(`latencyMs must be a number of milliseconds between 0 and ${MAX_LATENCY_MS}.`);
	return ms;
}

export class Faults {
	private active: ActiveFault[] = [];
	private readonly draws = new Map<string, () => number>();
	private latency = 0;

	/**
	 * Milliseconds added before every AppFlow call is answered, whatever faults are set: the distance to AWS that
	 * loopback lacks (a cross-region call takes 20-80 ms), so parallelism can be measured. Not consumed like a fault,
	 * and not removed by clear(); the emulator's reset() puts it back to its start-up option.
	 */
	get latencyMs(): number {
		return this.latency;
	}

	setLatency(ms: number): void {
		this.latency = checkLatency(ms);
	}

	/** Adds a fault; returns its id. Throws an Error explaining what is wrong with an invalid spec. */
	add(spec: FaultSpec): string {
		const action = spec.action ?? '*';
		if (action !== '*' && !APPFLOW_MODEL.operations[action])
			throw new Error(`Unknown action ${action}: use an AppFlow action name or *.`);
		if (!KINDS.includes(spec.kind))
			throw new Error(`Unknown fault kind ${String(spec.kind)}: use one of ${KINDS.join(', ')}.`);
		const count = spec.count ?? 1;
		if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer.');
		if (spec.kind === 'error' && !spec.errorName)
			throw new Error('An error fault needs errorName, for example InternalServerException.');
		if (spec.kind === 'delay' && !(typeof spec.ms === 'number' && spec.ms >= 0 && spec.ms <= 600_000)) {
			throw new Error('A delay fault needs ms between 0 and 600000.');
		}
		if (spec.rate !== undefined && !(typeof spec.rate === 'number' && spec.rate > 0 && spec.rate <= 1)) {
			throw new Error('rate must be a probability above 0 and at most 1.');
		}
		const fault: ActiveFault = {
			id: randomUUID(),
			action,
			kind: spec.kind,
			remaining: count,
			errorName: spec.errorName,
			status: spec.status,
			message: spec.message,
			echoRequest: spec.echoRequest === true ? true : undefined,
			ms: spec.ms,
			rate: spec.rate,
		};
		if (spec.rate !== undefined) this.draws.set(fault.id, seededRandom(spec.seed ?? 1));
		this.active.push(fault);
		return fault.id;
	}

	remove(id: string): boolean {
		const before = this.active.length;
		this.active = this.active.filter((f) => f.id !== id);
		this.draws.delete(id);
		return this.active.length < before;
	}

	/** Removes every fault (the steady latency stays). */
	clear(): void {
		this.active = [];
		this.draws.clear();
	}

	list(): ActiveFault[] {
		return this.active.map((f) => ({ ...f }));
	}

	/** Consumes one use of the first fault that applies to a request for `action`. */
	take(action: string): ActiveFault | undefined {
		const fault = this.active.find((f) => f.action === '*' || f.action === action);
		if (!fault) return undefined;
		// A rate fault lets this request through unless the draw falls under its rate.
		const draw = this.draws.get(fault.id);
		if (draw && draw() >= fault.rate!) return undefined;
		fault.remaining--;
		if (fault.remaining <= 0) this.remove(fault.id);
		return { ...fault };
	}
}

/** The error a `throttle` or `error` fault answers with; `body` is the request's, for `echoRequest`. */
export function faultError(fault: ActiveFault, body?: Buffer): AwsError {
	if (fault.kind === 'throttle')
		return new AwsError('ThrottlingException', fault.message ?? 'Rate exceeded', fault.status);
	const message = fault.message ?? `Injected ${fault.errorName}`;
	const echoed = fault.echoRequest && body ? `${message}: the request was ${body.toString('utf8')}` : message;
	return new AwsError(fault.errorName!, echoed, fault.status);
}
