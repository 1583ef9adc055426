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
	ms?: number;
}

export interface ActiveFault {
	id: string;
	action: string;
	kind: FaultKind;
	remaining: number;
	errorName?: string;
	status?: number;
	message?: string;
	ms?: number;
}

const KINDS: readonly FaultKind[] = ['throttle', 'error', 'delay', 'reset', 'truncate', 'dropResponse'];

export class Faults {
	private active: ActiveFault[] = [];

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
		const fault: ActiveFault = {
			id: randomUUID(),
			action,
			kind: spec.kind,
			remaining: count,
			errorName: spec.errorName,
			status: spec.status,
			message: spec.message,
			ms: spec.ms,
		};
		this.active.push(fault);
		return fault.id;
	}

	remove(id: string): boolean {
		const before = this.active.length;
		this.active = this.active.filter((f) => f.id !== id);
		return this.active.length < before;
	}

	clear(): void {
		this.active = [];
	}

	list(): ActiveFault[] {
		return this.active.map((f) => ({ ...f }));
	}

	/** Consumes one use of the first fault that applies to a request for `action`. */
	take(action: string): ActiveFault | undefined {
		const fault = this.active.find((f) => f.action === '*' || f.action === action);
		if (!fault) return undefined;
		fault.remaining--;
		if (fault.remaining <= 0) this.remove(fault.id);
		return { ...fault };
	}
}

/** The error a `throttle` or `error` fault answers with. */
export function faultError(fault: ActiveFault): AwsError {
	if (fault.kind === 'throttle')
		return new AwsError('ThrottlingException', fault.message ?? 'Rate exceeded', fault.status);
	return new AwsError(fault.errorName!, fault.message ?? `Injected ${fault.errorName}`, fault.status);
}
