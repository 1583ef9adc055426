/**
 * Turns an item's parameters into an AppFlow request, in either input mode, and refuses it before anything is
 * sent if it breaks a documented constraint. Fields mode reads each member from the parameter named after it
 * (optional ones from `additionalFields`); JSON mode takes the request exactly in AppFlow's request syntax.
 */
import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import { APPFLOW_MODEL } from '../../model/appflow.generated';
import type { ShapeSpec } from '../../model/modelTypes';
import { formatViolation, isPlainObject, shapeOf, showValue, validateActionInput } from '../../model/validate';
import { isPagingMember } from '../../transport/paginate';
import { inputShape } from './fields';
import { isScalarList, isStringMap } from './modelField';
import { isByArn, LOCATOR_MEMBERS, locatorValue } from './locators';
import {
	checkJsonTextSize,
	checkRequestBounds,
	registerRequestSecrets,
	warnOnSharedClientToken,
} from './requestGuards';
import { strictBoolean, strictNumber } from './strictValues';

export type InputMode = 'fields' | 'json';

/** Reads one member's value in fields mode where the plain parameter-per-member rule does not fit (guided forms). */
export type MemberReader = (fn: IExecuteFunctions, itemIndex: number) => unknown;

export interface RequestOptions {
	readers?: Record<string, MemberReader>;
	/** Required members that fields mode reads from Additional Fields, because `complete` can fill them in. */
	fromAdditionalFields?: readonly string[];
	/** Fills in what the user left out, before validation (Update Flow merges onto the current flow). */
	complete?: (request: Record<string, unknown>) => Promise<Record<string, unknown>>;
}

/**
 * A parameter's value, or undefined when the workflow does not hold it. n8n's getNodeParameter throws
 * "Could not get parameter" for a missing value unless the fallback is defined, so null stands in for it.
 */
export function optionalParameter(fn: IExecuteFunctions, name: string, itemIndex: number): unknown {
	const value = fn.getNodeParameter(name, itemIndex, null);
	return value === null ? undefined : value;
}

export function inputError(
	fn: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(fn.getNode(), `${message} [item ${itemIndex}]`, { itemIndex, description });
}

/** Parses a JSON parameter (text, or an object from an expression) and names the parameter and position on failure. */
export function parseJsonParameter(fn: IExecuteFunctions, itemIndex: number, parameter: string, raw: unknown): unknown {
	if (typeof raw !== 'string') {
		// An object from an expression: a JSON round trip drops prototypes, functions and Dates-as-objects alike.
		return raw === undefined ? undefined : JSON.parse(JSON.stringify(raw));
	}
	if (raw.trim() === '') return undefined;
	checkJsonTextSize(fn, itemIndex, parameter, raw);
	try {
		return JSON.parse(raw);
	} catch (error) {
		// V8's message quotes the text around the error, which may be a secret: only its position is repeated.
		const text = (error as Error).message;
		const position = Number(/position (\d+)/.exec(text)?.[1]);
		let where = '';
		if (Number.isFinite(position)) {
			const before = raw.slice(0, position).split('\n');
			where = ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
		}
		const reason = /end of JSON input|Unterminated/i.test(text) ? 'the text ends too early' : 'unexpected character';
		throw inputError(
			fn,
			itemIndex,
			`${parameter} is not valid JSON${where}: ${reason}`,
			'Check quotes, commas and brackets. Property names need double quotes.',
		);
	}
}

/** Converts a value from n8n's editor into the type the model wants, leaving wrong types for the validator to name. */
function coerce(fn: IExecuteFunctions, itemIndex: number, label: string, shape: ShapeSpec, raw: unknown): unknown {
	// A resource locator's { __rl, mode, value }; workflows saved before the pickers hold the plain string.
	const value = shape.type === 'string' ? locatorValue(raw, label) : raw;
	if (isByArn(raw) && typeof value === 'string' && value.startsWith('arn:') && LOCATOR_MEMBERS[label]?.arnType) {
		const { noun, arnType } = LOCATOR_MEMBERS[label];
		throw inputError(
			fn,
			itemIndex,
			`${label}: "${value}" is not a ${noun} ARN`,
			`A ${noun} ARN reads arn:aws:appflow:<region>:<account ID>:${arnType}/<name>. Pick the ${noun} From List, or give its name By Name.`,
		);
	}
	if (value === undefined || value === null || value === '') return undefined;
	if (isScalarList(shape)) {
		const list =
			typeof value === 'string'
				? value
						.split(',')
						.map((s) => s.trim())
						.filter((s) => s !== '')
				: value;
		// An empty list is no list: a query-string list (UntagResource's tagKeys) would otherwise vanish on the wire.
		return Array.isArray(list) && list.length === 0 ? undefined : list;
	}
	if (isStringMap(shape) && isPlainObject(value) && Array.isArray(value.entries)) {
		// fixedCollection rows; Object.fromEntries defines own properties, so a key like __proto__ stays a plain key.
		// A key from an expression must be text (a number is taken as text); the value's type is left to the validator.
		return Object.fromEntries(
			(value.entries as unknown[]).map((row, n) => {
				const key = isPlainObject(row) ? row.key : undefined;
				if (typeof key !== 'string' && !(typeof key === 'number' && Number.isFinite(key))) {
					throw inputError(fn, itemIndex, `${label}: the key of entry ${n + 1} must be text (got ${showValue(key)})`);
				}
				return [String(key), (row as IDataObject).value];
			}),
		);
	}
	if (['structure', 'map', 'list'].includes(shape.type)) {
		const parsed = parseJsonParameter(fn, itemIndex, label, value);
		if (isPlainObject(parsed) && Object.keys(parsed).length === 0 && shape.type !== 'map') return undefined;
		if (Array.isArray(parsed) && parsed.length === 0) return undefined;
		return parsed;
	}
	// Text from an expression is read strictly; anything else is left for the validator to name with the field.
	if (['integer', 'long', 'double'].includes(shape.type) && typeof value === 'string')
		return strictNumber(value) ?? value;
	if (shape.type === 'boolean' && typeof value === 'string') return strictBoolean(value) ?? value;
	return value;
}

/** Timestamps may come as text or epoch seconds; the SDK serializes only Date objects. */
function normalizeTimestamps(shapeName: string, value: unknown): unknown {
	const shape = shapeOf(shapeName);
	if (value === undefined || value === null) return value;
	if (shape.type === 'timestamp') {
		if (value instanceof Date) return value;
		return typeof value === 'number' ? new Date(value * 1000) : new Date(value as string);
	}
	if (shape.type === 'list' && Array.isArray(value)) return value.map((v) => normalizeTimestamps(shape.member!, v));
	if (shape.type === 'structure' && isPlainObject(value)) {
		const out: Record<string, unknown> = {};
		for (const [key, v] of Object.entries(value)) {
			const member = shape.members![key];
			Object.defineProperty(out, key, {
				value: member ? normalizeTimestamps(member.target, v) : v,
				enumerable: true,
				writable: true,
				configurable: true,
			});
		}
		return out;
	}
	return value;
}

/** Refuses the request with every violation named, or returns it ready for the SDK. */
export function checkRequest(
	fn: IExecuteFunctions,
	itemIndex: number,
	action: string,
	request: Record<string, unknown>,
	mode: InputMode,
): Record<string, unknown> {
	registerRequestSecrets(fn, itemIndex, action, request);
	checkRequestBounds(fn, itemIndex, action, request);
	warnOnSharedClientToken(fn, itemIndex, action, request);
	const violations = validateActionInput(action, request, { rejectUnknownMembers: true });
	if (violations.length > 0) {
		const lines = violations.map(formatViolation);
		const where = mode === 'json' ? 'requestJson: ' : '';
		throw inputError(
			fn,
			itemIndex,
			`${where}${lines[0]}`,
			`${violations.length === 1 ? 'This value breaks' : `${violations.length} values break`} AppFlow's documented constraints; nothing was sent to AWS.\n${lines.join('\n')}`,
		);
	}
	return normalizeTimestamps(APPFLOW_MODEL.operations[action].input, request) as Record<string, unknown>;
}

export function getInputMode(fn: IExecuteFunctions, itemIndex: number): InputMode {
	return fn.getNodeParameter('inputMode', itemIndex, 'fields') as InputMode;
}

/** The request for this item, from fields or JSON, validated against the model. */
export async function readRequest(
	fn: IExecuteFunctions,
	itemIndex: number,
	action: string,
	options: RequestOptions = {},
): Promise<Record<string, unknown>> {
	const mode = getInputMode(fn, itemIndex);
	if (mode === 'json') {
		const parsed = parseJsonParameter(
			fn,
			itemIndex,
			'requestJson',
			fn.getNodeParameter('requestJson', itemIndex, '{}'),
		);
		if (!isPlainObject(parsed)) {
			throw inputError(
				fn,
				itemIndex,
				'requestJson must be a JSON object holding the request members',
				`For example {"flowName": "my-flow"}`,
			);
		}
		return checkRequest(fn, itemIndex, action, parsed, mode);
	}

	const additional = (fn.getNodeParameter('additionalFields', itemIndex, {}) ?? {}) as IDataObject;
	const request: Record<string, unknown> = {};
	for (const [member, spec] of Object.entries(inputShape(action).members!)) {
		if (isPagingMember(action, member)) continue; // Return All / Limit
		const reader = options.readers?.[member];
		const ownParameter = spec.required && !options.fromAdditionalFields?.includes(member);
		const raw = reader
			? await reader(fn, itemIndex)
			: ownParameter
				? optionalParameter(fn, member, itemIndex)
				: additional[member];
		const value = coerce(fn, itemIndex, member, shapeOf(spec.target), raw);
		if (value !== undefined) request[member] = value;
	}
	const complete = options.complete ? await options.complete(request) : request;
	return checkRequest(fn, itemIndex, action, complete, mode);
}
