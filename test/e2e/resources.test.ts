/**
 * One workflow per resource (flow, flowExecution, connectorProfile, connector, connectorEntity, tag), each run in a
 * real n8n against the emulator, asserting what every node emitted and what the emulator holds afterwards.
 */
import {
	appflow,
	chain,
	describeE2E,
	LINE_TARGETS,
	jsonRequest,
	out,
	pairedItems,
	Stack,
	type NodeJson,
} from './helpers';

const ACCOUNT = '123456789012';
const flowArn = (name: string) => `arn:aws:appflow:us-east-1:${ACCOUNT}:flow/${name}`;

/** An on-demand S3 to S3 flow in AppFlow's request syntax. */
function s3Flow(flowName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		flowName,
		triggerConfig: { triggerType: 'OnDemand' },
		sourceFlowConfig: {
			connectorType: 'S3',
			sourceConnectorProperties: { S3: { bucketName: 'appflow-demo-raw', bucketPrefix: 'orders' } },
		},
		destinationFlowConfigList: [
			{ connectorType: 'S3', destinationConnectorProperties: { S3: { bucketName: 'appflow-demo-landing' } } },
		],
		tasks: [{ taskType: 'Map_all', sourceFields: [], taskProperties: {}, connectorOperator: { S3: 'NO_OP' } }],
		...extra,
	};
}

function zendeskProfile(connectorProfileName: string, instanceUrl: string): Record<string, unknown> {
	return {
		connectorProfileName,
		connectorType: 'Zendesk',
		connectionMode: 'Public',
		connectorProfileConfig: {
			connectorProfileProperties: { Zendesk: { instanceUrl } },
			connectorProfileCredentials: {
				Zendesk: { clientId: 'e2e-client', clientSecret: 'e2e-client-secret', accessToken: 'e2e-access-token' },
			},
		},
	};
}

const once: Partial<NodeJson> = { executeOnce: true };

const WORKFLOWS = {
	flow: chain('ResFlow', 'e2e: flow', [
		appflow('Create', 'flow', 'createFlow', jsonRequest(s3Flow('e2e-flow', { description: 'first' }))),
		appflow('List', 'flow', 'listFlows', { inputMode: 'fields', returnAll: true }),
		appflow(
			'Update description',
			'flow',
			'updateFlow',
			{ inputMode: 'fields', flowName: 'e2e-flow', additionalFields: { description: 'second' } },
			once,
		),
		appflow('Get', 'flow', 'describeFlow', {
			inputMode: 'fields',
			flowName: '={{ $("Create").first().json.flowArn.split("/").pop() }}',
		}),
		appflow('Delete', 'flow', 'deleteFlow', { inputMode: 'fields', flowName: '={{ $json.flowName }}' }),
	]),
	flowExecution: chain('ResRuns', 'e2e: flow execution', [
		appflow('Create', 'flow', 'createFlow', jsonRequest(s3Flow('e2e-runs'))),
		appflow('Start 1', 'flow', 'startFlow', jsonRequest({ flowName: 'e2e-runs' })),
		appflow('Start 2', 'flow', 'startFlow', jsonRequest({ flowName: 'e2e-runs' })),
		appflow(
			'Cancel the first',
			'flowExecution',
			'cancelFlowExecutions',
			jsonRequest(`={ "flowName": "e2e-runs", "executionIds": ["{{ $('Start 1').first().json.executionId }}"] }`),
		),
		appflow('Get runs', 'flowExecution', 'describeFlowExecutionRecords', {
			inputMode: 'fields',
			flowName: 'e2e-runs',
			returnAll: true,
		}),
	]),
	connectorProfile: chain('ResProfile', 'e2e: connector profile', [
		appflow(
			'Create',
			'connectorProfile',
			'createConnectorProfile',
			jsonRequest(zendeskProfile('e2e-zendesk', 'https://e2e.zendesk.com')),
		),
		appflow(
			'Update',
			'connectorProfile',
			'updateConnectorProfile',
			jsonRequest({ ...zendeskProfile('e2e-zendesk', 'https://e2e-new.zendesk.com'), connectorType: undefined }),
		),
		appflow('Get many', 'connectorProfile', 'describeConnectorProfiles', {
			inputMode: 'fields',
			returnAll: true,
			additionalFields: { connectorType: 'Zendesk' },
		}),
		appflow('Delete', 'connectorProfile', 'deleteConnectorProfile', {
			inputMode: 'fields',
			connectorProfileName: '={{ $json.connectorProfileName }}',
		}),
	]),
	connector: chain('ResConnector', 'e2e: connector', [
		appflow(
			'Register',
			'connector',
			'registerConnector',
			jsonRequest({
				connectorLabel: 'e2e_connector',
				description: 'e2e custom connector',
				connectorProvisioningType: 'LAMBDA',
				connectorProvisioningConfig: {
					lambda: { lambdaArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:e2e-connector` },
				},
			}),
		),
		appflow('List', 'connector', 'listConnectors', { inputMode: 'fields', returnAll: true }),
		appflow(
			'Describe some',
			'connector',
			'describeConnectors',
			jsonRequest({ connectorTypes: ['S3', 'Zendesk'] }),
			once,
		),
		appflow('Get S3', 'connector', 'describeConnector', jsonRequest({ connectorType: 'S3' }), once),
		appflow('Unregister', 'connector', 'unregisterConnector', jsonRequest({ connectorLabel: 'e2e_connector' })),
	]),
	connectorEntity: chain('ResEntity', 'e2e: connector entity', [
		appflow(
			'Create profile',
			'connectorProfile',
			'createConnectorProfile',
			jsonRequest(zendeskProfile('e2e-entities', 'https://e2e.zendesk.com')),
		),
		appflow(
			'List entities',
			'connectorEntity',
			'listConnectorEntities',
			jsonRequest({ connectorProfileName: 'e2e-entities' }),
		),
		appflow(
			'Describe tickets',
			'connectorEntity',
			'describeConnectorEntity',
			{
				inputMode: 'fields',
				connectorEntityName: 'tickets',
				additionalFields: { connectorProfileName: 'e2e-entities' },
			},
			once,
		),
		appflow(
			'Reset cache',
			'connectorEntity',
			'resetConnectorMetadataCache',
			jsonRequest({ connectorProfileName: 'e2e-entities', connectorEntityName: 'tickets' }),
		),
	]),
	tag: chain('ResTag', 'e2e: tag', [
		appflow('Create', 'flow', 'createFlow', jsonRequest(s3Flow('e2e-tags', { tags: { owner: 'n8n', stage: 'test' } }))),
		appflow('Tag', 'tag', 'tagResource', {
			inputMode: 'fields',
			resourceArn: '={{ $json.flowArn }}',
			tags: {
				entries: [
					{ key: 'team', value: 'data' },
					{ key: 'stage', value: 'prod' },
				],
			},
		}),
		appflow(
			'Untag',
			'tag',
			'untagResource',
			jsonRequest(`={ "resourceArn": "{{ $json.resourceArn }}", "tagKeys": ["owner"] }`),
		),
		appflow('Read', 'tag', 'listTagsForResource', { inputMode: 'fields', resourceArn: '={{ $json.resourceArn }}' }),
	]),
};

describeE2E.each(LINE_TARGETS)('one workflow per resource on n8n $label', ({ target }) => {
	let stack: Stack;

	beforeAll(async () => {
		stack = await Stack.start(target, { runDurationMs: 3000 });
		await stack.importWorkflows(Object.values(WORKFLOWS));
	});
	afterAll(async () => await stack?.stop());

	it('flow: create, list, update (fields mode merges onto the current flow), get by expression, delete', async () => {
		const { run } = await stack.execute(WORKFLOWS.flow.id);
		expect(out(run, 'Create')).toEqual([{ flowArn: flowArn('e2e-flow'), flowStatus: 'Active' }]);
		const listed = out(run, 'List');
		expect(listed).toHaveLength(1);
		expect(listed[0]).toMatchObject({
			flowName: 'e2e-flow',
			flowArn: flowArn('e2e-flow'),
			sourceConnectorType: 'S3',
			triggerType: 'OnDemand',
		});
		expect(out(run, 'Update description')).toEqual([{ flowStatus: 'Active' }]);
		const [flow] = out(run, 'Get');
		expect(flow).toMatchObject({
			flowName: 'e2e-flow',
			description: 'second',
			sourceFlowConfig: { connectorType: 'S3' },
			tasks: [expect.objectContaining({ taskType: 'Map_all' })],
		});
		expect(out(run, 'Delete')).toEqual([{ success: true, flowName: 'e2e-flow' }]);
		expect(stack.emulator.stats().flows).toBe(0);
		expect(stack.emulator.stats().requests.UpdateFlow).toBe(1);
	});

	it('flowExecution: two runs, cancel the first by its id, list both with their statuses', async () => {
		const { run } = await stack.execute(WORKFLOWS.flowExecution.id);
		const first = out(run, 'Start 1')[0].executionId as string;
		const second = out(run, 'Start 2')[0].executionId as string;
		expect(first).not.toBe(second);
		expect(out(run, 'Cancel the first')).toEqual([{ invalidExecutions: [] }]);
		const records = out(run, 'Get runs');
		expect(records).toHaveLength(2);
		const status = Object.fromEntries(records.map((r) => [r.executionId, r.executionStatus]));
		expect(['CancelStarted', 'Canceled']).toContain(status[first]);
		expect(status[second]).toBe('InProgress');
		expect(pairedItems(run, 'Get runs')).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('connectorProfile: create, update, get many (no credentials in the output), delete', async () => {
		const { run } = await stack.execute(WORKFLOWS.connectorProfile.id);
		const arn = `arn:aws:appflow:us-east-1:${ACCOUNT}:connectorprofile/e2e-zendesk`;
		expect(out(run, 'Create')).toEqual([{ connectorProfileArn: arn }]);
		expect(out(run, 'Update')).toEqual([{ connectorProfileArn: arn }]);
		const profiles = out(run, 'Get many');
		expect(profiles).toHaveLength(1);
		expect(profiles[0]).toMatchObject({
			connectorProfileName: 'e2e-zendesk',
			connectorType: 'Zendesk',
			connectionMode: 'Public',
			connectorProfileProperties: { Zendesk: { instanceUrl: 'https://e2e-new.zendesk.com' } },
		});
		expect(JSON.stringify(profiles)).not.toContain('e2e-client-secret');
		expect(out(run, 'Delete')).toEqual([{ success: true, connectorProfileName: 'e2e-zendesk' }]);
		expect(stack.emulator.stats().connectorProfiles).toBe(0);
	});

	it('connector: register a custom connector, list, describe built-in ones, unregister', async () => {
		const { run } = await stack.execute(WORKFLOWS.connector.id);
		expect(out(run, 'Register')).toEqual([{ connectorArn: expect.stringContaining('e2e_connector') }]);
		const listed = out(run, 'List');
		// ListConnectors lists the custom connectors registered in the account only, not AWS's own.
		expect(listed).toEqual([
			expect.objectContaining({ connectorLabel: 'e2e_connector', connectorType: 'CustomConnector' }),
		]);
		const described = out(run, 'Describe some');
		expect(described.map((c) => c.connectorType ?? c.connectorName).sort()).toEqual(['S3', 'Zendesk']);
		const [s3] = out(run, 'Get S3');
		expect(s3).toMatchObject({
			connectorConfiguration: expect.objectContaining({ canUseAsSource: true, canUseAsDestination: true }),
		});
		expect(out(run, 'Unregister')).toEqual([{ success: true, connectorLabel: 'e2e_connector' }]);
		expect(stack.emulator.stats().customConnectors).toBe(0);
	});

	it('connectorEntity: list the entities of a profile, describe one, reset the metadata cache', async () => {
		const { run } = await stack.execute(WORKFLOWS.connectorEntity.id);
		const entities = out(run, 'List entities');
		expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(['tickets', 'users', 'organizations']));
		expect(entities.every((e) => e.group === 'Objects')).toBe(true);
		const [tickets] = out(run, 'Describe tickets');
		const fields = tickets.connectorEntityFields as Array<{ identifier: string }>;
		expect(fields.length).toBeGreaterThan(3);
		expect(fields.map((f) => f.identifier)).toEqual(expect.arrayContaining(['id', 'updated_at']));
		const resets = out(run, 'Reset cache');
		expect(resets[0]).toEqual({ success: true, connectorProfileName: 'e2e-entities', connectorEntityName: 'tickets' });
		expect(stack.emulator.stats().metadataCacheResetLog).toEqual(
			resets.map(() =>
				expect.objectContaining({
					connectorType: 'Zendesk',
					connectorProfileName: 'e2e-entities',
					connectorEntityName: 'tickets',
				}),
			),
		);
	});

	it('tag: add tags in fields mode (key/value rows), remove one by key, read them back', async () => {
		const { run } = await stack.execute(WORKFLOWS.tag.id);
		const arn = flowArn('e2e-tags');
		expect(out(run, 'Tag')).toEqual([{ success: true, resourceArn: arn, tags: { team: 'data', stage: 'prod' } }]);
		expect(out(run, 'Untag')).toEqual([{ success: true, resourceArn: arn, tagKeys: ['owner'] }]);
		expect(out(run, 'Read')).toEqual([{ tags: { stage: 'prod', team: 'data' } }]);
	});
});
