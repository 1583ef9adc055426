/**
 * The node's two waits in a real n8n, on every line and install route: Start Flow with Wait for Completion polls the
 * run records until the run is final and emits StartFlow's answer merged with the record, and batching with an
 * interval pauses between batches. Both use the package's own abortable sleep (n8n-workflow 2.34 dropped
 * sleepWithAbort, which crashed them with "is not a function" on today's n8n).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import {
	ALL_TARGETS,
	appflow,
	chain,
	codeNode,
	describeE2E,
	jsonRequest,
	out,
	pairedItems,
	runsOf,
	Stack,
} from './helpers';
import { s3FlowRequest } from './workflows';

const NAMES = ['e2e-wait-a', 'e2e-wait-b', 'e2e-wait-c'];
const INTERVAL_MS = 800;

const WORKFLOWS = {
	startAndWait: chain('WaitRun', 'e2e: start and wait', [
		appflow('Create', 'flow', 'createFlow', jsonRequest(s3FlowRequest('e2e-wait-run'))),
		appflow('Start and wait', 'flow', 'startFlow', {
			...jsonRequest({ flowName: 'e2e-wait-run' }),
			waitForCompletion: true,
			options: { pollInterval: 0.5, timeout: 60 },
		}),
	]),
	batchInterval: chain('WaitBatch', 'e2e: batches with an interval', [
		codeNode(
			'Requests',
			`const flow = ${JSON.stringify(s3FlowRequest('x'))};\nreturn ${JSON.stringify(NAMES)}.map((flowName) => ({ json: { request: { ...flow, flowName } } }));`,
		),
		appflow('Create one at a time', 'flow', 'createFlow', {
			...jsonRequest('={{ JSON.stringify($json.request) }}'),
			requestOptions: { batching: { batch: { batchSize: 1, batchInterval: INTERVAL_MS } } },
		}),
	]),
};

describeE2E.each(ALL_TARGETS)('waits on n8n $label', ({ target }) => {
	let stack: Stack;
	beforeAll(async () => {
		stack = await Stack.start(target, { runDurationMs: 2000 });
		await stack.importWorkflows(Object.values(WORKFLOWS));
	});
	afterAll(async () => await stack?.stop());

	it(`the package is installed by the ${target?.route} route, with no n8n-workflow of its own beside it`, () => {
		const nodes = join(target.template, '.n8n', 'nodes');
		expect(existsSync(join(nodes, 'node_modules', 'n8n-nodes-aws-appflow', 'dist'))).toBe(true);
		// The peer dependency is optional: neither route installs the registry's n8n-workflow, n8n's own is used.
		expect(existsSync(join(nodes, 'node_modules', 'n8n-workflow'))).toBe(false);
		expect(existsSync(join(nodes, 'node_modules', 'n8n-nodes-aws-appflow', 'node_modules', 'n8n-workflow'))).toBe(
			false,
		);
		expect(existsSync(join(nodes, 'package-lock.json'))).toBe(target.route === 'npm');
	});

	it('Start Flow with Wait for Completion: polls until the run is Successful, emits the merged record', async () => {
		const { run } = await stack.execute(WORKFLOWS.startAndWait.id);
		const [started] = out(run, 'Start and wait');
		expect(started).toMatchObject({
			flowArn: 'arn:aws:appflow:us-east-1:123456789012:flow/e2e-wait-run',
			executionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			executionStatus: 'Successful',
			executionResult: { recordsProcessed: expect.any(Number) },
		});
		// The run lasted 2 s and the node polled every 0.5 s: it saw the run unfinished before it was final.
		expect(stack.emulator.stats().requests.DescribeFlowExecutionRecords).toBeGreaterThanOrEqual(3);
		const [task] = run.data.resultData.runData['Start and wait'];
		expect(task.executionTime).toBeGreaterThanOrEqual(1500);
	});

	it('batching 1 at a time with an interval: waits between the batches, output in input order', async () => {
		const { run } = await stack.execute(WORKFLOWS.batchInterval.id);
		expect(out(run, 'Create one at a time').map((f) => f.flowArn)).toEqual(
			NAMES.map((n) => `arn:aws:appflow:us-east-1:123456789012:flow/${n}`),
		);
		expect(pairedItems(run, 'Create one at a time')).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(runsOf(run, 'Create one at a time')).toHaveLength(1);
		// Three batches, two intervals between them.
		const [task] = run.data.resultData.runData['Create one at a time'];
		expect(task.executionTime).toBeGreaterThanOrEqual(2 * INTERVAL_MS);
	});
});
