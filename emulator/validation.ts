/**
 * Request validation with AWS's wording. Detection is the shared model validator's; this file only turns its
 * violations into the message Coral-based AWS services send, for example:
 *   1 validation error detected: Value 'bad name!' at 'flowName' failed to satisfy constraint:
 *   Member must satisfy regular expression pattern: ^[a-zA-Z0-9][\w!@#.-]+$
 */
import { APPFLOW_MODEL } from '../nodes/AwsAppFlow/model/appflow.generated';
import type { ShapeSpec } from '../nodes/AwsAppFlow/model/modelTypes';
import { validateActionInput, type Violation } from '../nodes/AwsAppFlow/model/validate';
import { AwsError } from './errors';

/** Coral lists at most this many problems in one message. */
const MAX_REPORTED = 10;

interface Located {
	/** Path in AWS's notation: `tasks.1.member.taskType` (lists are 1-based). */
	awsPath: string;
	/** Shape of the member the rule applies to. */
	shape: ShapeSpec;
	/** Value the rule applies to. */
	value: unknown;
	/** Value shown in the message: for list elements and map entries, the whole collection, as AWS shows it. */
	shown: unknown;
	/** Set when the rule applies to an element of a list of scalars or to a map key/value. */
	wrapper?: 'Member' | 'Map keys' | 'Map value';
}

const isLeaf = (shape: ShapeSpec) => shape.type !== 'structure' && shape.type !== 'list' && shape.type !== 'map';

const child = (v: unknown, key: string | number) =>
	v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key as string] : undefined;

/** Walks the model along a path in validate.ts notation (`a.b[0].c`, `tags{key}`, `tags.key`). */
function locate(rootShape: string, root: unknown, path: string): Located {
	let shape = APPFLOW_MODEL.shapes[rootShape];
	let value: unknown = root;
	let awsPath = '';
	let rest = path;
	const join = (segment: string) => (awsPath ? `${awsPath}.${segment}` : segment);

	while (rest) {
		if (shape.type === 'structure') {
			const match = /^\.?([A-Za-z0-9_]+)/.exec(rest);
			const member = match && shape.members![match[1]];
			if (!match || !member) break;
			awsPath = join(match[1]);
			value = child(value, match[1]);
			shape = APPFLOW_MODEL.shapes[member.target];
			rest = rest.slice(match[0].length);
		} else if (shape.type === 'list') {
			const match = /^\[(\d+)\]/.exec(rest);
			if (!match) break;
			const index = Number(match[1]);
			const element = APPFLOW_MODEL.shapes[shape.member!];
			if (isLeaf(element))
				return { awsPath, shape: element, value: child(value, index), shown: value, wrapper: 'Member' };
			awsPath = join(`${index + 1}.member`);
			value = child(value, index);
			shape = element;
			rest = rest.slice(match[0].length);
		} else if (shape.type === 'map') {
			if (rest.startsWith('{') && rest.endsWith('}')) {
				return {
					awsPath,
					shape: APPFLOW_MODEL.shapes[shape.key!],
					value: rest.slice(1, -1),
					shown: value,
					wrapper: 'Map keys',
				};
			}
			const valueShape = APPFLOW_MODEL.shapes[shape.value!];
			// A leaf value ends the path, so everything after the dot is the key (keys may contain dots).
			if (isLeaf(valueShape))
				return { awsPath, shape: valueShape, value: child(value, rest.slice(1)), shown: value, wrapper: 'Map value' };
			const match = /^\.([^.[{]+)/.exec(rest);
			if (!match) break;
			awsPath = join(match[1]);
			value = child(value, match[1]);
			shape = valueShape;
			rest = rest.slice(match[0].length);
		} else {
			break;
		}
	}
	return { awsPath, shape, value, shown: value };
}

/** Java-style rendering, as Coral prints values: strings bare, lists `[a, b]`, maps `{k=v}`. */
function render(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
	if (typeof value === 'object') {
		return `{${Object.entries(value as Record<string, unknown>)
			.map(([k, v]) => `${k}=${render(v)}`)
			.join(', ')}}`;
	}
	return String(value);
}

function constraintText(v: Violation, shape: ShapeSpec, value: unknown): string {
	switch (v.rule) {
		case 'required':
			return 'Member must not be null';
		case 'length': {
			const length =
				typeof value === 'string'
					? [...value].length
					: Array.isArray(value)
						? value.length
						: Object.keys(value ?? {}).length;
			return shape.length?.max !== undefined && length > shape.length.max
				? `Member must have length less than or equal to ${shape.length.max}`
				: `Member must have length greater than or equal to ${shape.length?.min ?? 0}`;
		}
		case 'pattern':
			return `Member must satisfy regular expression pattern: ${shape.pattern}`;
		case 'range':
			return shape.range?.max !== undefined && (value as number) > shape.range.max
				? `Member must have value less than or equal to ${shape.range.max}`
				: `Member must have value greater than or equal to ${shape.range?.min}`;
		case 'enum':
			return `Member must satisfy enum value set: [${shape.values!.join(', ')}]`;
		default:
			return `Member ${v.requirement}`;
	}
}

export function describeViolation(action: string, input: unknown, v: Violation): string {
	const rootShape = APPFLOW_MODEL.operations[action].input;
	const at = locate(rootShape, input, v.path);
	const inner = constraintText(v, at.shape, at.value);
	const constraint = at.wrapper ? `${at.wrapper} must satisfy constraint: [${inner}]` : inner;
	const shown = v.rule === 'required' ? 'Value null' : at.shape.sensitive ? 'Value' : `Value '${render(at.shown)}'`;
	return `${shown} at '${at.awsPath}' failed to satisfy constraint: ${constraint}`;
}

/** Throws the error AWS would answer a request with that breaks the model's constraints. */
export function assertValidInput(action: string, input: Record<string, unknown>): void {
	const violations = validateActionInput(action, input);
	if (violations.length === 0) return;
	// A value of the wrong JSON type never reaches Coral's validator: the JSON deserializer refuses it first.
	const typeError = violations.find((v) => v.rule === 'type');
	if (typeError) {
		const { awsPath } = locate(APPFLOW_MODEL.operations[action].input, input, typeError.path);
		throw new AwsError(
			'SerializationException',
			`Cannot deserialize the value at '${awsPath}': it ${typeError.requirement}`,
		);
	}
	const reported = violations.slice(0, MAX_REPORTED).map((v) => describeViolation(action, input, v));
	const count = violations.length;
	throw new AwsError(
		'ValidationException',
		`${count} validation error${count === 1 ? '' : 's'} detected: ${reported.join('; ')}`,
	);
}
