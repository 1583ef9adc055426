/**
 * Error paths and expressions in a real n8n: On Error "Continue" turns AWS and input errors into items, without it
 * the execution fails naming the AWS error, and parameters driven by expressions (from a Code node's items and from
 * a previous node's output) reach AppFlow per item.
 */
import {
	appflow,
	chain,
	codeNode,
	describeE2E,
	LINE_TARGETS,
	jsonRequest,
	out,
	pairedItems,
	setNode,
	Stack,
} from './helpers';

const CONTINUE = { onError: 'continueRegularOutput' } as const;

const WORKFLOWS = {
	continueOnFail: chain('ErrContinue', 'e2e: continue on fail', [
		appflow('Get missing flow', 'flow', 'describeFlow', { inputMode: 'fields', flowName: 'no-such-flow' }, CONTINUE),
		setNode('After the error', { reached: 'yes' }),
	]),
	stopOnFail: chain('ErrStop', 'e2e: stop on fail', [
		appflow('Get missing flow', 'flow', 'describeFlow', jsonRequest({ flowName: 'no-such-flow' })),
		setNode('Never reached', { reached: 'yes' }),
	]),
	invalidInput: chain('ErrInput', 'e2e: invalid input', [
		appflow('Bad name', 'flow', 'describeFlow', { inputMode: 'fields', flowName: 'bad name!' }, CONTINUE),
		appflow('Bad JSON', 'flow', 'describeFlow', jsonRequest('{ "flowName": '), CONTINUE),
	]),
	expressions: chain('Expr', 'e2e: expressions', [
		codeNode(
			'Names',
			"return ['e2e-expr-a', 'e2e-expr-b', 'e2e-expr-c'].map((name, i) => ({ json: { name, team: 'team-' + i } }));",
		),
		appflow(
			'Create per item',
			'flow',
			'createFlow',
			jsonRequest(
				'={{ JSON.stringify({ flowName: $json.name, description: "created for " + $json.team, tags: { team: $json.team }, triggerConfig: { triggerType: "OnDemand" }, sourceFlowConfig: { connectorType: "S3", sourceConnectorProperties: { S3: { bucketName: "appflow-demo-raw" } } }, destinationFlowConfigList: [{ connectorType: "S3", destinationConnectorProperties: { S3: { bucketName: "appflow-demo-landing" } } }], tasks: [{ taskType: "Map_all", sourceFields: [], taskProperties: {}, connectorOperator: { S3: "NO_OP" } }] }) }}',
			),
		),
		appflow('Get per item', 'flow', 'describeFlow', {
			inputMode: 'fields',
			flowName: "={{ $('Names').item.json.name }}",
		}),
		appflow('Start the second', 'flow', 'startFlow', { inputMode: 'fields', flowName: '={{ $json.flowName }}' }),
	]),
};
// Only the second flow's item goes on to Start: a filter by expression in the node before.
WORKFLOWS.expressions.nodes.splice(4, 0, {
	id: 'b3f8f0a2-5e1d-4d5c-9f3a-000000000001',
	name: 'Only b',
	type: 'n8n-nodes-base.filter',
	typeVersion: 2,
	position: [0, 0],
	parameters: {
		conditions: {
			options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 1 },
			conditions: [
				{
					id: 'c1',
					leftValue: '={{ $json.flowName }}',
					rightValue: 'e2e-expr-b',
					operator: { type: 'string', operation: 'equals' },
				},
			],
			combinator: 'and',
		},
		options: {},
	},
});
WORKFLOWS.expressions.connections = {
	Start: { main: [[{ node: 'Names', type: 'main', index: 0 }]] },
	Names: { main: [[{ node: 'Create per item', type: 'main', index: 0 }]] },
	'Create per item': { main: [[{ node: 'Get per item', type: 'main', index: 0 }]] },
	'Get per item': { main: [[{ node: 'Only b', type: 'main', index: 0 }]] },
	'Only b': { main: [[{ node: 'Start the second', type: 'main', index: 0 }]] },
};

describeE2E.each(LINE_TARGETS)('errors and expressions on n8n $label', ({ target }) => {
	let stack: Stack;

	beforeAll(async () => {
		stack = await Stack.start(target);
		await stack.importWorkflows(Object.values(WORKFLOWS));
	});
	afterAll(async () => await stack?.stop());

	it('On Error "Continue": a missing flow becomes an item carrying the AWS error, and the workflow goes on', async () => {
		const { run, ok } = await stack.execute(WORKFLOWS.continueOnFail.id);
		expect(ok).toBe(true);
		const [item] = out(run, 'Get missing flow');
		expect(item.error).toEqual(expect.stringContaining('ResourceNotFoundException'));
		expect(item.error).toEqual(expect.stringContaining('no-such-flow'));
		expect(item.httpCode).toBe('404');
		expect(JSON.stringify(item)).not.toContain('emulator-secret-key');
		expect(pairedItems(run, 'Get missing flow')).toEqual([{ item: 0 }]);
		expect(out(run, 'After the error')).toEqual([expect.objectContaining({ reached: 'yes' })]);
	});

	it('without it, the execution fails with the AWS error and n8n exits non-zero', async () => {
		const { run, ok, command } = await stack.execute(WORKFLOWS.stopOnFail.id, false);
		expect(ok).toBe(false);
		expect(command.code).not.toBe(0);
		expect(run.data.resultData.error?.message).toEqual(expect.stringContaining('ResourceNotFoundException'));
		expect(run.data.resultData.runData['Get missing flow'][0].error?.message).toEqual(
			expect.stringContaining('ResourceNotFoundException'),
		);
		expect(run.data.resultData.runData['Never reached']).toBeUndefined();
	});

	it('invalid input is refused before anything is sent, naming the problem', async () => {
		const before = stack.emulator.stats().requests.DescribeFlow ?? 0;
		const { run } = await stack.execute(WORKFLOWS.invalidInput.id);
		const [badName] = out(run, 'Bad name');
		expect(badName.error).toEqual(expect.stringContaining('flowName'));
		const [badJson] = out(run, 'Bad JSON');
		expect(badJson.error).toEqual(expect.stringMatching(/requestJson is not valid JSON/));
		expect(stack.emulator.stats().requests.DescribeFlow ?? 0).toBe(before);
	});

	it('expressions drive the request per item: three flows from a Code node, read back by name, one started', async () => {
		const { run } = await stack.execute(WORKFLOWS.expressions.id);
		const names = ['e2e-expr-a', 'e2e-expr-b', 'e2e-expr-c'];
		expect(out(run, 'Create per item')).toEqual(
			names.map((n) => ({ flowArn: `arn:aws:appflow:us-east-1:123456789012:flow/${n}`, flowStatus: 'Active' })),
		);
		expect(pairedItems(run, 'Create per item')).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		const flows = out(run, 'Get per item');
		expect(flows.map((f) => [f.flowName, f.description, f.tags])).toEqual(
			names.map((n, i) => [n, `created for team-${i}`, { team: `team-${i}` }]),
		);
		const started = out(run, 'Start the second');
		expect(started).toEqual([
			expect.objectContaining({
				flowArn: 'arn:aws:appflow:us-east-1:123456789012:flow/e2e-expr-b',
				executionId: expect.any(String),
			}),
		]);
		expect(stack.emulator.stats().runsStarted).toBe(1);
	});
});
