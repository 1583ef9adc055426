/**
 * Booleans and numbers from text, read strictly: "false" is false, " 12 " is 12; "abc", "0x10", "Infinity" and ""
 * stand for nothing. No n8n import: the transport layer uses these too.
 */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The boolean a value stands for, or undefined when it stands for none. */
export function strictBoolean(value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	if (typeof value !== 'string') return undefined;
	const text = value.trim().toLowerCase();
	return text === 'true' ? true : text === 'false' ? false : undefined;
}

/** The number a value stands for, or undefined when it stands for none (decimal text only; no hex, no "Infinity"). */
export function strictNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string' || !DECIMAL.test(value.trim())) return undefined;
	return Number(value.trim());
}
