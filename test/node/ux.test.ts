/**
 * n8n's copy rules over the built descriptions of both nodes and the credential, so they stay true as fields are
 * added: Title Case display names, alphabetical option lists of 5 or more, "e.g." placeholders, "Whether ..."
 * booleans, required members marked required, readable option names instead of raw enum values, no API jargon in
 * descriptions, and one word for runs. Each rule collects every offender, so a failure lists them all.
 */
import type {
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';

import { AwsAppFlowApi } from '../../credentials/AwsAppFlowApi.credentials';
import { AwsAppFlowConnectorSecretsApi } from '../../credentials/AwsAppFlowConnectorSecretsApi.credentials';
import { RESOURCES } from '../../nodes/AwsAppFlow/actions/registry';
import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';
import { AwsAppFlowTrigger } from '../../nodes/AwsAppFlowTrigger/AwsAppFlowTrigger.node';

type Option = INodePropertyOptions;
interface Visited {
	where: string;
	property: INodeProperties;
}

const node = new AwsAppFlow().description;
const trigger = new AwsAppFlowTrigger().description;
const credential = new AwsAppFlowApi();

/** Every property, nested ones included, with a path naming where it is. */
function walk(properties: INodeProperties[], where: string, out: Visited[] = []): Visited[] {
	for (const property of properties) {
		const show = property.displayOptions?.show;
		const scope = show?.operation ? `${String(show.resource ?? '')}.${String(show.operation)}` : '';
		const here = `${where}${scope ? `[${scope}]` : ''} ${property.displayName}`;
		out.push({ where: here, property });
		if (property.type === 'collection') walk((property.options ?? []) as INodeProperties[], `${here} >`, out);
		if (property.type === 'fixedCollection') {
			for (const group of (property.options ?? []) as INodePropertyCollection[])
				walk(group.values, `${here} > ${group.displayName} >`, out);
		}
	}
	return out;
}

const all: Visited[] = [
	...walk(node.properties, 'AWS AppFlow:'),
	...walk(trigger.properties, 'AWS AppFlow Trigger:'),
	...walk(credential.properties, 'Credential:'),
	...walk(new AwsAppFlowConnectorSecretsApi().properties, 'Connector Secrets credential:'),
];
const optionLists = all.filter(
	({ property }) => ['options', 'multiOptions'].includes(property.type) && Array.isArray(property.options),
);

const SMALL_WORDS = new Set([
	'a',
	'an',
	'and',
	'as',
	'at',
	'by',
	'for',
	'from',
	'in',
	'of',
	'on',
	'or',
	'per',
	'the',
	'to',
	'vs',
	'with',
]);

/** Title Case: every word capitalized but small words inside; tokens like (JSON), IDs, e.g. "S3" pass. */
function isTitleCase(text: string): boolean {
	return text.split(/\s+/).every((word, i) => {
		const bare = word.replace(/^[("'[]+|[)"'\],:.?]+$/g, '');
		if (bare === '' || /^[^a-zA-Z]/.test(bare)) return true;
		if (i > 0 && SMALL_WORDS.has(bare)) return true;
		if (bare.startsWith('n8n')) return true; // the brand is written in lower case
		return /^[A-Z]/.test(bare);
	});
}

describe('n8n copy rules', () => {
	it('uses Title Case for display names, option names, node names and collection groups', () => {
		const offenders: string[] = [];
		for (const { where, property } of all) {
			if (property.type === 'notice') continue;
			if (!isTitleCase(property.displayName)) offenders.push(where);
		}
		for (const { where, property } of optionLists)
			for (const option of property.options as Option[])
				if (!isTitleCase(option.name)) offenders.push(`${where}: option "${option.name}"`);
		for (const d of [node, trigger] as INodeTypeDescription[])
			if (!isTitleCase(d.displayName)) offenders.push(d.displayName);
		expect(offenders).toEqual([]);
	});

	it('sorts option lists of 5 or more alphabetically (Resource keeps its documented order)', () => {
		const offenders = optionLists
			.filter(({ property }) => property.name !== 'resource' && (property.options as Option[]).length >= 5)
			.filter(({ property }) => {
				const names = (property.options as Option[]).map((o) => o.name);
				return names.join('\n') !== [...names].sort((a, b) => a.localeCompare(b)).join('\n');
			})
			.map(({ where }) => where);
		expect(offenders).toEqual([]);
	});

	it('starts example placeholders with "e.g."', () => {
		const prompt = /^(Add|Select|Choose|Pick|Set) /;
		const offenders: string[] = [];
		const check = (where: string, placeholder: string | undefined) => {
			if (placeholder && !placeholder.startsWith('e.g. ') && !prompt.test(placeholder))
				offenders.push(`${where}: "${placeholder}"`);
		};
		for (const { where, property } of all) {
			check(where, property.placeholder);
			for (const mode of property.modes ?? []) check(`${where} (${mode.displayName})`, mode.placeholder);
		}
		expect(offenders).toEqual([]);
	});

	it('starts boolean descriptions with "Whether"', () => {
		const offenders = all
			.filter(({ property }) => property.type === 'boolean' && !/^Whether /.test(property.description ?? ''))
			.map(({ where, property }) => `${where}: "${property.description ?? ''}"`);
		expect(offenders).toEqual([]);
	});

	it('marks the top-level parameter of every required request member required', () => {
		const offenders: string[] = [];
		for (const resource of RESOURCES)
			for (const op of resource.operations) {
				const { action, operation } = op.definition;
				const members = APPFLOW_MODEL.shapes[APPFLOW_MODEL.operations[action].input].members!;
				for (const property of op.properties) {
					const member = members[property.name];
					if (!property.displayOptions?.hide?.inputMode?.includes('json')) continue; // the form: hidden only for JSON
					// Update Flow reads the definition from the current flow, so only flowName is required there; Create
					// Flow's Trigger and Tasks default to On Demand and Map All when left empty.
					const filledIn =
						(operation === 'updateFlow' && property.name !== 'flowName') ||
						(operation === 'createFlow' && ['triggerConfig', 'tasks'].includes(property.name));
					if (member?.required && !property.required && !filledIn)
						offenders.push(`${resource.value}.${operation} ${property.name}`);
				}
			}
		expect(offenders).toEqual([]);
	});

	it("marks the flow forms' nested fields of required members required (Source, Destinations, their connectors)", () => {
		const shapes = APPFLOW_MODEL.shapes;
		const requiredIn = (shape: string, member: string) => shapes[shape].members?.[member]?.required === true;
		/** The properties shape of a connector type in a container (members differ in case: Servicenow / ServiceNow). */
		const propertiesShape = (container: string, type: string) => {
			const members = shapes[container].members!;
			const member = Object.keys(members).find((m) => m.toLowerCase() === type.toLowerCase());
			return member ? members[member].target : undefined;
		};
		const forms: Array<[string, string, string, string]> = [
			['sourceFlowConfig', 'source', 'SourceFlowConfig', 'SourceConnectorProperties'],
			['destinationFlowConfigList', 'destination', 'DestinationFlowConfig', 'DestinationConnectorProperties'],
		];
		const offenders: string[] = [];
		for (const [name, option, configShape, container] of forms) {
			const form = node.properties.find(
				(p) => p.name === name && p.displayOptions?.show?.operation?.includes('createFlow'),
			)!;
			const fields = (form.options as INodePropertyCollection[]).find((o) => o.name === option)!.values;
			for (const field of fields) {
				const types = field.displayOptions?.show?.connectorType as string[] | undefined;
				// A member of the config itself (connectorType), or one every connector type showing the field requires.
				const required =
					requiredIn(configShape, field.name) ||
					(types !== undefined &&
						types.every((type) => {
							const shape = propertiesShape(container, type);
							return shape !== undefined && requiredIn(shape, field.name);
						}));
				if (required && !field.required) offenders.push(`${name} > ${field.displayName}`);
			}
		}
		expect(offenders).toEqual([]);
	});

	it('shows readable option names, not raw enum values, where a readable name exists', () => {
		// SCREAMING_CASE, run together (CustomerProfiles, InProgress) or a known product spelled as AWS's enum has it.
		// EventBridge is the product's own spelling, so it reads well as it is.
		const raw = (value: string) =>
			value === 'EventBridge'
				? false
				: /^[A-Z0-9_]{3,}$/.test(value)
					? !/^(S3|CSV|JSON)$/.test(value)
					: /[a-z][A-Z]|_|^(Googleanalytics|Servicenow|Trendmicro|Infornexus|SAPOData)$/.test(value);
		const offenders: string[] = [];
		for (const { where, property } of optionLists)
			for (const option of property.options as Option[])
				if (option.name === option.value && typeof option.value === 'string' && raw(option.value))
					offenders.push(`${where}: ${option.value}`);
		expect(offenders).toEqual([]);
	});

	it('keeps API jargon out of descriptions: no (ActionName), no "emits {", no raw request syntax', () => {
		const jargon = /\((?:[A-Z][a-z]+){2,}\)|emits \{|\{ ?success: true/;
		const texts: Array<[string, string]> = [];
		for (const { where, property } of all) {
			if (property.description) texts.push([where, property.description]);
			if (property.hint) texts.push([`${where} (hint)`, property.hint]);
		}
		for (const { where, property } of optionLists)
			for (const option of property.options as Option[])
				if (option.description) texts.push([`${where}: option ${option.name}`, option.description]);
		for (const r of RESOURCES)
			for (const op of r.operations) texts.push([`${r.value}.${op.definition.operation}`, op.definition.description]);
		const offenders = texts.filter(([, text]) => jargon.test(text)).map(([where, text]) => `${where}: ${text}`);
		expect(offenders).toEqual([]);
	});

	it('says "run" for a run of a flow: not "execution" or "execution record" in names and descriptions', () => {
		// "Execution" stays n8n's word for a workflow execution; what is checked is AppFlow's run called otherwise. The
		// resource keeps its saved name Flow Execution, and execution ID is AWS's name for a run's ID.
		const word =
			/\bexecution records?\b|\bflow executions?\b|\bexecutions? of (a|the|this) flow\b|\bexecution (status|history)\b|\b(active|failed|successful|canceled|finished) executions?\b|\bthe flow's executions?\b/i;
		const offenders: string[] = [];
		const check = (where: string, text: string | undefined) => {
			const cleaned = (text ?? '')
				.replace(/Flow Execution/g, '')
				.replace(/(n8n|workflow) execution/gi, '')
				.replace(/\bexecutionIds?\b/g, '')
				// AWS's action and command names (DescribeFlowExecutionRecords, describe-flow-execution-records)
				.replace(/\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b|\b[a-z]+(?:-[a-z]+)+\b/g, '');
			if (word.test(cleaned)) offenders.push(`${where}: ${text}`);
		};
		for (const { where, property } of all) {
			check(where, property.displayName);
			check(where, property.description);
		}
		for (const { where, property } of optionLists)
			for (const option of property.options as Option[]) {
				check(`${where}: ${option.name}`, option.name);
				check(`${where}: ${option.name}`, option.description);
			}
		for (const r of RESOURCES) {
			check(r.value, r.description);
			for (const op of r.operations) {
				check(op.definition.operation, op.definition.description);
				check(op.definition.operation, op.definition.actionText);
			}
		}
		expect(offenders).toEqual([]);
	});
});

/** A top-level property's displayOptions against parameter values; `@version` conditions as n8n reads them. */
function displayed(property: INodeProperties, values: Record<string, unknown>, version: number): boolean {
	const matches = (key: string, allowed: unknown[]) => {
		const value = key === '@version' ? version : values[key];
		return allowed.some((condition) => {
			const cnd = (condition as { _cnd?: { gte?: number } } | null)?._cnd;
			return cnd?.gte !== undefined ? (value as number) >= cnd.gte : condition === value;
		});
	};
	const { show = {}, hide = {} } = property.displayOptions ?? {};
	return (
		Object.entries(show).every(([key, allowed]) => matches(key, allowed as unknown[])) &&
		!Object.entries(hide).some(([key, allowed]) => values[key] !== undefined && matches(key, allowed as unknown[]))
	);
}

/** What the panel shows, in order, as n8n resolves it: each shown parameter's value (given or default) counts next. */
function panel(resource: string, operation: string, version: number, given: Record<string, unknown> = {}) {
	const values: Record<string, unknown> = { resource, operation, ...given };
	const shown: INodeProperties[] = [];
	for (const property of node.properties) {
		if (['resource', 'operation'].includes(property.name) || !displayed(property, values, version)) continue;
		shown.push(property);
		if (!(property.name in values)) values[property.name] = property.default;
	}
	return shown;
}

const SIMPLIFIED = [
	'flow.describeFlow',
	'flow.listFlows',
	'flowExecution.getFlowExecution',
	'flowExecution.describeFlowExecutionRecords',
	'connectorProfile.describeConnectorProfiles',
	'connectorEntity.listConnectorEntities',
	'connectorEntity.describeConnectorEntity',
];

describe('field order and Options', () => {
	const operations = RESOURCES.flatMap((r) => r.operations.map((op) => [r.value, op.definition.operation] as const));
	const cases = operations.flatMap(([r, op]) =>
		[1, 2].flatMap((version) =>
			(['fields', 'json'] as const).map(
				(inputMode) => [`${r}.${op} v${version} ${inputMode}`, r, op, version, inputMode] as const,
			),
		),
	);

	it.each(cases)(
		'%s: what the operation needs first, then Additional Fields, Input Mode, Options last, and one Options',
		(_name, r, op, version, inputMode) => {
			// Waiting on, so Start Flow's wait settings show; Return All off, so Limit shows.
			const names = panel(r, op, version, { inputMode, waitForCompletion: true }).map((p) => p.name);
			const at = (name: string) => names.indexOf(name);
			// In Fields mode (the default) Input Mode is never the first thing to fill in; in JSON mode the form is gone.
			if (inputMode === 'fields') expect(names[0]).not.toBe('inputMode');
			expect(names[names.length - 1]).toBe('requestOptions');
			expect(at('inputMode')).toBe(names.length - (inputMode === 'json' ? 3 : 2));
			if (inputMode === 'json') expect(at('requestJson')).toBe(at('inputMode') + 1);
			if (at('additionalFields') >= 0) {
				expect(at('additionalFields')).toBe(at('inputMode') - 1);
				for (const before of ['returnAll', 'limit', 'waitForCompletion', 'simplify', 'filters'])
					expect({ before, ok: at(before) < at('additionalFields') }).toEqual({ before, ok: true });
			}
			// Version 2 has one Options collection per operation; version 1's Start Flow keeps its saved Wait Options.
			const collections = panel(r, op, version, { inputMode, waitForCompletion: true }).filter(
				(p) => p.type === 'collection' && /Options$/.test(p.displayName),
			);
			expect(collections.map((p) => p.displayName)).toEqual(
				version === 1 && op === 'startFlow' ? ['Wait Options', 'Options'] : ['Options'],
			);
		},
	);

	it('offers Simplify, on by default, on version 2 of the Get and Get Many of flows, runs, profiles and entities', () => {
		const offering = operations
			.filter(([r, op]) => panel(r, op, 2).some((p) => p.name === 'simplify'))
			.map(([r, op]) => `${r}.${op}`);
		expect(offering.sort()).toEqual([...SIMPLIFIED].sort());
		for (const [r, op] of operations) expect(panel(r, op, 1).some((p) => p.name === 'simplify')).toBe(false);
		const simplify = panel('flow', 'describeFlow', 2).find((p) => p.name === 'simplify')!;
		expect({ default: simplify.default, description: simplify.description }).toEqual({
			default: true,
			description: 'Whether to return a simplified version of the response instead of the raw data',
		});
	});

	it("asks for an entity's parent before the entity (its picker lists the parent's entities)", () => {
		const names = (version: number) =>
			panel('connectorEntity', 'describeConnectorEntity', version, { inputMode: 'fields' }).map((p) => p.name);
		expect(names(2).slice(0, 2)).toEqual(['connectorProfileName', 'connectorEntityName']);
		// Version 1 saved the profile in Additional Fields, and keeps it there.
		expect(names(1)[0]).toBe('connectorEntityName');
	});

	it("shows Start Flow's wait settings inside Options only while waiting, and only from version 2", () => {
		const options = node.properties.find((p) => p.name === 'requestOptions')!;
		// Entries of a collection name the node's parameters from the root: '/operation'.
		const inOptions = (version: number, waitForCompletion: boolean, operation = 'startFlow') =>
			(options.options as INodeProperties[])
				.filter((o) =>
					displayed(
						o,
						{ '/resource': 'flow', '/operation': operation, '/waitForCompletion': waitForCompletion },
						version,
					),
				)
				.map((o) => o.displayName);
		expect(inOptions(2, true)).toEqual(
			expect.arrayContaining(['Wait Poll Interval (Seconds)', 'Wait Timeout (Seconds)']),
		);
		expect(inOptions(2, false)).not.toContain('Wait Timeout (Seconds)');
		expect(inOptions(1, true)).not.toContain('Wait Timeout (Seconds)');
		expect(inOptions(2, true, 'stopFlow')).not.toContain('Wait Timeout (Seconds)');
	});
});
