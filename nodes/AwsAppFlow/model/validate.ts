/**
 * Checks a request against the constraints of AppFlow's model (required, type, length, pattern, range, enum).
 * Shared by the node (to refuse bad input before anything is sent) and the emulator (to answer like AWS).
 */
import { APPFLOW_MODEL } from './appflow.generated';
import type { ShapeSpec } from './modelTypes';
import { isSecretMember, isSecretShape } from './secrets';

export type ConstraintRule = 'required' | 'type' | 'length' | 'pattern' | 'range' | 'enum' | 'unknown';

export interface Violation {
	/** Dotted path of the member, for example `sourceFlowConfig.connectorType` or `tasks[0].sourceFields`. */
	path: string;
	rule: ConstraintRule;
	/** What the rule demands, for example `must match ^\S+$` or `must be one of: A, B`. */
	requirement: string;
	/** The offending value, shortened; absent for a secret member (model/secrets.ts), whose value is never shown. */
	shownValue?: string;
	/** Set when the value is secret: the rule is named, the value is not. */
	hidden?: true;
	/** A secret-free observation that explains the violation, e.g. "has leading or trailing whitespace". */
	hint?: string;
}

export interface ValidateOptions {
	/** Report members the model does not know. The node does (a typo would be dropped silently by the SDK); AWS does not. */
	rejectUnknownMembers?: boolean;
	/** Stop after this many violations. */
	maxViolations?: number;
}

const regexCache = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
	let re = regexCache.get(pattern);
	if (!re) {
		re = new RegExp(pattern, 'u');
		regexCache.set(pattern, re);
	}
	return re;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/** The JSON type of a value in words, for a wrong-type container: its contents are never shown. */
export function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	return typeof value === 'string' ? `a string of ${[...value].length} characters` : `a ${typeof value}`;
}

/** What a secret value's violation may say about it without showing it. */
function secretHint(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	if (value !== value.trim()) return 'has leading or trailing whitespace (a pasted newline or space?)';
	if (/\s/.test(value)) return 'contains whitespace';
	return undefined;
}

export function showValue(value: unknown, shape?: ShapeSpec): string {
	if (shape?.sensitive) return '(sensitive value hidden)';
	let text: string;
	try {
		text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
	} catch {
		// A cycle, or an object whose toString is not a function (possible in data from an expression).
		try {
			text = String(value);
		} catch {
			text = Array.isArray(value) ? '(a list)' : `(${typeof value})`;
		}
	}
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function lengthOf(value: unknown): number | undefined {
	if (typeof value === 'string') return [...value].length; // AWS counts characters, not UTF-16 units
	if (Array.isArray(value)) return value.length;
	if (isPlainObject(value)) return Object.keys(value).length;
	return undefined;
}

function describeBounds(bounds: { min?: number; max?: number }): string {
	if (bounds.min !== undefined && bounds.max !== undefined) return `between ${bounds.min} and ${bounds.max}`;
	if (bounds.min !== undefined) return `at least ${bounds.min}`;
	return `at most ${bounds.max}`;
}

const TYPE_NAMES: Record<ShapeSpec['type'], string> = {
	structure: 'an object',
	map: 'an object of key/value pairs',
	list: 'a list',
	string: 'a string',
	enum: 'a string',
	integer: 'an integer',
	long: 'an integer',
	double: 'a number',
	boolean: 'a boolean (true or false)',
	timestamp: 'a date (ISO 8601 text, epoch seconds or a Date)',
};

function typeMatches(shape: ShapeSpec, value: unknown): boolean {
	switch (shape.type) {
		case 'structure':
		case 'map':
			return isPlainObject(value);
		case 'list':
			return Array.isArray(value);
		case 'string':
		case 'enum':
			return typeof value === 'string';
		case 'integer':
		case 'long':
			return typeof value === 'number' && Number.isInteger(value);
		case 'double':
			return typeof value === 'number' && Number.isFinite(value);
		case 'boolean':
			return typeof value === 'boolean';
		case 'timestamp':
			return (
				(value instanceof Date && !isNaN(value.getTime())) ||
				(typeof value === 'number' && Number.isFinite(value)) ||
				(typeof value === 'string' && !isNaN(Date.parse(value)))
			);
	}
}

export function shapeOf(name: string): ShapeSpec {
	const shape = APPFLOW_MODEL.shapes[name];
	if (!shape) throw new Error(`Shape ${name} is not in the AppFlow model`);
	return shape;
}

/** Validates `value` against the shape named `shapeName`; returns every violation found (none means valid). */
export function validateShape(
	shapeName: string,
	value: unknown,
	options: ValidateOptions = {},
	path = '',
): Violation[] {
	const out: Violation[] = [];
	const max = options.maxViolations ?? 50;
	const walk = (name: string, v: unknown, p: string, secretAbove = false) => {
		if (out.length >= max) return;
		const shape = shapeOf(name);
		const secretHere = secretAbove || isSecretShape(name);
		// An enum's values are a fixed public set (OAUTH2, BASIC): shown even among secrets.
		const secret = secretHere && shape.type !== 'enum';
		/** A value is shown only outside secrets, and a container never (name its type, not its contents). */
		const shown = (value: unknown): Pick<Violation, 'shownValue' | 'hidden' | 'hint'> =>
			secret ? { hidden: true, hint: secretHint(value) } : { shownValue: showValue(value, shape) };
		if (!typeMatches(shape, v)) {
			const container = ['structure', 'map', 'list'].includes(shape.type) || (v !== null && typeof v === 'object');
			out.push({
				path: p,
				rule: 'type',
				requirement: `must be ${TYPE_NAMES[shape.type]}`,
				...(container || secret ? { shownValue: `(${kindOf(v)})` } : shown(v)),
			});
			return;
		}
		const length = lengthOf(v);
		if (shape.length && length !== undefined) {
			const { min, max: maxLen } = shape.length;
			if ((min !== undefined && length < min) || (maxLen !== undefined && length > maxLen)) {
				const unit = typeof v === 'string' ? 'characters' : 'entries';
				out.push({
					path: p,
					rule: 'length',
					requirement: `must have ${describeBounds(shape.length)} ${unit} (has ${length})`,
					...(typeof v === 'string' ? shown(v) : {}),
				});
			}
		}
		if (shape.pattern && typeof v === 'string' && !compiled(shape.pattern).test(v)) {
			out.push({
				path: p,
				rule: 'pattern',
				requirement: `must match ${shape.pattern}`,
				...shown(v),
			});
		}
		if (shape.range && typeof v === 'number') {
			const { min, max: maxVal } = shape.range;
			if ((min !== undefined && v < min) || (maxVal !== undefined && v > maxVal)) {
				out.push({
					path: p,
					rule: 'range',
					requirement: `must be ${describeBounds(shape.range)}`,
					...shown(v),
				});
			}
		}
		if (shape.type === 'enum' && !shape.values!.includes(v as string)) {
			out.push({
				path: p,
				rule: 'enum',
				requirement: `must be one of: ${shape.values!.join(', ')}`,
				...shown(v),
			});
		}
		if (shape.type === 'list') {
			(v as unknown[]).forEach((element, index) => walk(shape.member!, element, `${p}[${index}]`, secretHere));
		}
		if (shape.type === 'map') {
			for (const [key, element] of Object.entries(v as Record<string, unknown>)) {
				walk(shape.key!, key, `${p}{${key}}`);
				walk(shape.value!, element, `${p}.${key}`, secretHere);
			}
		}
		if (shape.type === 'structure') {
			const record = v as Record<string, unknown>;
			for (const [memberName, member] of Object.entries(shape.members!)) {
				const memberPath = p ? `${p}.${memberName}` : memberName;
				const memberValue = Object.prototype.hasOwnProperty.call(record, memberName) ? record[memberName] : undefined;
				if (memberValue === undefined || memberValue === null) {
					if (member.required) out.push({ path: memberPath, rule: 'required', requirement: 'is required' });
					continue;
				}
				walk(member.target, memberValue, memberPath, secretHere || isSecretMember(memberName, member.target));
			}
			if (options.rejectUnknownMembers) {
				for (const key of Object.keys(record)) {
					if (!Object.prototype.hasOwnProperty.call(shape.members, key)) {
						out.push({
							path: p ? `${p}.${key}` : key,
							rule: 'unknown',
							requirement: `is not a member of ${name}; known members: ${Object.keys(shape.members!).join(', ')}`,
						});
					}
				}
			}
		}
	};
	walk(shapeName, value, path);
	return out.slice(0, max);
}

/** Validates the input of an AppFlow action (for example `CreateFlow`). */
export function validateActionInput(action: string, input: unknown, options?: ValidateOptions): Violation[] {
	const operation = APPFLOW_MODEL.operations[action];
	if (!operation) throw new Error(`${action} is not an AppFlow action`);
	return validateShape(operation.input, input, options);
}

/** One line per violation, for example: flowName "my flow" must match ^[a-zA-Z0-9][\w!@#.-]+$ */
export function formatViolation(v: Violation): string {
	if (v.hidden)
		return `${v.path || 'request'} (secret, not shown) ${v.requirement}${v.hint ? `; the value ${v.hint}` : ''}`;
	const value = v.shownValue !== undefined ? ` ${v.shownValue}` : '';
	const hint =
		v.rule === 'pattern' &&
		v.shownValue &&
		/\s/.test(v.shownValue) &&
		!/\\s|\s/.test(v.requirement.replace('must match ', ''))
			? ', no spaces'
			: '';
	return `${v.path || 'request'}${value} ${v.requirement}${hint}`;
}
