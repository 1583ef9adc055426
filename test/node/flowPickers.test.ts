/**
 * The Create / Update Flow dropdowns (methods/flowPickers.ts) in n8n's LoadOptionsContext against the emulator:
 * profiles filtered by the connector type beside them, entities of the chosen profile (nested ones opened), fields
 * of the chosen source entity, what a missing dependency gives, and AWS errors. Then a Salesforce to S3 flow made
 * from picked values only, with a date filter.
 */
import { CreateConnectorProfileCommand, type CreateConnectorProfileCommandInput } from '@aws-sdk/client-appflow';
import type { ICredentialDataDecryptedObject, INodeParameters, INodeProperties } from 'n8n-workflow';

import { runLoadOptions } from '../harness/runNode';
import { jsonOf, startNodeBed, type NodeBed } from './nodeBed';

let bed: NodeBed;
let credentials: Record<string, ICredentialDataDecryptedObject>;

beforeAll(async () => {
	bed = await startNodeBed();
	credentials = bed.credentials as unknown as Record<string, ICredentialDataDecryptedObject>;
});
afterAll(async () => await bed.close());
beforeEach(() => bed.emulator.reset());

const PROFILES: Record<string, CreateConnectorProfileCommandInput['connectorProfileConfig']> = {
	Salesforce: {
		connectorProfileProperties: { Salesforce: { instanceUrl: 'https://example.my.salesforce.com' } },
		connectorProfileCredentials: { Salesforce: { accessToken: 'sf-access-1', refreshToken: 'sf-refresh-1' } },
	},
	Zendesk: {
		connectorProfileProperties: { Zendesk: { instanceUrl: 'https://acme.zendesk.com' } },
		connectorProfileCredentials: { Zendesk: { clientId: 'client', clientSecret: 'zd-secret-1', accessToken: 'zd-1' } },
	},
	SAPOData: {
		connectorProfileProperties: {
			SAPOData: {
				applicationHostUrl: 'https://sap.example.com',
				applicationServicePath: '/sap/opu/odata/sap',
				portNumber: 443,
				clientNumber: '100',
			},
		},
		connectorProfileCredentials: { SAPOData: { basicAuthCredentials: { username: 'u', password: 'sap-pass-1' } } },
	},
};

const profile = async (name: string, connectorType: 'Salesforce' | 'Zendesk' | 'SAPOData') =>
	await bed.client.send(
		new CreateConnectorProfileCommand({
			connectorProfileName: name,
			connectorType,
			connectionMode: 'Public',
			connectorProfileConfig: PROFILES[connectorType],
		}),
	);

const CREATE: INodeParameters = { resource: 'flow', operation: 'createFlow', inputMode: 'fields' };
const SOURCE_PATH = 'parameters.sourceFlowConfig.source';

/** Create Flow parameters with a Source group holding `source`. */
const withSource = (source: Record<string, string>, operation = 'createFlow'): INodeParameters => ({
	...CREATE,
	operation,
	...(operation === 'updateFlow'
		? { additionalFields: { sourceFlowConfig: { source } } }
		: { sourceFlowConfig: { source } }),
});

/** A Salesforce Account to S3 flow as the form holds it: two mappings, one filter row. */
const accountsToLake = (filter: Record<string, unknown>): INodeParameters => ({
	...withSource({ connectorType: 'Salesforce', connectorProfileName: 'sf-prod', object: 'Account' }),
	flowName: 'accounts-to-lake',
	destinationFlowConfigList: { destination: [{ connectorType: 'S3', bucketName: 'lake' }] },
	tasks: {
		definition: {
			mode: 'mappings',
			mappings: { mapping: [{ sourceField: 'Id' }, { sourceField: 'Name', destinationField: 'account_name' }] },
			filters: { filter: [{ field: 'LastModifiedDate', valueType: 'dateTime', ...filter }] },
		},
	},
});

const load = async (method: string, parameters: INodeParameters, path?: string) =>
	await runLoadOptions(bed.node, method, parameters, credentials, path);
const valuesOf = (options: Array<{ value: unknown }>) => options.map((o) => o.value);

describe('Connector Profile Name: profiles of the connector type beside it', () => {
	beforeEach(async () => {
		await profile('sf-prod', 'Salesforce');
		await profile('sf-sandbox', 'Salesforce');
		await profile('zendesk-support', 'Zendesk');
	});

	it('lists only the source connector type’s profiles, asking AppFlow with connectorType', async () => {
		const parameters = withSource({ connectorType: 'Salesforce' });
		const options = await load('listConnectorProfilesOfType', parameters, `${SOURCE_PATH}.connectorProfileName`);
		expect(valuesOf(options)).toEqual(['sf-prod', 'sf-sandbox']);
		expect(options[0].description).toContain('Salesforce');
		expect(bed.received('DescribeConnectorProfiles')).toEqual([
			expect.objectContaining({ connectorType: 'Salesforce' }),
		]);
	});

	it('reads the connector type of its own destination row', async () => {
		const parameters = {
			...CREATE,
			destinationFlowConfigList: { destination: [{ connectorType: 'S3' }, { connectorType: 'Zendesk' }] },
		};
		const path = 'parameters.destinationFlowConfigList.destination[1].connectorProfileName';
		expect(valuesOf(await load('listConnectorProfilesOfType', parameters, path))).toEqual(['zendesk-support']);
	});

	it('lists every profile while no connector type is set', async () => {
		const options = await load('listConnectorProfilesOfType', CREATE, `${SOURCE_PATH}.connectorProfileName`);
		expect(valuesOf(options)).toEqual(['sf-prod', 'sf-sandbox', 'zendesk-support']);
	});
});

describe('Object (and Entity Name, Object Path): entities of the chosen profile', () => {
	it('lists the Salesforce objects of the profile', async () => {
		await profile('sf-prod', 'Salesforce');
		const parameters = withSource({ connectorType: 'Salesforce', connectorProfileName: 'sf-prod' });
		const options = await load('listConnectorEntityOptions', parameters, `${SOURCE_PATH}.object`);
		expect(valuesOf(options)).toEqual(expect.arrayContaining(['Account', 'Opportunity', 'Contact']));
		expect(options.find((o) => o.value === 'Account')).toMatchObject({ name: 'Account', description: 'Objects' });
		expect(bed.received('ListConnectorEntities')).toEqual([
			expect.objectContaining({ connectorProfileName: 'sf-prod', connectorType: 'Salesforce' }),
		]);
	});

	it('opens nested entities one level: SAP OData services show their entity sets as "Service / Entity"', async () => {
		await profile('sap-erp', 'SAPOData');
		const parameters = withSource({ connectorType: 'SAPOData', connectorProfileName: 'sap-erp' });
		const options = await load('listConnectorEntityOptions', parameters, `${SOURCE_PATH}.objectPath`);
		expect(options).toContainEqual(
			expect.objectContaining({
				name: 'Business Partner / Business Partner',
				value: '/sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner',
			}),
		);
		expect(valuesOf(options)).toContain('/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrderItem');
		// The top level, then one call per service with the service as entitiesPath.
		expect(bed.received('ListConnectorEntities').map((r) => (r as { entitiesPath?: string }).entitiesPath)).toEqual([
			undefined,
			'/sap/opu/odata/sap/API_BUSINESS_PARTNER',
			'/sap/opu/odata/sap/API_SALES_ORDER_SRV',
		]);
	});

	it('gives an empty list and asks AppFlow nothing while no profile is chosen', async () => {
		const parameters = withSource({ connectorType: 'Salesforce' });
		expect(await load('listConnectorEntityOptions', parameters, `${SOURCE_PATH}.object`)).toEqual([]);
		expect(bed.received('ListConnectorEntities')).toEqual([]);
	});

	it("surfaces AppFlow's error for a profile that does not exist", async () => {
		const parameters = withSource({ connectorType: 'Salesforce', connectorProfileName: 'gone' });
		await expect(load('listConnectorEntityOptions', parameters, `${SOURCE_PATH}.object`)).rejects.toMatchObject({
			message: expect.stringMatching(/gone does not exist/),
			httpCode: '404',
		});
	});
});

describe('Source Field and filter Field: fields of the source entity', () => {
	const salesforceAccount = (operation = 'createFlow') =>
		withSource({ connectorType: 'Salesforce', connectorProfileName: 'sf-prod', object: 'Account' }, operation);
	beforeEach(async () => await profile('sf-prod', 'Salesforce'));

	it('lists the fields of the chosen Salesforce object, with their type', async () => {
		const options = await load('listSourceFields', salesforceAccount());
		expect(valuesOf(options)).toEqual(expect.arrayContaining(['Id', 'Name', 'AnnualRevenue', 'LastModifiedDate']));
		expect(options.find((o) => o.value === 'Name')).toMatchObject({
			name: 'Account Name (Name)',
			description: 'string',
		});
		expect(bed.received('DescribeConnectorEntity')).toEqual([
			{ connectorEntityName: 'Account', connectorProfileName: 'sf-prod', connectorType: 'Salesforce' },
		]);
	});

	it('lists the fields filters can compare, with their operators', async () => {
		const options = await load('listFilterFields', salesforceAccount());
		const lastModified = options.find((o) => o.value === 'LastModifiedDate');
		expect(lastModified?.description).toMatch(/^datetime · filters: .*BETWEEN/);
		expect(lastModified?.description).toContain('GREATER_THAN');
	});

	it('lists the fields AppFlow can pull incrementally by for Incremental Pull Field', async () => {
		const options = await load('listIncrementalPullFields', salesforceAccount());
		expect(valuesOf(options)).toEqual(['SystemModstamp']);
	});

	it('reads the source in Update Fields on Update Flow', async () => {
		const options = await load('listSourceFields', salesforceAccount('updateFlow'));
		expect(valuesOf(options)).toContain('AnnualRevenue');
	});

	it("falls back to the flow's current source on Update Flow without a new Source", async () => {
		// The flow reads Account; Update Fields has no Source.
		await bed.run(accountsToLake({ operator: 'GREATER_THAN', dateValue: '2026-11-01T00:00:00Z' }));
		const parameters = {
			...CREATE,
			operation: 'updateFlow',
			flowName: { __rl: true, mode: 'list', value: 'accounts-to-lake' },
		};
		expect(valuesOf(await load('listSourceFields', parameters))).toContain('AnnualRevenue');
		const byArn = { __rl: true, mode: 'arn', value: 'arn:aws:appflow:us-east-1:123456789012:flow/accounts-to-lake' };
		expect(valuesOf(await load('listSourceFields', { ...parameters, flowName: byArn }))).toContain('AnnualRevenue');
		expect(bed.received('DescribeFlow')).toEqual([{ flowName: 'accounts-to-lake' }, { flowName: 'accounts-to-lake' }]);
	});

	it('gives an empty list while the source has no object, and asks AppFlow nothing', async () => {
		const parameters = withSource({ connectorType: 'Salesforce', connectorProfileName: 'sf-prod' });
		expect(await load('listSourceFields', parameters)).toEqual([]);
		expect(await load('listFilterFields', CREATE)).toEqual([]);
		expect(bed.received('DescribeConnectorEntity')).toEqual([]);
	});

	it("surfaces AppFlow's error for an object the profile does not have", async () => {
		const parameters = salesforceAccount();
		(parameters.sourceFlowConfig as { source: { object: string } }).source.object = 'Nope__c';
		await expect(load('listSourceFields', parameters)).rejects.toMatchObject({
			message: expect.stringMatching(/Nope__c does not exist/),
		});
	});
});

describe('Salesforce to S3 from picked values only', () => {
	beforeEach(async () => await profile('sf-prod', 'Salesforce'));

	it('creates the flow with the picked date as epoch milliseconds and datetime as data type', async () => {
		const out = await bed.run(accountsToLake({ operator: 'GREATER_THAN', dateValue: '2026-11-01T00:00:00Z' }));
		expect(jsonOf(out)[0]).toMatchObject({ flowStatus: 'Active' });
		const [request] = bed.received('CreateFlow') as Array<{ tasks: unknown[] }>;
		expect(request.tasks).toEqual([
			expect.objectContaining({ taskType: 'Filter', sourceFields: ['Id', 'Name'] }),
			expect.objectContaining({
				taskType: 'Filter',
				sourceFields: ['LastModifiedDate'],
				connectorOperator: { Salesforce: 'GREATER_THAN' },
				taskProperties: { VALUE: String(Date.UTC(2026, 10, 1)), DATA_TYPE: 'datetime' },
			}),
			expect.objectContaining({ taskType: 'Map', sourceFields: ['Id'], destinationField: 'Id' }),
			expect.objectContaining({ taskType: 'Map', sourceFields: ['Name'], destinationField: 'account_name' }),
		]);
	});

	it('sends Between dates as lower and upper bounds: an ISO text with its offset, epoch milliseconds from an expression', async () => {
		await bed.run(
			accountsToLake({
				operator: 'BETWEEN',
				dateLowerBound: '2026-01-01T01:00:00+01:00',
				dateUpperBound: '={{ 1798761599000 }}',
			}),
		);
		const [request] = bed.received('CreateFlow') as Array<{ tasks: Array<{ taskProperties?: unknown }> }>;
		expect(request.tasks[1].taskProperties).toEqual({
			LOWER_BOUND: String(Date.UTC(2026, 0, 1)),
			UPPER_BOUND: String(Date.UTC(2026, 11, 31, 23, 59, 59)),
			DATA_TYPE: 'datetime',
		});
	});

	it('refuses a date that is not one, naming the filter, and sends nothing', async () => {
		const out = await bed.run(accountsToLake({ operator: 'LESS_THAN', dateValue: 'next tuesday' }), {
			continueOnFail: true,
		});
		expect(String(jsonOf(out)[0].error)).toMatch(/Filter 1 \(LastModifiedDate\): Date is not a date and time/);
		expect(bed.received('CreateFlow')).toEqual([]);
	});
});

describe('declared as dropdowns that keep their saved names', () => {
	const createProperty = (name: string) =>
		bed.node.description.properties.find(
			(p) => p.name === name && p.displayOptions?.show?.operation?.includes('createFlow'),
		)!;
	const group = (property: INodeProperties, option: string) =>
		(property.options as Array<{ name: string; values: INodeProperties[] }>).find((o) => o.name === option)!.values;
	const field = (values: INodeProperties[], name: string) => values.find((v) => v.name === name)!;

	it('source and destination profiles and entities, mapping and filter fields', () => {
		const source = group(createProperty('sourceFlowConfig'), 'source');
		const destination = group(createProperty('destinationFlowConfigList'), 'destination');
		const definition = group(createProperty('tasks'), 'definition');
		const rowsOf = (name: string, option: string) => group(field(definition, name), option);
		const pickers: Array<[INodeProperties, string, string[]]> = [
			[field(source, 'connectorProfileName'), 'listConnectorProfilesOfType', ['&connectorType']],
			[field(destination, 'connectorProfileName'), 'listConnectorProfilesOfType', ['&connectorType']],
			[field(source, 'object'), 'listConnectorEntityOptions', ['&connectorProfileName', '&connectorType']],
			[field(source, 'objectPath'), 'listConnectorEntityOptions', ['&connectorProfileName', '&connectorType']],
			[field(source, 'entityName'), 'listConnectorEntityOptions', ['&connectorProfileName', '&connectorType']],
			[field(destination, 'object'), 'listConnectorEntityOptions', ['&connectorProfileName', '&connectorType']],
			[field(rowsOf('mappings', 'mapping'), 'sourceField'), 'listSourceFields', []],
			[field(rowsOf('filters', 'filter'), 'field'), 'listFilterFields', []],
			[field(source, 'datetimeTypeFieldName'), 'listIncrementalPullFields', []],
		];
		for (const [property, method, dependsOn] of pickers) {
			expect(property).toMatchObject({ type: 'options', default: '', typeOptions: { loadOptionsMethod: method } });
			expect(property.typeOptions!.loadOptionsDependsOn).toEqual(expect.arrayContaining(dependsOn));
		}
		const filter = rowsOf('filters', 'filter');
		expect(field(filter, 'valueType').default).toBe('text');
		expect(['dateValue', 'dateLowerBound', 'dateUpperBound'].map((n) => field(filter, n).type)).toEqual([
			'dateTime',
			'dateTime',
			'dateTime',
		]);
	});
});
