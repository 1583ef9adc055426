/**
 * clientToken handling. A repeated token with the same input answers with the first response (no second flow or
 * run). A repeated token with a different input is refused with ConflictException: it is the only error that every
 * action taking a clientToken declares in AppFlow's model (StartFlow declares no ValidationException), and it is
 * what AWS's newer services answer for a reused token.
 */
import { conflict } from '../errors';
import type { Store } from './store';
import type { Json } from './types';

/** AppFlow's documentation: "The token is active for 8 hours." */
const TOKEN_LIFETIME_MS = 8 * 60 * 60 * 1000;

function stableStringify(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.keys(value as Json)
			.sort()
			.filter((k) => (value as Json)[k] !== undefined)
			.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Json)[k])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value);
}

/** Runs `perform` once per (action, clientToken); later calls with the same token get the remembered response. */
export function idempotent(store: Store, action: string, input: Json, now: number, perform: () => Json): Json {
	const token = input.clientToken;
	if (typeof token !== 'string') return perform();
	const { clientToken: _ignored, ...rest } = input;
	const fingerprint = stableStringify(rest);
	const key = `${action}:${token}`;
	const previous = store.idempotency.get(key);
	if (previous && previous.expiresAt > now) {
		if (previous.fingerprint !== fingerprint) {
			throw conflict(`The clientToken ${token} was already used with different request parameters.`);
		}
		return structuredClone(previous.response);
	}
	const response = perform();
	store.idempotency.set(key, { fingerprint, response: structuredClone(response), expiresAt: now + TOKEN_LIFETIME_MS });
	return response;
}
