/**
 * The sample workflows in examples/, imported into a real n8n and run with `n8n execute`, exactly as the demo does.
 * Runs last 2.5 s here, so Start flow's Wait for Completion polls the run records several times before it ends.
 */
import { loadExamples } from '../../scripts/demo/lib/examples';
import type { N8nRun } from '../../scripts/n8n';
import { describeE2E, ALL_TARGETS, out, pairedItems, Stack } from './helpers';

const FLOW_ARN = 'arn:aws:appflow:us-east-1:123456789012:flow/demo-s3-to-s3';

describeE2E.each(ALL_TARGETS)('sample workflows on n8n $label', ({ target }) => {
	let stack: Stack;
	const examples = loadExamples();
	const byId = (id: string) => {
		const example = examples.find((e) => e.workflow.id === id);
		if (!example) throw new Error(`examples/ has no workflow ${id}`);
		return example.workflow;
	};

	beforeAll(async () => {
		stack = await Stack.start(target, { runDurationMs: 2500 });
		await stack.importWorkflows(examples.map((e) => e.workflow));
	});
	afterAll(async () => await stack?.stop());

	it('every sample uses the installed node type and the emulator credential', () => {
		for (const { workflow } of examples) {
			const appflowNodes = workflow.nodes.filter((n) => n.type.includes('awsAppFlow'));
			expect(appflowNodes.length).toBeGreaterThan(0);
			for (const node of appflowNodes) {
				expect(node.type).toBe('n8n-nodes-aws-appflow.awsAppFlow');
				expect(node.credentials).toEqual({ awsAppFlowApi: { id: 'appflowEmulator1', name: 'AppFlow emulator' } });
			}
			expect(workflow.id.length).toBeLessThanOrEqual(16);
			expect(workflow.versionId).toBeTruthy();
			expect(workflow.nodes.some((n) => n.type === 'n8n-nodes-base.manualTrigger')).toBe(true);
		}
	});

	let first: N8nRun;
	it('01: creates an S3-to-S3 flow, runs it, waits until the run is Successful, resets the cache, tags it', async () => {
		const { run } = await stack.execute(byId('appflowS3toS3Run').id);
		first = run;

		expect(out(run, 'Create flow')).toEqual([{ flowArn: FLOW_ARN, flowStatus: 'Active' }]);
		// Start flow waits for the run (Wait for Completion): it emits StartFlow's answer merged with the final record.
		const [started] = out(run, 'Start flow');
		expect(started).toMatchObject({
			flowArn: FLOW_ARN,
			flowStatus: 'Active',
			executionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			executionStatus: 'Successful',
			executionResult: { recordsProcessed: expect.any(Number) },
		});
		// The run lasted 2.5 s, so the node polled the records several times (0.5 s apart) before it was final.
		expect(stack.emulator.stats().requests.DescribeFlowExecutionRecords).toBeGreaterThanOrEqual(3);

		const [record] = out(run, 'Get runs');
		expect(record).toMatchObject({
			executionId: started.executionId,
			executionStatus: 'Successful',
			executionResult: { recordsProcessed: expect.any(Number), bytesProcessed: expect.any(Number) },
		});
		expect((record.executionResult as { recordsProcessed: number }).recordsProcessed).toBeGreaterThan(0);

		expect(out(run, 'Reset metadata cache')).toEqual([
			{ success: true, connectorType: 'S3', connectorEntityName: 'appflow-demo-raw/orders' },
		]);
		expect(stack.emulator.stats().metadataCacheResetLog).toEqual([
			expect.objectContaining({ connectorType: 'S3', connectorEntityName: 'appflow-demo-raw/orders' }),
		]);
		const tags = { team: 'data-platform', source: 'n8n-demo' };
		expect(out(run, 'Tag flow')).toEqual([{ success: true, resourceArn: FLOW_ARN, tags }]);
		expect(out(run, 'Read tags')).toEqual([{ tags }]);

		for (const node of ['Create flow', 'Start flow', 'Get runs', 'Reset metadata cache', 'Tag flow', 'Read tags']) {
			expect(pairedItems(run, node)).toEqual([{ item: 0 }]);
		}
	});

	it('02: reports on that flow in fields mode, with names from expressions (version 2 nodes)', async () => {
		expect(first).toBeDefined();
		const { run } = await stack.execute(byId('appflowFlowReprt').id);

		const [flow] = out(run, 'Get flow');
		expect(flow).toMatchObject({
			flowName: 'demo-s3-to-s3',
			flowArn: FLOW_ARN,
			flowStatus: 'Active',
			triggerConfig: { triggerType: 'OnDemand' },
			sourceFlowConfig: {
				connectorType: 'S3',
				sourceConnectorProperties: { S3: { bucketName: 'appflow-demo-raw', bucketPrefix: 'orders' } },
			},
			tags: { team: 'data-platform', source: 'n8n-demo' },
			lastRunExecutionDetails: { mostRecentExecutionStatus: 'Successful' },
		});
		// Sample 02's nodes are version 2: Get flow turns Simplify off (the next node reads the source bucket), the
		// others leave it at its default, on, as a workflow saved without the parameter does.
		const runs = out(run, 'Get recent runs');
		expect(runs).toEqual([
			{
				executionId: out(first, 'Start flow')[0].executionId,
				executionStatus: 'Successful',
				startedAt: expect.any(String),
				lastUpdatedAt: expect.any(String),
				recordsProcessed: expect.any(Number),
				bytesProcessed: expect.any(Number),
				bytesWritten: expect.any(Number),
				errorMessage: null,
			},
		]);
		const folders = out(run, 'List source folders');
		expect(folders.map((f) => f.name).sort()).toEqual(['appflow-demo-raw/customers', 'appflow-demo-raw/orders']);
		for (const folder of folders) expect(Object.keys(folder)).toEqual(['name', 'label', 'group', 'hasNestedEntities']);
		expect(folders.every((f) => f.group === 'appflow-demo-raw')).toBe(true);
	});
});
