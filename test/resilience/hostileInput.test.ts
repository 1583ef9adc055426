/**
 * Hostile input, property-based (fast-check): random and adversarial values in every parameter of every operation,
 * in both input modes, set directly or produced by an expression from the input item (so wrong types arrive the
 * way n8n hands them over). Each run must end in a success, a NodeOperationError that names the field, or an AWS
 * answer to a valid request (NodeApiError) - never a TypeError or another unhandled exception - and every request
 * that reached the emulator must be valid by AppFlow's model. No run may pollute Object.prototype.
 */
import { CreateConnectorProfileCommand, CreateFlowCommand } from '@aws-sdk/client-appflow';
import fc from 'fast-check';
import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type INodeProperties,
	type INodeParameters,
} from 'n8n-workflow';

import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import { RESOURCES } from '../../nodes/AwsAppFlow/actions/registry';
import * as errors from '../../nodes/AwsAppFlow/transport/errors';
import { requestOptionsProperty } from '../../nodes/AwsAppFlow/transport/executionOptions';
import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';
import { formatViolation, validateActionInput } from '../../nodes/AwsAppFlow/model/validate';
import { s3FlowRequest, startNodeBed, type NodeBed } from '../node/nodeBed';
import {
	KNOWN_NAMES,
	hostileString,
	hostileObject,
	hostileValue,
	viaExpression,
	valueFor,
	materialize,
} from './hostileValues';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 30);
const SEED = process.env.HOSTILE_SEED === undefined ? undefined : Number(process.env.HOSTILE_SEED);

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed({ runDurationMs: 50 });
	if (process.env.HOSTILE_DEBUG) {
		// Shows where an engine error came from before the router turns it into an n8n error.
		const original = errors.toNodeError;
		jest.spyOn(errors, 'toNodeError').mockImplementation((error, ctx) => {
			if (/Cannot convert|is not a function|Cannot read/.test(String((error as Error)?.message)))
				console.error((error as Error).stack);
			return original(error, ctx);
		});
	}
});
afterAll(async () => bed.close());

/** Resources some runs can find, so that valid values also reach the success path. */
async function baseline(): Promise<void> {
	bed.emulator.reset();
	await bed.client.send(new CreateFlowCommand(s3FlowRequest('orders') as never));
	await bed.client.send(
		new CreateConnectorProfileCommand({
			connectorProfileName: 'zendesk-main',
			connectorType: 'Zendesk',
			connectionMode: 'Public',
			connectorProfileConfig: {
				connectorProfileProperties: { Zendesk: { instanceUrl: 'https://acme.zendesk.com' } },
				connectorProfileCredentials: {
					Zendesk: { clientId: 'client', clientSecret: 'secret-zd', accessToken: 'token-zd' },
				},
			},
		}),
	);
}

// ---- the operations and their parameters ---------------------------------------------------------------------------

const OPERATIONS = RESOURCES.flatMap((r) => r.operations.map((op) => ({ resource: r.value, op })));

/** Top-level parameters of an operation in an input mode. */
function parametersOf(op: (typeof OPERATIONS)[number]['op'], mode: 'fields' | 'json'): INodeProperties[] {
	// The form is shown unless JSON is chosen (hide), the JSON request only for JSON (show); the mode itself is set.
	return op.properties.filter((p) => {
		if (p.name === 'inputMode') return false;
		const shownFor = p.displayOptions?.show?.inputMode as string[] | undefined;
		const hiddenFor = p.displayOptions?.hide?.inputMode as string[] | undefined;
		return (!shownFor || shownFor.includes(mode)) && !hiddenFor?.includes(mode);
	});
}

/**
 * Start Flow's Wait for Completion polls on its own clock (seconds between checks); its options have their own
 * tests. Here the wait stays off so a hostile poll interval cannot stall the suite.
 */
const HELD: Record<string, INodeParameters> = { startFlow: { waitForCompletion: false } };

interface Case {
	parameters: INodeParameters;
	items: IDataObject[];
	continueOnFail: boolean;
}

function caseFor(resource: string, op: (typeof OPERATIONS)[number]['op'], mode: 'fields' | 'json'): fc.Arbitrary<Case> {
	const params = parametersOf(op, mode).filter(
		(p) => !(op.definition.operation in HELD && p.name in HELD[op.definition.operation]),
	);
	const members = Object.keys(APPFLOW_MODEL.shapes[APPFLOW_MODEL.operations[op.definition.action].input].members ?? {});
	const jsonRequest = fc.oneof(
		// Members of the request from the model, with hostile values, as JSON text.
		fc
			.record(Object.fromEntries(members.map((m) => [m, fc.oneof(fc.constantFrom(...KNOWN_NAMES), hostileValue)])), {
				requiredKeys: [],
			})
			.map((o) => JSON.stringify(o)),
		hostileObject(hostileValue).map((o) => JSON.stringify(o)),
		fc.constantFrom(
			'{"__proto__": {"polluted": true}, "flowName": "orders"}',
			'{"constructor": {"prototype": {"polluted": true}}}',
			'{',
			'[]',
			'null',
			'"text"',
			'1e999',
			'{"flowName": "orders"}'.repeat(2),
		),
		hostileString,
		// An object, array, number... from an expression.
		viaExpression,
	);
	const entries: Array<[string, fc.Arbitrary<unknown>]> = params.map((p) => [
		p.name,
		p.name === 'requestJson' ? jsonRequest : valueFor(p),
	]);
	entries.push([
		'requestOptions',
		fc.oneof(
			{ weight: 4, arbitrary: fc.constant(undefined) },
			{ weight: 1, arbitrary: valueFor(requestOptionsProperty()) },
		),
	]);
	// n8n's own parameter resolution (getNodeParameters, before the node runs) fails on a missing fixedCollection
	// whose default is not empty; the editor always stores those, so they are always present here.
	const alwaysStored = params
		.filter((p) => p.type === 'fixedCollection' && Object.keys((p.default as object) ?? {}).length > 0)
		.map((p) => p.name);
	return fc
		.tuple(fc.record(Object.fromEntries(entries), { requiredKeys: alwaysStored }), fc.boolean())
		.map(([values, continueOnFail]) => {
			const item: IDataObject = {};
			const materialized = materialize(values, item, { n: 0 }) as INodeParameters;
			const parameters: INodeParameters = {
				resource,
				operation: op.definition.operation,
				inputMode: mode,
				...materialized,
				...HELD[op.definition.operation],
			};
			return { parameters, items: [item], continueOnFail };
		});
}

// ---- what counts as a proper outcome ------------------------------------------------------------------------------

/** Every name a message may use to point at a field: parameter names and display names, request members. */
const FIELD_NAMES = (() => {
	const names = new Set<string>(['requestJson', 'Options', 'request']);
	const visit = (p: INodeProperties | { name: string; displayName?: string; values?: INodeProperties[] }) => {
		names.add(p.name);
		if (p.displayName) names.add(p.displayName);
		for (const child of ((p as INodeProperties).options ?? []) as INodeProperties[])
			if (typeof child === 'object' && 'name' in child && ('type' in child || 'values' in child)) visit(child);
		for (const child of (p as { values?: INodeProperties[] }).values ?? []) visit(child);
	};
	new AwsAppFlow().description.properties.forEach(visit);
	for (const shape of Object.values(APPFLOW_MODEL.shapes))
		for (const member of Object.keys(shape.members ?? {})) names.add(member);
	return [...names].filter((n) => n.length > 1);
})();

/** Messages of JavaScript's own errors, which would mean the node tripped over the value instead of judging it. */
const ENGINE_ERROR =
	/Cannot read propert|Cannot convert|is not a function|is not iterable|is not defined|Maximum call stack|Invalid array length|Invalid time value|Cannot destructure|of undefined|of null|Unexpected token .* in JSON at position/;

function judge(error: unknown): string | undefined {
	if (error instanceof NodeOperationError) {
		if (ENGINE_ERROR.test(error.message) && !/^requestJson|is not valid JSON/.test(error.message))
			return `engine error surfaced as NodeOperationError: ${error.message}`;
		if (error.description?.startsWith('While preparing'))
			return `unexpected failure while preparing the request: ${error.message}`;
		const message = error.message.toLowerCase();
		if (!FIELD_NAMES.some((name) => message.includes(name.toLowerCase())))
			return `NodeOperationError names no field: ${error.message}`;
		return undefined;
	}
	if (error instanceof NodeApiError) {
		// AWS refusing a valid request (not found, conflict): fine. AWS refusing an invalid one is caught below.
		const status = Number(error.httpCode);
		// (A ValidationException is fine only for a request the model accepts: the check of what AppFlow received
		// below catches any other. AWS has rules across members the model cannot express.)
		if (!(status >= 400 && status < 500))
			return `NodeApiError without a 4xx status: ${error.message} (${error.httpCode})`;
		if (/SerializationException/.test(error.message)) return `AWS could not read the request: ${error.message}`;
		return undefined;
	}
	return `unhandled ${(error as Error)?.constructor?.name ?? typeof error}: ${(error as Error)?.message ?? String(error)}`;
}

function invalidRequestsReceived(): string[] {
	return bed.emulator
		.received()
		.flatMap(({ action, input }) => validateActionInput(action, input).map((v) => `${action}: ${formatViolation(v)}`));
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const cleanPrototype = prototypeKeys();

async function check(c: Case): Promise<void> {
	await baseline();
	let problem: string | undefined;
	try {
		const output = await bed.run(c.parameters, { items: c.items, continueOnFail: c.continueOnFail });
		for (const item of output) {
			expect(item.pairedItem).toEqual({ item: 0 });
			if (
				c.continueOnFail &&
				typeof item.json.error === 'string' &&
				ENGINE_ERROR.test(item.json.error) &&
				!/requestJson|is not valid JSON/.test(item.json.error)
			) {
				problem = `engine error in an error item: ${item.json.error}`;
			}
		}
	} catch (error) {
		problem = judge(error);
		if (problem && process.env.HOSTILE_DEBUG)
			console.error((error as Error).stack, (error as { cause?: Error }).cause?.stack);
	}
	const invalid = invalidRequestsReceived();
	if (invalid.length > 0)
		problem = `${problem ? `${problem}; ` : ''}invalid requests reached AppFlow: ${invalid.slice(0, 3).join(' | ')}`;
	if (prototypeKeys() !== cleanPrototype || ({} as IDataObject).polluted !== undefined)
		problem = 'Object.prototype was polluted';
	if (problem) throw new Error(problem);
}

describe.each(['fields', 'json'] as const)('%s mode', (mode) => {
	it.each(OPERATIONS.map(({ resource, op }) => [op.definition.operation, resource, op] as const))(
		'%s: every hostile input ends in success or a named error, and nothing invalid reaches AppFlow',
		async (_name, resource, op) => {
			const result = await fc.check(fc.asyncProperty(caseFor(resource, op, mode), check), {
				numRuns: RUNS,
				seed: SEED,
				endOnFailure: true,
			});
			if (result.failed) {
				const shown = fc
					.stringify(result.counterexample)
					.replace(/(.)\1{60,}/g, (run, ch: string) => `${ch.repeat(10)}...(${run.length} times)`);
				throw new Error(
					`${(result.errorInstance as Error)?.message ?? String(result.errorInstance)}\nseed ${result.seed}, path ${result.counterexamplePath}\n${shown.slice(0, 3000)}`,
				);
			}
		},
		120_000,
	);
});
