/** Helpers for building responses in AppFlow's restJson1 wire format. */
import type { Json } from './state/types';

/** Timestamps travel as epoch seconds (fractions allowed). */
export const epochSeconds = (ms: number) => ms / 1000;

/** Drops undefined members so responses only carry what is set. */
export function compact<T extends Json>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
