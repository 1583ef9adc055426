/**
 * A fake `IExecuteFunctions` for one AWS AppFlow operation whose `getNodeParameter` behaves like n8n's and refuses
 * what n8n's editor could never have saved, so a reader cannot read a field its form lacks:
 * - every segment of a (dotted) path must be declared by the operation, through collections and fixedCollections;
 * - the node-level `resource` and `operation` are the operation's own; `inputMode` is the node's (default or given);
 * - a top-level parameter hidden by its displayOptions is not readable (as n8n drops it on save);
 * - a top-level parameter not given comes with its declared default; a nested path falls back to the caller's;
 * - missing without a fallback throws n8n's "Could not get parameter";
 * - `{ extractValue: true }` reads a resource locator's value.
 * Values are deep-copied, so a reader cannot change the parameters it was given.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeProperties,
	INodePropertyCollection,
	NodeParameterValueType,
} from 'n8n-workflow';

import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import type { AppFlowOperation } from '../../nodes/AwsAppFlow/actions/common/operation';

const NODE_PROPERTIES = new AwsAppFlow().description.properties;
const INPUT_MODE = NODE_PROPERTIES.find((p) => p.name === 'inputMode')!;
/** The node's one Options collection, declared once for every operation. */
const REQUEST_OPTIONS = NODE_PROPERTIES.find((p) => p.name === 'requestOptions')!;
const DEFAULT_VERSION = new AwsAppFlow().description.defaultVersion ?? 1;

/** A displayOptions condition as n8n reads it: a value, or `{ _cnd: { gte: n } }` (used with `@version`). */
function meets(condition: unknown, value: unknown): boolean {
	const cnd = (condition as { _cnd?: { gte?: number } } | null)?._cnd;
	return cnd?.gte !== undefined ? typeof value === 'number' && value >= cnd.gte : condition === value;
}

type Declared = INodeProperties | INodePropertyCollection;

function children(property: Declared): Declared[] {
	if ('values' in property) return property.values;
	if (property.type === 'collection' || property.type === 'fixedCollection')
		return (property.options ?? []) as Declared[];
	return [];
}

function getPath(source: unknown, path: string): unknown {
	let value = source;
	for (const segment of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[segment];
	}
	return value;
}

function isResourceLocator(value: unknown): value is { __rl: true; value: unknown } {
	return typeof value === 'object' && value !== null && (value as { __rl?: unknown }).__rl === true;
}

export function parameterChecker(
	op: AppFlowOperation,
	parameters: Record<string, unknown>,
	/** The node's version as saved; new nodes get the default version. */
	typeVersion = DEFAULT_VERSION,
): IExecuteFunctions {
	const { operation, resource } = op.definition;
	const fixed: IDataObject = { resource, operation };
	// An operation may declare one name more than once, each under its own displayOptions.
	const topLevel = new Map<string, INodeProperties[]>([
		[INPUT_MODE.name, [INPUT_MODE]],
		[REQUEST_OPTIONS.name, [REQUEST_OPTIONS]],
	]);
	for (const p of op.properties) topLevel.set(p.name, [...(topLevel.get(p.name) ?? []), p]);

	const refuse = (path: string, segment: string): never => {
		throw new Error(
			`Parameter "${path}" is not declared by ${operation}: ${operation} reads "${segment}", which it does not declare`,
		);
	};

	const displayed = (property: INodeProperties): boolean => {
		const matches = (key: string, allowed: unknown) => {
			const value = key === '@version' ? typeVersion : topLevelValue(key);
			return Array.isArray(allowed) && allowed.some((condition) => meets(condition, value));
		};
		const { show = {}, hide = {} } = property.displayOptions ?? {};
		return (
			Object.entries(show).every(([key, allowed]) => matches(key, allowed)) &&
			!Object.entries(hide).some(([key, allowed]) => matches(key, allowed))
		);
	};

	/** The value n8n would hold for a top-level name: undefined when hidden or undeclared. */
	const topLevelValue = (name: string): unknown => {
		if (name in fixed) return fixed[name];
		const shown = (topLevel.get(name) ?? []).filter(displayed);
		if (shown.length === 0) return undefined;
		return name in parameters ? parameters[name] : shown[0].default;
	};

	/** Throws unless every segment of `path` is declared; returns the value n8n would hold. */
	const valueAt = (path: string): unknown => {
		const [top, ...rest] = path.split('.');
		if (top in fixed) return rest.length === 0 ? fixed[top] : refuse(path, rest[0]);
		let nodes: Declared[] = topLevel.get(top) ?? refuse(path, top);
		for (const segment of rest) {
			const next = nodes.flatMap(children).filter((c) => c.name === segment);
			nodes = next.length > 0 ? next : refuse(path, segment);
		}
		return getPath({ [top]: topLevelValue(top) }, path);
	};

	const node: INode = {
		id: 'node',
		name: 'AWS AppFlow',
		type: 'n8n-nodes-aws-appflow.awsAppFlow',
		typeVersion,
		position: [0, 0],
		parameters: {},
	};
	return {
		getNode: () => node,
		getNodeParameter(
			path: string,
			_itemIndex: number,
			fallback?: NodeParameterValueType,
			options?: { extractValue?: boolean },
		) {
			let value = valueAt(path);
			if (options?.extractValue && isResourceLocator(value)) value = value.value;
			if (value === undefined) {
				if (fallback === undefined) throw new Error(`Could not get parameter "${path}"`);
				return fallback;
			}
			return JSON.parse(JSON.stringify(value));
		},
	} as unknown as IExecuteFunctions;
}
