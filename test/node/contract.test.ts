/**
 * The public contract saved workflows depend on: node, credential, resource, operation and parameter names.
 * Renaming any of these breaks users' workflows, so the expected names are spelled out here, not derived.
 */
import type { INodeProperties } from 'n8n-workflow';

import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import { AwsAppFlowApi } from '../../credentials/AwsAppFlowApi.credentials';
import { AwsAppFlowConnectorSecretsApi } from '../../credentials/AwsAppFlowConnectorSecretsApi.credentials';
import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';

const CONTRACT: Record<string, string[]> = {
	flow: ['createFlow', 'describeFlow', 'listFlows', 'updateFlow', 'deleteFlow', 'startFlow', 'stopFlow'],
	flowExecution: ['describeFlowExecutionRecords', 'getFlowExecution', 'cancelFlowExecutions'],
	connectorProfile: [
		'createConnectorProfile',
		'describeConnectorProfiles',
		'updateConnectorProfile',
		'deleteConnectorProfile',
	],
	connector: [
		'describeConnector',
		'describeConnectors',
		'listConnectors',
		'registerConnector',
		'updateConnectorRegistration',
		'unregisterConnector',
	],
	connectorEntity: ['listConnectorEntities', 'describeConnectorEntity', 'resetConnectorMetadataCache'],
	tag: ['listTagsForResource', 'tagResource', 'untagResource'],
};

const node = new AwsAppFlow();
const props = node.description.properties;

/** `@version` conditions as n8n reads them: a version, or `{ _cnd: { gte } }`. */
const versionMatches = (allowed: unknown[], version: number) =>
	allowed.some((c) => {
		const gte = (c as { _cnd?: { gte?: number } } | null)?._cnd?.gte;
		return gte !== undefined ? version >= gte : c === version;
	});

/**
 * Parameters visible for a resource/operation in a given input mode (top level only; the form hides for JSON), on a
 * new node (version 2) unless `version` says otherwise.
 */
function visible(resource: string, operation: string, inputMode: 'fields' | 'json', version = 2): INodeProperties[] {
	const values: Record<string, string> = { resource, operation, inputMode };
	return props.filter((p) => {
		const { show = {}, hide = {} } = p.displayOptions ?? {};
		return (
			Object.entries(show).every(([key, allowed]) =>
				key === '@version'
					? versionMatches(allowed as unknown[], version)
					: !(key in values) || (allowed as string[]).includes(values[key]),
			) && !Object.entries(hide).some(([key, hidden]) => key in values && (hidden as string[]).includes(values[key]))
		);
	});
}

const ucFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Operations that send an action another operation is named after; every other value is its action's name. */
const SECOND_OPERATIONS: Record<string, string> = { getFlowExecution: 'DescribeFlowExecutionRecords' };
const actionOf = (op: string) => SECOND_OPERATIONS[op] ?? ucFirst(op);

describe('node contract', () => {
	it('names the node and credential as saved workflows expect', () => {
		expect(node.description.name).toBe('awsAppFlow');
		expect(node.description.displayName).toBe('AWS AppFlow');
		expect(node.description.credentials).toEqual([
			expect.objectContaining({ name: 'awsAppFlowApi', required: true }),
			expect.objectContaining({ name: 'awsAppFlowConnectorSecretsApi', required: false }),
		]);
		expect(new AwsAppFlowApi().name).toBe('awsAppFlowApi');
		expect(new AwsAppFlowConnectorSecretsApi().name).toBe('awsAppFlowConnectorSecretsApi');
		expect(new AwsAppFlowConnectorSecretsApi().displayName).toBe('AWS AppFlow Connector Secrets');
		expect(new AwsAppFlowApi().displayName).toBe('AWS AppFlow API');
		// n8n offers it to AI agents as awsAppFlowTool, with the replacements' description (n8n 1.123 and 2.x read them).
		expect(node.description.usableAsTool).toEqual({ replacements: { description: expect.any(String) } });
	});

	it('offers the connector secrets credential only on Connector Profile > Create and Update, when chosen as the source', () => {
		const entry = node.description.credentials!.find((c) => c.name === 'awsAppFlowConnectorSecretsApi')!;
		// Credentials Source alone decides, and it is shown only in those two forms (Fields mode).
		expect(entry.displayOptions).toEqual({ show: { connectorProfileCredentialsSource: ['credential'] } });
		const offeringSource = Object.entries(CONTRACT).flatMap(([res, ops]) =>
			ops.flatMap((op) =>
				(['fields', 'json'] as const)
					.filter((mode) => visible(res, op, mode).some((p) => p.name === 'connectorProfileCredentialsSource'))
					.map((mode) => `${op} ${mode}`),
			),
		);
		expect(offeringSource).toEqual(['createConnectorProfile fields', 'updateConnectorProfile fields']);
		expect(entry.testedBy).toBe('awsAppFlowConnectorSecretsTest');
		expect(node.methods.credentialTest.awsAppFlowConnectorSecretsTest).toBeInstanceOf(Function);
		for (const op of ['createConnectorProfile', 'updateConnectorProfile']) {
			const source = visible('connectorProfile', op, 'fields').find(
				(p) => p.name === 'connectorProfileCredentialsSource',
			);
			// Saved workflows hold no value for it: the default keeps their typed credentials working.
			expect({
				op,
				default: source?.default,
				values: source?.options?.map((o) => (o as { value: string }).value),
			}).toEqual({
				op,
				default: 'parameters',
				values: ['credential', 'parameters'],
			});
			expect(visible('connectorProfile', op, 'fields').map((p) => p.name)).toEqual(
				expect.arrayContaining([
					'connectorProfileConfigMode',
					'connectorProfileConfig',
					'connectorProfileCredentialsNotice',
				]),
			);
		}
		// Credential field names are saved in users' credentials: connectorType, then <type key><Path>.
		const names = new AwsAppFlowConnectorSecretsApi().properties.map((p) => p.name);
		expect(names).toEqual(
			expect.arrayContaining([
				'connectorType',
				'salesforceAccessToken',
				'salesforceRefreshToken',
				'zendeskClientSecret',
			]),
		);
	});

	it('has exactly the contracted resources and operations, covering every AppFlow action of the model', () => {
		const resource = props.find((p) => p.name === 'resource')!;
		expect(resource.options!.map((o) => (o as { value: string }).value)).toEqual(Object.keys(CONTRACT));
		for (const [res, ops] of Object.entries(CONTRACT)) {
			const selector = props.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === res)!;
			// Shown alphabetically; the default (saved by n8n as no value at all) must stay the first contracted one.
			expect(selector.options!.map((o) => (o as { value: string }).value).sort()).toEqual([...ops].sort());
			expect({ res, default: selector.default }).toEqual({ res, default: ops[0] });
		}
		const named = Object.values(CONTRACT)
			.flat()
			.filter((op) => !(op in SECOND_OPERATIONS));
		expect(named.map(ucFirst).sort()).toEqual(Object.keys(APPFLOW_MODEL.operations).sort());
		for (const action of Object.values(SECOND_OPERATIONS)) expect(named.map(ucFirst)).toContain(action);
		expect(
			Object.values(CONTRACT)
				.flat()
				.map(actionOf)
				.every((a) => a in APPFLOW_MODEL.operations),
		).toBe(true);
	});

	it('gives every operation an input mode, a JSON request parameter, an action text and a description', () => {
		for (const [res, ops] of Object.entries(CONTRACT)) {
			const selector = props.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === res)!;
			for (const op of ops) {
				// Each operation has its own Input Mode (after its form); the saved name, values and default stay.
				const inputModes = visible(res, op, 'fields').filter((p) => p.name === 'inputMode');
				expect(inputModes).toHaveLength(1);
				expect(inputModes[0].options!.map((o) => (o as { value: string }).value)).toEqual(['fields', 'json']);
				expect(inputModes[0].default).toBe('fields');
				expect(visible(res, op, 'json').filter((p) => p.name === 'requestJson')).toHaveLength(1);
				const option = selector.options!.find((o) => (o as { value: string }).value === op) as {
					action?: string;
					description?: string;
				};
				expect(option.action).toMatch(/^[A-Z][a-z]/);
				expect(option.description!.length).toBeGreaterThan(20);
			}
		}
	});

	it('names fields-mode parameters after the request members: required ones top level, optional ones in additionalFields', () => {
		for (const [res, ops] of Object.entries(CONTRACT)) {
			for (const op of ops) {
				const action = actionOf(op);
				const members = APPFLOW_MODEL.shapes[APPFLOW_MODEL.operations[action].input].members!;
				const shown = visible(res, op, 'fields');
				const names = shown.map((p) => p.name);
				const additional = shown.find((p) => p.name === 'additionalFields');
				const optionalNames = (additional?.options ?? []).map((o) => (o as INodeProperties).name);
				for (const [member, spec] of Object.entries(members)) {
					if (member === 'nextToken' || member === 'maxResults') continue;
					// Update Flow merges onto the current flow, so its definition members are optional in fields mode.
					const optionalHere = !spec.required || (op === 'updateFlow' && member !== 'flowName');
					if (optionalHere)
						expect({ op, member, where: optionalNames.includes(member) || names.includes(member) }).toEqual({
							op,
							member,
							where: true,
						});
					else expect({ op, member, top: names.includes(member) }).toEqual({ op, member, top: true });
				}
				if ('nextToken' in members && !(op in SECOND_OPERATIONS)) {
					expect(names).toEqual(expect.arrayContaining(['returnAll', 'limit']));
					expect(shown.find((p) => p.name === 'limit')!.default).toBe(50);
				}
			}
		}
	});

	it('names the run parameters as saved workflows hold them: Get by executionId, Get Many filters', () => {
		const get = visible('flowExecution', 'getFlowExecution', 'fields').map((p) => p.name);
		expect(get).toEqual(expect.arrayContaining(['flowName', 'executionId']));
		expect(visible('flowExecution', 'getFlowExecution', 'json').map((p) => p.name)).toContain('executionId');
		const filters = visible('flowExecution', 'describeFlowExecutionRecords', 'fields').find(
			(p) => p.name === 'filters',
		)!;
		expect(filters.type).toBe('collection');
		const byName = Object.fromEntries((filters.options as INodeProperties[]).map((o) => [o.name, o]));
		expect(Object.keys(byName).sort()).toEqual(['startedAfter', 'startedBefore', 'statuses']);
		expect(byName.startedAfter.type).toBe('dateTime');
		expect(byName.startedBefore.type).toBe('dateTime');
		expect((byName.statuses.options as Array<{ value: string }>).map((o) => o.value).sort()).toEqual(
			[...APPFLOW_MODEL.shapes.ExecutionStatus.values!].sort(),
		);
	});

	it('names the flow form fields as saved workflows hold them (pickers kept the names of the text fields they replaced)', () => {
		for (const operation of ['createFlow', 'updateFlow']) {
			const fields = visible('flow', operation, 'fields');
			const inUpdateFields = operation === 'updateFlow';
			const form = (name: string) =>
				inUpdateFields
					? ((fields.find((p) => p.name === 'additionalFields')!.options as INodeProperties[]).find(
							(o) => o.name === name,
						) as INodeProperties)
					: fields.find((p) => p.name === name)!;
			const group = (property: INodeProperties, option: string) =>
				(property.options as Array<{ name: string; values: INodeProperties[] }>).find((o) => o.name === option)!.values;
			const names = (values: INodeProperties[]) => values.map((v) => v.name);
			expect(names(group(form('sourceFlowConfig'), 'source'))).toEqual(
				expect.arrayContaining([
					'connectorType',
					'connectorProfileName',
					'apiVersion',
					'object',
					'entityName',
					'objectPath',
					'bucketName',
					'bucketPrefix',
					'datetimeTypeFieldName',
				]),
			);
			expect(names(group(form('destinationFlowConfigList'), 'destination'))).toEqual(
				expect.arrayContaining(['connectorType', 'connectorProfileName', 'object', 'bucketName']),
			);
			const definition = group(form('tasks'), 'definition');
			const rows = (name: string, option: string) =>
				group(
					definition.find((d) => d.name === name)!,
					option,
				);
			expect(names(definition)).toEqual(['mode', 'mappings', 'filters', 'json']);
			expect(names(rows('mappings', 'mapping'))).toEqual([
				'sourceField',
				'destinationField',
				'sourceDataType',
				'destinationDataType',
			]);
			// valueType (default: text, as before) and the date-time fields are new; the rest as saved before.
			expect(names(rows('filters', 'filter'))).toEqual([
				'field',
				'operator',
				'valueType',
				'value',
				'lowerBound',
				'upperBound',
				'dateValue',
				'dateLowerBound',
				'dateUpperBound',
				'dataType',
			]);
		}
	});

	it('keeps the locator mode names saved workflows hold (list, name, arn) and a locator for Resource ARN', () => {
		const modes = (op: string, name: string) =>
			(
				visible(
					props.find((p) => p.displayOptions?.show?.operation?.includes(op))!.displayOptions!.show!
						.resource![0] as string,
					op,
					'fields',
				).find((p) => p.name === name)!.modes ?? []
			).map((m) => m.name);
		expect(modes('describeFlow', 'flowName')).toEqual(['list', 'name', 'arn']);
		expect(modes('deleteConnectorProfile', 'connectorProfileName')).toEqual(['list', 'name', 'arn']);
		expect(modes('unregisterConnector', 'connectorLabel')).toEqual(['list', 'name', 'arn']);
		for (const op of ['listTagsForResource', 'tagResource', 'untagResource'])
			expect(modes(op, 'resourceArn')).toEqual(['list', 'arn']);
	});

	it('shows each parameter name once per operation and input mode (n8n would read only one of two)', () => {
		for (const [res, ops] of Object.entries(CONTRACT)) {
			for (const op of ops) {
				for (const [mode, version] of [
					['fields', 1],
					['fields', 2],
					['json', 1],
					['json', 2],
				] as const) {
					const names = visible(res, op, mode, version).map((p) => p.name);
					const twice = names.filter((name, i) => names.indexOf(name) !== i && name !== 'operation');
					expect({ op, mode, version, twice }).toEqual({ op, mode, version, twice: [] });
				}
			}
		}
	});

	it("describes every operation and every field it shows, for n8n's AI Agent (usableAsTool)", () => {
		type INodePropertyCollection = import('n8n-workflow').INodePropertyCollection;
		type INodePropertyOptions = import('n8n-workflow').INodePropertyOptions;
		const undescribed: string[] = [];
		// Containers are described by their fields; a selector by its options; a notice is its own text.
		const check = (p: INodeProperties, path: string) => {
			const options = (p.options ?? []) as Array<INodeProperties | INodePropertyCollection | INodePropertyOptions>;
			if (p.type === 'collection') return (options as INodeProperties[]).forEach((o) => check(o, `${path}${p.name}.`));
			if (p.type === 'fixedCollection') {
				return (options as INodePropertyCollection[]).forEach((group) =>
					group.values.forEach((v) => check(v, `${path}${p.name}.${group.name}.`)),
				);
			}
			if (p.type === 'notice') return;
			const describedOptions =
				['options', 'multiOptions'].includes(p.type) &&
				options.length > 0 &&
				options.every((o) => ((o as INodePropertyOptions).description ?? '').length > 0);
			if (!describedOptions && !(typeof p.description === 'string' && p.description.trim().length >= 10))
				undescribed.push(`${path}${p.name}`);
		};
		for (const [res, ops] of Object.entries(CONTRACT)) {
			const selector = props.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === res)!;
			for (const op of ops) {
				const option = selector.options!.find((o) => (o as { value: string }).value === op) as INodePropertyOptions;
				expect({ op, action: option.action, described: (option.description ?? '').length > 20 }).toEqual({
					op,
					action: expect.stringMatching(/^[A-Z][a-z]+ /),
					described: true,
				});
				for (const mode of ['fields', 'json'] as const) {
					for (const p of visible(res, op, mode)) if (p.name !== 'operation') check(p, `${res}.${op}.${mode}: `);
				}
			}
		}
		expect([...new Set(undescribed)]).toEqual([]);
	});

	it('offers enum options that equal the AWS SDK enums (the model table and the SDK come from the same model)', async () => {
		const sdk = (await import('@aws-sdk/client-appflow')) as unknown as Record<string, unknown>;
		for (const [name, shape] of Object.entries(APPFLOW_MODEL.shapes)) {
			if (shape.type !== 'enum') continue;
			const sdkEnum = sdk[name] as Record<string, string> | undefined;
			if (!sdkEnum) continue; // the SDK does not export every enum shape
			expect({ name, values: [...shape.values!].sort() }).toEqual({ name, values: Object.values(sdkEnum).sort() });
		}
		expect(sdk.ConnectorType).toBeDefined();
	});
});
