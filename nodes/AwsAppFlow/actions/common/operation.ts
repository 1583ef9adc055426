/**
 * `defineOperation` pairs an operation's description with its execute in one small file per operation. The common
 * case (read the request, send it, shape the answer) needs only a declaration; operations with more to do pass
 * their own readers, emit or execute. An operation names only its AppFlow action: its value is the action in
 * lowerCamelCase and its resource is the one that lists it (common/resource.ts binds the two).
 */
import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';

import { APPFLOW_MODEL } from '../../model/appflow.generated';
import type { AppFlowResponse } from '../../transport/send';
import { collectPages, pagingOf } from '../../transport/paginate';
import {
	additionalFieldsProperty,
	inputModeProperty,
	inputShape,
	memberProperty,
	paginationProperties,
} from './fields';
import { readRequest, type MemberReader } from './request';
import { simplifyProperty } from './simplify';
import { booleanParameter, numberParameter } from './strictValues';

/** What an operation gets for one input item. */
export interface ItemContext {
	fn: IExecuteFunctions;
	itemIndex: number;
	/**
	 * Sends an AppFlow action with the execution's one client; failures become n8n errors in the router. The call
	 * ends early when the execution is cancelled, or when `abortSignal` (a wait's deadline) fires.
	 */
	send(action: string, input: object, abortSignal?: AbortSignal): Promise<AppFlowResponse>;
	/** Whether this item's output is to be simplified (set by bindOperation for operations that offer Simplify). */
	simplify?: boolean;
}

export type OutputSpec =
	| { kind: 'single' }
	/** One item per element of `key` (or of what `elements` picks from a page); Return All / Limit when it pages. */
	| { kind: 'list'; key: string; elements?: (response: Record<string, unknown>) => IDataObject[] }
	/** AWS answers with nothing: emit `{ success: true }` plus the identifiers acted on. */
	| { kind: 'empty'; echo: string[] };

/** What an operation file declares. */
export interface OperationSpec {
	/** The AppFlow action, e.g. DescribeFlow. */
	action: string;
	/**
	 * The operation's parameter value, saved in workflows; by default the action in lowerCamelCase. Only a second
	 * operation on an action already listed sets it (Flow Execution > Get also sends DescribeFlowExecutionRecords).
	 */
	value?: string;
	/** n8n-style option name: Create, Get, Get Many, Update, Delete, Start, ... */
	name: string;
	/** Verb phrase shown in the node picker and read by AI agents, e.g. "Get a flow". */
	actionText: string;
	/** One sentence on what it does and what it emits. */
	description: string;
	output: OutputSpec;
	/** Fields-mode parameters; by default one per required member, generated from the model. */
	properties?: INodeProperties[];
	/** Optional members not offered in Additional Fields (because `properties` covers them). */
	additionalFieldsExclude?: string[];
	additionalFieldsOverrides?: Record<string, Partial<INodeProperties>>;
	readers?: Record<string, MemberReader>;
	/** Properties shown in both input modes (Wait for Completion, Filters), after the fields and Return All / Limit. */
	sharedProperties?: INodeProperties[];
	/** Example request for JSON mode. */
	jsonExample?: Record<string, unknown>;
	/**
	 * Offers Simplify (node version 2 on): a function that makes one output item readable, or `true` when the
	 * operation's own execute shapes its simplified output (it reads `ctx.simplify`).
	 */
	simplify?: true | ((item: IDataObject) => IDataObject);
	/** From node version 2 a single answer starts with this request member (Create Flow's flowName beside flowArn). */
	nameMember?: string;
	/** The operation's entries in the node's one Options collection (shown for this operation only). */
	options?: INodeProperties[];
	/** Replaces the default read-send-emit. */
	execute?: (ctx: ItemContext) => Promise<IDataObject[]>;
}

/** An operation as the node shows it: bound to the resource that lists it. */
export interface OperationDefinition extends OperationSpec {
	resource: string;
	/** The AppFlow action name in lowerCamelCase: the parameter value saved in workflows. */
	operation: string;
}

export interface AppFlowOperation {
	definition: OperationDefinition;
	option: INodePropertyOptions;
	properties: INodeProperties[];
	/** Its entries of the node's Options collection, shown for this operation only. */
	options: INodeProperties[];
	execute(ctx: ItemContext): Promise<IDataObject[]>;
}

/** The node's version as saved with the workflow: 1 for nodes saved before Simplify existed. */
export const nodeVersion = (ctx: Pick<ItemContext, 'fn'>): number => ctx.fn.getNode().typeVersion ?? 1;

function defaultJsonExample(action: string): Record<string, unknown> {
	const example: Record<string, unknown> = {};
	for (const [name, member] of Object.entries(inputShape(action).members!)) {
		if (!member.required) continue;
		const type = APPFLOW_MODEL.shapes[member.target].type;
		example[name] = type === 'structure' || type === 'map' ? {} : type === 'list' ? [] : '';
	}
	return example;
}

function isListWithPages(def: OperationSpec): boolean {
	return def.output.kind === 'list' && pagingOf(def.action) !== undefined;
}

function emit(def: OperationSpec, request: Record<string, unknown>, response: AppFlowResponse): IDataObject[] {
	switch (def.output.kind) {
		case 'single':
			return [response as IDataObject];
		case 'list':
			return def.output.elements
				? def.output.elements(response)
				: ((response[def.output.key] as IDataObject[] | undefined) ?? []);
		case 'empty': {
			const echoed = Object.fromEntries(
				def.output.echo.filter((k) => request[k] !== undefined).map((k) => [k, request[k]]),
			);
			return [{ success: true, ...echoed, ...(response as IDataObject) }];
		}
	}
}

export async function defaultExecute(def: OperationSpec, ctx: ItemContext): Promise<IDataObject[]> {
	const request = await readRequest(ctx.fn, ctx.itemIndex, def.action, { readers: def.readers });
	if (def.output.kind === 'list' && isListWithPages(def)) {
		// Strictly: an expression's "false" must not turn Return All on.
		const returnAll = booleanParameter(ctx.fn, 'returnAll', ctx.itemIndex, false);
		const limit = returnAll ? Infinity : numberParameter(ctx.fn, 'limit', ctx.itemIndex, 50);
		const elements = await collectPages(
			def.action,
			request,
			def.output.elements ?? def.output.key,
			{ returnAll, limit },
			(input) => ctx.send(def.action, input),
		);
		return elements as IDataObject[];
	}
	const emitted = emit(def, request, await ctx.send(def.action, request));
	const name = def.nameMember;
	if (!name || nodeVersion(ctx) < 2 || request[name] === undefined) return emitted;
	return emitted.map((item) => ({ [name]: request[name], ...item }) as IDataObject);
}

/** Whether Simplify is on for this item: never on version 1 nodes, which have no such parameter. */
function readSimplify(def: OperationSpec, ctx: ItemContext): boolean {
	return (
		def.simplify !== undefined && nodeVersion(ctx) >= 2 && booleanParameter(ctx.fn, 'simplify', ctx.itemIndex, true)
	);
}

export function defineOperation(spec: OperationSpec): OperationSpec {
	return spec;
}

/** The parameter value of an action's operation, saved in workflows: DescribeFlow -> describeFlow. */
export const operationValue = (action: string) => action.charAt(0).toLowerCase() + action.slice(1);

/** The operation of `spec` under `resource`: its option and its parameters, shown for that resource only. */
export function bindOperation(resource: string, spec: OperationSpec): AppFlowOperation {
	const def: OperationDefinition = { ...spec, resource, operation: spec.value ?? operationValue(spec.action) };
	const show = { resource: [def.resource], operation: [def.operation] };
	const requiredMembers = Object.entries(inputShape(def.action).members!)
		.filter(([, m]) => m.required)
		.map(([name]) => name);
	const declared = def.properties ?? requiredMembers.map((m) => memberProperty(def.action, m));
	const fieldProps = declared.filter((p) => p.name !== 'additionalFields');
	// An operation that builds its own Additional Fields (Update Flow's Update Fields, one per node version for
	// Connector Entity Get) gets no generated one; either way they go where Additional Fields go.
	const own = declared.filter((p) => p.name === 'additionalFields');
	const generated = additionalFieldsProperty(def.action, def.additionalFieldsExclude, def.additionalFieldsOverrides);
	const additional = own.length > 0 ? own : generated ? [generated] : [];
	const cliName = def.action.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase());
	const jsonDescription = `The whole ${def.action} request as a JSON object in AppFlow's request syntax (what aws appflow ${cliName} --cli-input-json takes)`;
	const json: INodeProperties = {
		displayName: 'Request (JSON)',
		name: 'requestJson',
		type: 'json',
		default: JSON.stringify(def.jsonExample ?? defaultJsonExample(def.action), null, 2),
		required: true,
		description: jsonDescription,
	};
	// The form is hidden when JSON is chosen rather than shown when Fields is: n8n resolves parameters in the order
	// they are declared, and Input Mode now comes after the form, so "not JSON" must hold while it is still unread.
	const formOnly = { show, hide: { inputMode: ['json'] } };
	// The order n8n shows them in: what identifies the resource and what the operation needs, Return All / Limit and
	// the operation's own switches, Simplify, Additional Fields; then Input Mode, with Request (JSON) right under it
	// when JSON is chosen; the node's Options come last (actions/description.ts).
	const properties = [
		...updateDisplayOptions(formOnly, fieldProps),
		...updateDisplayOptions({ show }, [
			...(isListWithPages(def) ? paginationProperties() : []),
			...(def.sharedProperties ?? []),
			...(def.simplify ? [simplifyProperty] : []),
		]),
		...updateDisplayOptions(formOnly, additional),
		...updateDisplayOptions({ show }, [inputModeProperty]),
		...updateDisplayOptions({ show: { ...show, inputMode: ['json'] } }, [json]),
	];
	const rootShow = { '/resource': [def.resource], '/operation': [def.operation] };
	return {
		definition: def,
		option: { name: def.name, value: def.operation, action: def.actionText, description: def.description },
		properties,
		options: updateDisplayOptions({ show: rootShow }, def.options ?? []),
		async execute(ctx) {
			const simplify = readSimplify(def, ctx);
			const itemCtx = simplify ? { ...ctx, simplify } : ctx;
			const output = def.execute ? await def.execute(itemCtx) : await defaultExecute(def, itemCtx);
			return simplify && typeof def.simplify === 'function' ? output.map(def.simplify) : output;
		},
	};
}
