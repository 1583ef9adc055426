/**
 * Resource locators for flows, connector profiles, custom connectors and entities: how they are declared, their
 * "From List" searches in n8n's LoadOptionsContext against the emulator (paging by paginationToken, filtering),
 * and how the node reads their values, including the plain strings saved before the pickers existed.
 */
import { CreateConnectorProfileCommand, CreateFlowCommand, RegisterConnectorCommand } from '@aws-sdk/client-appflow';
import {
	NodeApiError,
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type INodeListSearchResult,
	type INodeParameters,
	type INodeProperties,
	type INodePropertyMode,
} from 'n8n-workflow';

import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';
import { runListSearch } from '../harness/runNode';
import { jsonOf, parameterIssues, s3FlowRequest, startNodeBed, type NodeBed } from './nodeBed';

let bed: NodeBed;
let credentials: Record<string, ICredentialDataDecryptedObject>;

beforeAll(async () => {
	bed = await startNodeBed();
	credentials = bed.credentials as unknown as Record<string, ICredentialDataDecryptedObject>;
});
afterAll(async () => bed.close());
beforeEach(() => bed.emulator.reset());

const createFlows = async (count: number) => {
	for (let i = 0; i < count; i++)
		await bed.client.send(new CreateFlowCommand(s3FlowRequest(`flow-${String(i).padStart(3, '0')}`) as never));
};
const profile = (name: string, type: 'Salesforce' | 'Zendesk') =>
	bed.client.send(
		new CreateConnectorProfileCommand(
			type === 'Salesforce'
				? {
						connectorProfileName: name,
						connectorType: 'Salesforce',
						connectionMode: 'Public',
						connectorProfileConfig: {
							connectorProfileProperties: { Salesforce: { instanceUrl: 'https://example.my.salesforce.com' } },
							connectorProfileCredentials: {
								Salesforce: { accessToken: 'sf-access-token-1', refreshToken: 'sf-refresh-token-1' },
							},
						},
					}
				: {
						connectorProfileName: name,
						connectorType: 'Zendesk',
						connectionMode: 'Public',
						connectorProfileConfig: {
							connectorProfileProperties: { Zendesk: { instanceUrl: 'https://acme.zendesk.com' } },
							connectorProfileCredentials: {
								Zendesk: { clientId: 'client', clientSecret: 'zd-secret-1', accessToken: 'zd-token-1' },
							},
						},
					},
		),
	);

/** Calls a listSearch method and follows paginationToken to the end, as scrolling the editor's list does. */
const FLOW_OP: INodeParameters = { resource: 'flow', operation: 'describeFlow' };

async function listAll(
	method: string,
	parameters: INodeParameters,
	filter?: string,
): Promise<{ values: string[]; calls: INodeListSearchResult[] }> {
	const calls: INodeListSearchResult[] = [];
	let token: string | undefined;
	do {
		const result = await runListSearch(bed.node, method, parameters, credentials, filter, token);
		calls.push(result);
		token = result.paginationToken as string | undefined;
	} while (token && calls.length < 50);
	return { values: calls.flatMap((c) => c.results.map((r) => String(r.value))), calls };
}

const props = () => bed.node.description.properties;
const propertyFor = (operation: string, name: string): INodeProperties | undefined =>
	props().find(
		(p) =>
			p.name === name &&
			p.displayOptions?.show?.operation?.includes(operation) &&
			p.displayOptions?.hide?.inputMode?.includes('json'),
	);
const additionalFieldFor = (operation: string, name: string): INodeProperties | undefined =>
	(propertyFor(operation, 'additionalFields')?.options as INodeProperties[] | undefined)?.find((o) => o.name === name);

describe('declared as resource locators', () => {
	it.each([
		['describeFlow', 'flowName', 'searchFlows', 'FlowName'],
		['startFlow', 'flowName', 'searchFlows', 'FlowName'],
		['cancelFlowExecutions', 'flowName', 'searchFlows', 'FlowName'],
		['deleteConnectorProfile', 'connectorProfileName', 'searchConnectorProfiles', 'ConnectorProfileName'],
		['unregisterConnector', 'connectorLabel', 'searchConnectors', 'ConnectorLabel'],
		['describeConnectorEntity', 'connectorEntityName', 'searchConnectorEntities', 'EntityName'],
	])(
		'%s %s: From List (default, searchable, %s) and By Name with the model pattern',
		(operation, name, method, shape) => {
			const property = propertyFor(operation, name)!;
			expect(property.type).toBe('resourceLocator');
			expect(property.default).toEqual({ mode: 'list', value: '' });
			const [list, byName] = property.modes as INodePropertyMode[];
			expect(list).toMatchObject({
				name: 'list',
				type: 'list',
				displayName: 'From List',
				typeOptions: { searchListMethod: method, searchable: true },
			});
			expect(byName).toMatchObject({ name: 'name', type: 'string', displayName: 'By Name' });
			expect(byName.validation).toEqual([
				{
					type: 'regex',
					properties: {
						regex: APPFLOW_MODEL.shapes[shape].pattern,
						errorMessage: expect.stringMatching(/^Not a valid /),
					},
				},
			]);
			expect(typeof bed.node.methods.listSearch[method as keyof typeof bed.node.methods.listSearch]).toBe('function');
		},
	);

	it('uses locators for optional references in Additional Fields too', () => {
		expect(additionalFieldFor('listConnectorEntities', 'connectorProfileName')?.type).toBe('resourceLocator');
		expect(additionalFieldFor('describeConnectorEntity', 'connectorProfileName')?.type).toBe('resourceLocator');
		expect(additionalFieldFor('describeConnector', 'connectorLabel')?.type).toBe('resourceLocator');
		expect(additionalFieldFor('resetConnectorMetadataCache', 'connectorEntityName')?.type).toBe('resourceLocator');
	});

	it('keeps a text field where the name is of the resource being created', () => {
		expect(propertyFor('createFlow', 'flowName')!.type).toBe('string');
		expect(propertyFor('createConnectorProfile', 'connectorProfileName')!.type).toBe('string');
		expect(additionalFieldFor('registerConnector', 'connectorLabel')!.type).toBe('string');
		// Connector types stay options from the model's enum.
		// Shown by readable name in alphabetical order; the values are the model's enum.
		expect(
			propertyFor('describeConnector', 'connectorType')!
				.options!.map((o) => (o as { value: string }).value)
				.sort(),
		).toEqual([...APPFLOW_MODEL.shapes.ConnectorType.values!].sort());
	});

	it("flags a By Name value that breaks the model's pattern in n8n's parameter issues", () => {
		const issuesFor = (value: string) =>
			parameterIssues(
				bed,
				{
					resource: 'flow',
					operation: 'describeFlow',
					inputMode: 'fields',
					flowName: { __rl: true, mode: 'name', value },
				},
				'flowName',
			);
		expect(issuesFor('my flow')).toEqual(['Not a valid flow name: letters, digits and _ ! @ # . - only, no spaces']);
		expect(issuesFor('my-flow')).toBeUndefined();
	});
});

describe('From List searches', () => {
	it('pages through more flows than one page holds, 100 a call, by paginationToken', async () => {
		await createFlows(230);
		const { values, calls } = await listAll('searchFlows', FLOW_OP);
		expect(calls.map((c) => c.results.length)).toEqual([100, 100, 30]);
		expect(calls[2].paginationToken).toBeUndefined();
		expect(new Set(values).size).toBe(230);
		expect(calls[0].results[0]).toMatchObject({
			name: 'flow-000',
			value: 'flow-000',
			description: 'Active · OnDemand · S3 to S3',
		});
		expect((bed.received('ListFlows') as Array<{ maxResults: number }>).map((r) => r.maxResults)).toEqual([
			100, 100, 100,
		]);
	});

	it('filters by name, case-insensitively, reading on until matches are found', async () => {
		await createFlows(230);
		const late = await listAll('searchFlows', FLOW_OP, 'FLOW-22');
		expect(late.values).toEqual(Array.from({ length: 10 }, (_, i) => `flow-22${i}`));
		// One call read the three pages it took to reach them.
		expect(late.calls).toHaveLength(1);
		expect(bed.received('ListFlows')).toHaveLength(3);
		const many = await listAll('searchFlows', FLOW_OP, 'flow-1');
		expect(many.values).toEqual(Array.from({ length: 100 }, (_, i) => `flow-1${String(i).padStart(2, '0')}`));
		expect(await listAll('searchFlows', FLOW_OP, 'nothing-like-this')).toMatchObject({ values: [] });
	});

	it('lists connector profiles, filtered by the Connector Type chosen in Additional Fields', async () => {
		// AppFlow allows 100 profiles an account, so one page of 100 holds them all.
		for (let i = 0; i < 3; i++) await profile(`zendesk-${i}`, 'Zendesk');
		await profile('sf-prod', 'Salesforce');
		const all = await listAll('searchConnectorProfiles', {
			resource: 'connectorEntity',
			operation: 'listConnectorEntities',
		});
		expect(all.values.sort()).toEqual(['sf-prod', 'zendesk-0', 'zendesk-1', 'zendesk-2']);
		expect(
			(
				await listAll(
					'searchConnectorProfiles',
					{ resource: 'connectorProfile', operation: 'deleteConnectorProfile' },
					'ZEN',
				)
			).values.sort(),
		).toEqual(['zendesk-0', 'zendesk-1', 'zendesk-2']);
		const salesforce = await listAll('searchConnectorProfiles', {
			resource: 'connectorEntity',
			operation: 'listConnectorEntities',
			additionalFields: { connectorType: 'Salesforce' },
		});
		expect(salesforce.values).toEqual(['sf-prod']);
		expect(salesforce.calls[0].results[0].description).toBe('Salesforce · Public');
		expect(bed.received('DescribeConnectorProfiles').at(-1)).toEqual({ connectorType: 'Salesforce', maxResults: 100 });
	});

	it('lists custom connectors by label', async () => {
		for (const label of ['billing_api', 'crm_api']) {
			await bed.client.send(
				new RegisterConnectorCommand({
					connectorLabel: label,
					connectorProvisioningType: 'LAMBDA',
					connectorProvisioningConfig: {
						lambda: { lambdaArn: `arn:aws:lambda:us-east-1:123456789012:function:${label}` },
					},
				}),
			);
		}
		expect(
			(await listAll('searchConnectors', { resource: 'connector', operation: 'unregisterConnector' })).values.sort(),
		).toEqual(['billing_api', 'crm_api']);
		expect(
			(await listAll('searchConnectors', { resource: 'connector', operation: 'unregisterConnector' }, 'crm')).values,
		).toEqual(['crm_api']);
	});

	it("lists the entities of the profile chosen in the form (a locator's value), filtered by name or label", async () => {
		await profile('sf-prod', 'Salesforce');
		const parameters = {
			resource: 'connectorEntity',
			operation: 'describeConnectorEntity',
			// A new (version 2) node asks for the profile above Entity Name; version 1 kept it in Additional Fields.
			connectorProfileName: { __rl: true, mode: 'list', value: 'sf-prod' },
		};
		const { values, calls } = await listAll('searchConnectorEntities', parameters);
		expect(values).toEqual(expect.arrayContaining(['Account', 'Opportunity', 'Contact']));
		expect(calls[0].results.find((r) => r.value === 'Account')).toEqual({
			name: 'Account',
			value: 'Account',
			description: 'Objects',
		});
		expect((await listAll('searchConnectorEntities', parameters, 'opportunity')).values).toEqual([
			'Opportunity',
			'OpportunityLineItem',
		]);
		expect(bed.received('ListConnectorEntities').at(-1)).toEqual({ connectorProfileName: 'sf-prod', maxResults: 100 });
	});

	it('lists the entities of a connector type that needs no profile (S3 buckets), and of an entities path', async () => {
		const buckets = await listAll('searchConnectorEntities', {
			resource: 'connectorEntity',
			operation: 'resetConnectorMetadataCache',
			additionalFields: { connectorType: 'S3' },
		});
		expect(buckets.values.length).toBeGreaterThan(0);
		expect(buckets.calls[0].results[0].description).toBe('Buckets · has nested entities');
		const [bucket] = buckets.values;
		const folders = await listAll('searchConnectorEntities', {
			resource: 'connectorEntity',
			operation: 'resetConnectorMetadataCache',
			additionalFields: { connectorType: 'S3', entitiesPath: bucket },
		});
		expect(folders.values.every((v) => v.startsWith(`${bucket}/`))).toBe(true);
	});

	it('asks for a profile or connector type before listing entities', async () => {
		const error = await runListSearch(
			bed.node,
			'searchConnectorEntities',
			{ resource: 'connectorEntity', operation: 'describeConnectorEntity' },
			credentials,
		).catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe(
			'Choose a Connector Profile Name or a Connector Type first to list its entities',
		);
		expect(bed.emulator.stats().totalRequests).toBe(0);
	});

	it("reports AWS's error without the secret when the credential is wrong", async () => {
		const wrong = { awsAppFlowApi: { ...credentials.awsAppFlowApi, secretAccessKey: 'wrong-secret-value-123' } };
		const error = await runListSearch(bed.node, 'searchFlows', FLOW_OP, wrong).catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toMatch(/^AWS AppFlow InvalidSignatureException in ListFlows/);
		expect(JSON.stringify({ m: (error as Error).message, d: (error as NodeApiError).description })).not.toContain(
			'wrong-secret-value-123',
		);
	});
});

describe('reading locator values', () => {
	beforeEach(async () => {
		await bed.client.send(new CreateFlowCommand(s3FlowRequest('orders') as never));
	});

	it.each([
		['From List', { __rl: true, mode: 'list', value: 'orders' }],
		['By Name', { __rl: true, mode: 'name', value: 'orders' }],
		['an expression inside the locator', { __rl: true, mode: 'name', value: '={{ "ord" + "ers" }}' }],
		['a plain string saved before the pickers', 'orders'],
		['a plain expression saved before the pickers', '={{ "orders" }}'],
	])('sends the flow name from %s', async (_how, flowName) => {
		const items = await bed.run({ resource: 'flow', operation: 'describeFlow', flowName });
		expect(jsonOf(items)[0]).toMatchObject({ flowName: 'orders' });
		expect(bed.received('DescribeFlow')).toEqual([{ flowName: 'orders' }]);
	});

	it('resolves a locator expression per item', async () => {
		await bed.client.send(new CreateFlowCommand(s3FlowRequest('invoices') as never));
		const items = await bed.run(
			{
				resource: 'flow',
				operation: 'describeFlow',
				flowName: { __rl: true, mode: 'name', value: '={{ $json.flow }}' },
			},
			{ items: [{ flow: 'orders' }, { flow: 'invoices' }] },
		);
		expect(jsonOf(items).map((i) => i.flowName)).toEqual(['orders', 'invoices']);
	});

	it('reads a locator in Update Flow, which reads the current flow first', async () => {
		const items = await bed.run({
			resource: 'flow',
			operation: 'updateFlow',
			flowName: { __rl: true, mode: 'list', value: 'orders' },
			additionalFields: { description: 'changed' },
		});
		expect(jsonOf(items)).toEqual([{ flowStatus: 'Active' }]);
		expect(bed.received('DescribeFlow')).toEqual([{ flowName: 'orders' }]);
		expect(bed.received('UpdateFlow')[0]).toMatchObject({ flowName: 'orders', description: 'changed' });
	});

	it('reads locators inside Additional Fields, and the plain strings saved there before', async () => {
		await profile('sf-prod', 'Salesforce');
		for (const connectorProfileName of [{ __rl: true, mode: 'list', value: 'sf-prod' }, 'sf-prod']) {
			const items = await bed.run({
				resource: 'connectorEntity',
				operation: 'listConnectorEntities',
				returnAll: true,
				additionalFields: { connectorProfileName },
			});
			expect(jsonOf(items).map((e) => e.name)).toContain('Account');
		}
		expect(bed.received('ListConnectorEntities')).toEqual([
			{ connectorProfileName: 'sf-prod', maxResults: 10000 },
			{ connectorProfileName: 'sf-prod', maxResults: 10000 },
		]);
	});

	it('checks a By Name value against the model before sending, as for text fields', async () => {
		const error = await bed
			.run({ resource: 'flow', operation: 'describeFlow', flowName: { __rl: true, mode: 'name', value: 'my flow' } })
			.catch((e: Error) => e);
		expect((error as Error).message).toMatch(/^flowName "my flow" must match .* \[item 0\]$/);
		const empty = await bed
			.run({ resource: 'flow', operation: 'describeFlow', flowName: { __rl: true, mode: 'list', value: '' } })
			.catch((e: Error) => e);
		expect((empty as Error).message).toBe('flowName is required [item 0]');
		expect(bed.received('DescribeFlow')).toHaveLength(0);
	});
});
