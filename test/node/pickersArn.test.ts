/**
 * By ARN on every resource locator, links to the AWS console, and Tag operations' Resource ARN picker (flows and
 * connector profiles by ARN), against the emulator in n8n's execution and load-options contexts.
 */
import { CreateConnectorProfileCommand, CreateFlowCommand, TagResourceCommand } from '@aws-sdk/client-appflow';
import type {
	ICredentialDataDecryptedObject,
	INodeListSearchResult,
	INodeParameters,
	INodeProperties,
	INodePropertyMode,
} from 'n8n-workflow';

import { consoleUrl, nameFromArn } from '../../nodes/AwsAppFlow/actions/common/locators';
import { runListSearch } from '../harness/runNode';
import { jsonOf, parameterIssues, s3FlowRequest, startNodeBed, type NodeBed } from './nodeBed';

let bed: NodeBed;
let credentials: Record<string, ICredentialDataDecryptedObject>;
const ACCOUNT = '123456789012';
const arn = (type: string, name: string) => `arn:aws:appflow:us-east-1:${ACCOUNT}:${type}/${name}`;

beforeAll(async () => {
	bed = await startNodeBed();
	credentials = bed.credentials as unknown as Record<string, ICredentialDataDecryptedObject>;
});
afterAll(async () => bed.close());
beforeEach(() => bed.emulator.reset());

const zendesk = (name: string) =>
	bed.client.send(
		new CreateConnectorProfileCommand({
			connectorProfileName: name,
			connectorType: 'Zendesk',
			connectionMode: 'Public',
			connectorProfileConfig: {
				connectorProfileProperties: { Zendesk: { instanceUrl: 'https://acme.zendesk.com' } },
				connectorProfileCredentials: { Zendesk: { clientId: 'c', clientSecret: 'zd-secret-9', accessToken: 'zd-9' } },
			},
		}),
	);

const props = () => bed.node.description.properties;
const fieldsProperty = (operation: string, name: string): INodeProperties =>
	props().find(
		(p) =>
			p.name === name &&
			p.displayOptions?.show?.operation?.includes(operation) &&
			p.displayOptions?.hide?.inputMode?.includes('json'),
	)!;
const modeOf = (p: INodeProperties, name: string) => (p.modes as INodePropertyMode[]).find((m) => m.name === name);

async function listAll(method: string, parameters: INodeParameters, filter?: string) {
	const calls: INodeListSearchResult[] = [];
	let token: string | undefined;
	do {
		const result = await runListSearch(bed.node, method, parameters, credentials, filter, token);
		calls.push(result);
		token = result.paginationToken as string | undefined;
	} while (token && calls.length < 50);
	return { results: calls.flatMap((c) => c.results), calls };
}

describe('By ARN', () => {
	it.each([
		['describeFlow', 'flowName', 'flow', 'orders'],
		['deleteConnectorProfile', 'connectorProfileName', 'connectorprofile', 'zd/main'],
		['unregisterConnector', 'connectorLabel', 'connector', 'my_connector'],
	])('%s %s: a third mode checked against the model ARN and name patterns', (operation, name, type, example) => {
		const byArn = modeOf(fieldsProperty(operation, name), 'arn')!;
		expect(byArn).toMatchObject({ displayName: 'By ARN', type: 'string' });
		const regex = new RegExp((byArn.validation![0] as unknown as { properties: { regex: string } }).properties.regex);
		expect(regex.test(arn(type, example))).toBe(true);
		expect(regex.test(arn(type, 'has space'))).toBe(false);
		expect(regex.test(arn(type === 'flow' ? 'connectorprofile' : 'flow', example))).toBe(false);
		expect(regex.test(`arn:aws:s3:::${example}`)).toBe(false);
		expect(nameFromArn(name, arn(type, example))).toBe(example);
	});

	it('is flagged in parameter issues when the ARN is not a flow ARN', () => {
		const issues = (value: string) =>
			parameterIssues(
				bed,
				{
					resource: 'flow',
					operation: 'describeFlow',
					inputMode: 'fields',
					flowName: { __rl: true, mode: 'arn', value },
				},
				'flowName',
			);
		expect(issues(arn('connectorprofile', 'x'))).toEqual([expect.stringMatching(/^Not a flow ARN: /)]);
		expect(issues(arn('flow', 'orders'))).toBeUndefined();
	});

	it('sends the name taken from the ARN, in operations and in Additional Fields', async () => {
		await bed.client.send(new CreateFlowCommand(s3FlowRequest('orders') as never));
		const items = await bed.run({
			resource: 'flow',
			operation: 'describeFlow',
			flowName: { __rl: true, mode: 'arn', value: `={{ "${arn('flow', 'orders')}" }}` },
		});
		expect(jsonOf(items)[0]).toMatchObject({ flowName: 'orders' });
		expect(bed.received('DescribeFlow')).toEqual([{ flowName: 'orders' }]);
	});

	it('refuses an ARN of another resource type, naming the field, before sending', async () => {
		const error = await bed
			.run({
				resource: 'flow',
				operation: 'describeFlow',
				flowName: { __rl: true, mode: 'arn', value: arn('connectorprofile', 'orders') },
			})
			.catch((e: Error) => e);
		expect((error as Error).message).toBe(
			`flowName: "${arn('connectorprofile', 'orders')}" is not a flow ARN [item 0]`,
		);
		expect(bed.received('DescribeFlow')).toHaveLength(0);
	});

	it("links the By ARN value to the resource's console page in the ARN's Region", () => {
		expect(modeOf(fieldsProperty('describeFlow', 'flowName'), 'arn')!.url).toBe(
			'=https://{{ $value.split(":")[3] }}.console.aws.amazon.com/appflow/home?region={{ $value.split(":")[3] }}#/details/{{ $value.split(":").slice(5).join(":").split("/").slice(1).join("/") }}',
		);
	});
});

describe('console links on From List results', () => {
	it("gives each flow its details page and each profile the Connections page, in the credential's Region", async () => {
		await bed.client.send(new CreateFlowCommand(s3FlowRequest('orders') as never));
		await zendesk('zd-main');
		const region = String(bed.credentials.awsAppFlowApi.region);
		const [flows, profiles] = await Promise.all([
			listAll('searchFlows', { resource: 'flow', operation: 'describeFlow' }),
			listAll('searchConnectorProfiles', { resource: 'connectorProfile', operation: 'deleteConnectorProfile' }),
		]);
		expect(flows.results).toEqual([
			expect.objectContaining({
				value: 'orders',
				url: `https://${region}.console.aws.amazon.com/appflow/home?region=${region}#/details/orders`,
			}),
		]);
		expect(profiles.results[0].url).toBe(
			`https://${region}.console.aws.amazon.com/appflow/home?region=${region}#/connections`,
		);
		expect(consoleUrl('flowName', 'cn-north-1', 'a')).toBe(
			'https://cn-north-1.console.amazonaws.cn/appflow/home?region=cn-north-1#/details/a',
		);
	});
});

describe('Tag operations: Resource ARN picker', () => {
	it.each(['listTagsForResource', 'tagResource', 'untagResource'])(
		'%s: From List of flows and connector profiles, and By ARN',
		(operation) => {
			const property = fieldsProperty(operation, 'resourceArn');
			expect(property.type).toBe('resourceLocator');
			expect((property.modes as INodePropertyMode[]).map((m) => m.name)).toEqual(['list', 'arn']);
			expect(modeOf(property, 'list')!.typeOptions).toMatchObject({ searchListMethod: 'searchTaggableResources' });
		},
	);

	it('lists flows then connector profiles by ARN, paging through both, with a filter', async () => {
		for (let i = 0; i < 120; i++) await bed.client.send(new CreateFlowCommand(s3FlowRequest(`flow-${i}`) as never));
		await zendesk('zd-main');
		await zendesk('zd-test');
		const parameters = { resource: 'tag', operation: 'listTagsForResource' };
		const all = await listAll('searchTaggableResources', parameters);
		expect(all.calls.length).toBe(3); // two pages of flows, one of profiles
		expect(all.results).toHaveLength(122);
		expect(all.results.slice(-2).map((r) => r.value)).toEqual([
			arn('connectorprofile', 'zd-main'),
			arn('connectorprofile', 'zd-test'),
		]);
		expect(all.results[0]).toMatchObject({
			name: expect.stringMatching(/^Flow: flow-/),
			value: expect.stringMatching(/:flow\//),
		});
		const filtered = await listAll('searchTaggableResources', parameters, 'zd-t');
		expect(filtered.results.map((r) => r.value)).toEqual([arn('connectorprofile', 'zd-test')]);
	});

	it('sends the ARN as picked, given By ARN, or saved as a plain string', async () => {
		await bed.client.send(new CreateFlowCommand(s3FlowRequest('orders') as never));
		await bed.client.send(new TagResourceCommand({ resourceArn: arn('flow', 'orders'), tags: { team: 'data' } }));
		for (const resourceArn of [
			{ __rl: true, mode: 'list', value: arn('flow', 'orders') },
			{ __rl: true, mode: 'arn', value: arn('flow', 'orders') },
			arn('flow', 'orders'),
		]) {
			const items = await bed.run({ resource: 'tag', operation: 'listTagsForResource', resourceArn });
			expect(jsonOf(items)).toEqual([{ tags: { team: 'data' } }]);
		}
		expect(bed.received('ListTagsForResource')).toEqual(Array(3).fill({ resourceArn: arn('flow', 'orders') }));
	});
});
