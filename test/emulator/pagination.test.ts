/** nextToken/maxResults paging, checked with hand-driven calls and with the SDK's own paginators. */
import {
	CreateConnectorProfileCommand,
	CreateFlowCommand,
	DeleteFlowCommand,
	DescribeConnectorProfilesCommand,
	DescribeConnectorsCommand,
	DescribeFlowExecutionRecordsCommand,
	ListConnectorEntitiesCommand,
	ListConnectorsCommand,
	ListFlowsCommand,
	RegisterConnectorCommand,
	StartFlowCommand,
	paginateDescribeConnectors,
	paginateDescribeFlowExecutionRecords,
	paginateListFlows,
} from '@aws-sdk/client-appflow';
import { expectAwsError, s3Flow, salesforceProfile, startEmulatorBed, type EmulatorBed } from './helpers';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());

const names = (n: number, prefix: string) =>
	Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`);

async function createFlows(flowNames: string[]) {
	for (const name of flowNames) await bed.client.send(new CreateFlowCommand(s3Flow(name)));
}

describe('ListFlows', () => {
	it('returns 20 flows a page by default, then the rest, in name order', async () => {
		const all = names(45, 'flow');
		await createFlows([...all].reverse());
		const first = await bed.client.send(new ListFlowsCommand({}));
		expect(first.flows!.map((f) => f.flowName)).toEqual(all.slice(0, 20));
		expect(first.nextToken).toEqual(expect.any(String));
		const second = await bed.client.send(new ListFlowsCommand({ nextToken: first.nextToken }));
		expect(second.flows!.map((f) => f.flowName)).toEqual(all.slice(20, 40));
		const third = await bed.client.send(new ListFlowsCommand({ nextToken: second.nextToken }));
		expect(third.flows!.map((f) => f.flowName)).toEqual(all.slice(40));
		expect(third.nextToken).toBeUndefined();
	});

	it('honours maxResults and works with the SDK paginator', async () => {
		const all = names(12, 'p');
		await createFlows(all);
		const pages: string[][] = [];
		for await (const page of paginateListFlows({ client: bed.client, pageSize: 5 }, {}))
			pages.push(page.flows!.map((f) => f.flowName!));
		expect(pages).toEqual([all.slice(0, 5), all.slice(5, 10), all.slice(10)]);
	});

	it('keeps page boundaries right when flows are deleted between pages', async () => {
		const all = names(6, 'd');
		await createFlows(all);
		const first = await bed.client.send(new ListFlowsCommand({ maxResults: 3 }));
		await bed.client.send(new DeleteFlowCommand({ flowName: 'd-00' }));
		const second = await bed.client.send(new ListFlowsCommand({ maxResults: 3, nextToken: first.nextToken }));
		expect(second.flows!.map((f) => f.flowName)).toEqual(['d-03', 'd-04', 'd-05']);
	});

	it('refuses maxResults outside 1-100 and tokens it did not issue', async () => {
		await expectAwsError(
			bed.client.send(new ListFlowsCommand({ maxResults: 101 })),
			'ValidationException',
			400,
			"1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
		);
		await expectAwsError(
			bed.client.send(new ListFlowsCommand({ maxResults: 0 })),
			'ValidationException',
			400,
			"1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
		);
		await expectAwsError(
			bed.client.send(new ListFlowsCommand({ nextToken: 'not-a-token' })),
			'ValidationException',
			400,
			/Invalid nextToken/,
		);
		await createFlows(names(3, 'x'));
		const { nextToken } = await bed.client.send(new ListFlowsCommand({ maxResults: 1 }));
		// A token from ListFlows means nothing to another action.
		await expectAwsError(
			bed.client.send(new ListConnectorsCommand({ nextToken })),
			'ValidationException',
			400,
			/Invalid nextToken/,
		);
	});
});

describe('DescribeFlowExecutionRecords', () => {
	it('pages runs newest first, 20 by default', async () => {
		await createFlows(['runner']);
		const ids: string[] = [];
		for (let i = 0; i < 25; i++)
			ids.push((await bed.client.send(new StartFlowCommand({ flowName: 'runner' }))).executionId!);
		const newestFirst = [...ids].reverse();
		const first = await bed.client.send(new DescribeFlowExecutionRecordsCommand({ flowName: 'runner' }));
		expect(first.flowExecutions!.map((r) => r.executionId)).toEqual(newestFirst.slice(0, 20));
		const seen: string[] = [];
		for await (const page of paginateDescribeFlowExecutionRecords(
			{ client: bed.client, pageSize: 100 },
			{ flowName: 'runner' },
		)) {
			seen.push(...page.flowExecutions!.map((r) => r.executionId!));
		}
		expect(seen).toEqual(newestFirst);
		// A token is bound to its flow.
		await createFlows(['other']);
		await expectAwsError(
			bed.client.send(new DescribeFlowExecutionRecordsCommand({ flowName: 'other', nextToken: first.nextToken })),
			'ValidationException',
			400,
		);
	});
});

describe('connectors and profiles', () => {
	it('DescribeConnectors pages through every built-in connector type', async () => {
		await bed.client.send(
			new RegisterConnectorCommand({
				connectorLabel: 'custom-one',
				connectorProvisioningConfig: { lambda: { lambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:c' } },
			}),
		);
		const first = await bed.client.send(new DescribeConnectorsCommand({}));
		expect(Object.keys(first.connectorConfigurations!)).toHaveLength(20);
		expect(first.nextToken).toBeDefined();
		const types = new Set<string>();
		const labels: string[] = [];
		for await (const page of paginateDescribeConnectors({ client: bed.client, pageSize: 7 }, {})) {
			Object.keys(page.connectorConfigurations ?? {}).forEach((t) => types.add(t));
			labels.push(...(page.connectors ?? []).filter((c) => c.connectorLabel).map((c) => c.connectorLabel!));
		}
		// Every value of the model's ConnectorType enum except CustomConnector is a built-in connector.
		expect(types.size).toBe(23);
		expect(types.has('CustomConnector')).toBe(false);
		expect(labels).toEqual(['custom-one']);
	});

	it('ListConnectors and DescribeConnectorProfiles page with maxResults', async () => {
		for (const label of ['c1', 'c2', 'c3']) {
			await bed.client.send(
				new RegisterConnectorCommand({
					connectorLabel: label,
					connectorProvisioningConfig: { lambda: { lambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:c' } },
				}),
			);
		}
		const first = await bed.client.send(new ListConnectorsCommand({ maxResults: 2 }));
		expect(first.connectors!.map((c) => c.connectorLabel)).toEqual(['c1', 'c2']);
		const second = await bed.client.send(new ListConnectorsCommand({ maxResults: 2, nextToken: first.nextToken }));
		expect(second.connectors!.map((c) => c.connectorLabel)).toEqual(['c3']);
		expect(second.nextToken).toBeUndefined();

		for (const name of ['sf-a', 'sf-b', 'sf-c'])
			await bed.client.send(new CreateConnectorProfileCommand(salesforceProfile(name)));
		const p1 = await bed.client.send(
			new DescribeConnectorProfilesCommand({ connectorType: 'Salesforce', maxResults: 2 }),
		);
		const p2 = await bed.client.send(
			new DescribeConnectorProfilesCommand({ connectorType: 'Salesforce', maxResults: 2, nextToken: p1.nextToken }),
		);
		expect([...p1.connectorProfileDetails!, ...p2.connectorProfileDetails!].map((p) => p.connectorProfileName)).toEqual(
			['sf-a', 'sf-b', 'sf-c'],
		);
	});

	it('ListConnectorEntities returns everything by default and pages when asked', async () => {
		await bed.client.send(new CreateConnectorProfileCommand(salesforceProfile('sf')));
		const all = (
			await bed.client.send(new ListConnectorEntitiesCommand({ connectorProfileName: 'sf' }))
		).connectorEntityMap!.Objects.map((e) => e.name);
		expect(all.length).toBeGreaterThan(20);
		const paged: string[] = [];
		let nextToken: string | undefined;
		do {
			const page = await bed.client.send(
				new ListConnectorEntitiesCommand({ connectorProfileName: 'sf', maxResults: 10, nextToken }),
			);
			paged.push(...page.connectorEntityMap!.Objects.map((e) => e.name!));
			nextToken = page.nextToken;
		} while (nextToken);
		expect(paged).toEqual(all);
	});
});
