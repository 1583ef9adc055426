/**
 * Booleans and numbers as n8n hands them over: typed values from the editor, or whatever an expression returned.
 * Text is read strictly ("false" is false, " 12 " is 12, "abc" and "0x10" are not numbers), so an expression that
 * returns text cannot turn a switch on by being non-empty.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { strictBoolean, strictNumber } from '../../model/scalars';
import { showValue } from '../../model/validate';
import { inputError } from './request';

export { strictBoolean, strictNumber };

/** A boolean parameter; anything but a boolean or "true"/"false" fails the item, naming the parameter. */
export function booleanParameter(fn: IExecuteFunctions, name: string, itemIndex: number, fallback: boolean): boolean {
	const raw = fn.getNodeParameter(name, itemIndex, fallback) as unknown;
	if (raw === undefined || raw === null || raw === '') return fallback;
	const value = strictBoolean(raw);
	if (value === undefined) {
		throw inputError(fn, itemIndex, `${name} ${showValue(raw)} must be a boolean (true or false)`);
	}
	return value;
}

/** A number parameter; anything but a number or decimal text fails the item, naming the parameter. */
export function numberParameter(fn: IExecuteFunctions, name: string, itemIndex: number, fallback: number): number {
	const raw = fn.getNodeParameter(name, itemIndex, fallback) as unknown;
	if (raw === undefined || raw === null || raw === '') return fallback;
	const value = strictNumber(raw);
	if (value === undefined) throw inputError(fn, itemIndex, `${name} ${showValue(raw)} must be a number`);
	return value;
}
