/**
 * The AWS AppFlow Trigger in a real, active workflow: created and activated through n8n's REST API on `n8n start`
 * (as the editor does), its first poll records where "now" is, a run started afterwards outside n8n finishes, and
 * the next scheduled poll (n8n polls at most once a minute) starts an execution that emits that run.
 */
import { ensureN8n, lineFor, N8nRestClient, type N8nServer } from '../../scripts/n8n';
import { freePort } from '../../scripts/n8n/proc';
import { ALL_TARGETS, describeE2E, out, Stack } from './helpers';
import { EmulatorAws, eventually, parseStoredRun, triggerWorkflow } from './workflows';

const FLOW = 'e2e-trigger-flow';

describeE2E.each(ALL_TARGETS)('the AWS AppFlow Trigger, active, on n8n $label', ({ target }) => {
	let stack: Stack;
	let server: N8nServer;
	let aws: EmulatorAws;

	beforeAll(async () => {
		stack = await Stack.start(target, { runDurationMs: 1000 });
		aws = new EmulatorAws(stack.emulator);
		await aws.createFlow(FLOW);
		server = await stack.home.start(await freePort(), { timeoutMs: 180_000 });
	});
	afterAll(async () => {
		aws?.close();
		await server?.stop();
		await stack?.stop();
	});

	it('emits a run that finished after activation, in an execution of its own', async () => {
		const rest = await N8nRestClient.signIn(server.url);
		const { id, versionId } = await rest.createWorkflow(triggerWorkflow('e2e: trigger', FLOW));
		await rest.activateWorkflow(id, versionId);
		// Activation ran the first poll (n8n tests a trigger on activation): it read the flow, emitted nothing.
		await eventually('the first poll', 30_000, async () =>
			stack.emulator.stats().requests.DescribeFlowExecutionRecords ? true : undefined,
		);
		const executionId = await aws.startFlow(FLOW);

		const execution = await eventually(
			'an execution of the trigger workflow',
			150_000,
			async () => (await rest.executions(id)).find((e) => e.status === 'success'),
			2000,
		);
		expect(execution.mode).toBe('trigger');
		const stored = await rest.execution(execution.id);
		const install = await ensureN8n(lineFor(target.version), () => undefined);
		const run = parseStoredRun(install, stored.data);
		expect(out(run, 'Run finished')).toEqual([
			expect.objectContaining({ flowName: FLOW, executionId, executionStatus: 'Successful' }),
		]);
		await rest.deactivateWorkflow(id);
		expect(server.output()).not.toMatch(/sleepWithAbort|is not a function/);
	});
});
