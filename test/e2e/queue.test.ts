/**
 * Queue mode, n8n's way to scale out: PostgreSQL and Redis (queue/services.ts), one main (`n8n start`) and one
 * worker (`n8n worker`), each with the package installed in its own user folder, one encryption key.
 * - A webhook workflow whose AWS AppFlow node starts a flow and waits for its run: the main receives the request
 *   and enqueues it, the worker runs the node, and the main answers with what the node emitted.
 * - An active workflow with the AWS AppFlow Trigger: its polls run on the main, its cursor is stored in the
 *   database (workflow_entity.staticData), and the execution holding its items runs on the worker.
 * Asserted from Postgres (execution_entity, execution_data) and from the processes' logs.
 *
 * Runs on one line: N8N_E2E_QUEUE_VERSION (default the newest tested line under test).
 */
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmulator, type Emulator } from '../../emulator/server';
import {
	emulatorCredential,
	ensureN8n,
	lineFor,
	N8nHome,
	N8nRestClient,
	type N8nInstall,
	type N8nProcess,
	type N8nServer,
} from '../../scripts/n8n';
import { freePort } from '../../scripts/n8n/proc';
import { ALL_TARGETS, describeE2E, out } from './helpers';
import { Postgres, Redis } from './queue/services';
import { EmulatorAws, eventually, parseStoredRun, triggerWorkflow, webhookStartAndWait } from './workflows';

const community = ALL_TARGETS.filter(({ target }) => target?.route === 'community');
const wanted = process.env.N8N_E2E_QUEUE_VERSION;
const queueTarget = (wanted ? community.filter(({ target }) => target.version === wanted) : community).slice(0, 1);
const WEBHOOK_FLOW = 'e2e-queue-webhook';
const TRIGGER_FLOW = 'e2e-queue-trigger';

(queueTarget.length > 0 ? describeE2E : describe.skip).each(queueTarget)('queue mode on n8n $label', ({ target }) => {
	let pg: Postgres;
	let redis: Redis;
	let emulator: Emulator;
	let aws: EmulatorAws;
	let install: N8nInstall;
	let main: N8nServer;
	let worker: N8nProcess;
	let rest: N8nRestClient;
	const folders: string[] = [];

	const home = async (name: string, env: Record<string, string>, key: string) => {
		const folder = await mkdtemp(join(tmpdir(), `appflow-queue-${name}-`));
		folders.push(folder);
		await cp(join(target.template, '.n8n', 'nodes'), join(folder, '.n8n', 'nodes'), {
			recursive: true,
			verbatimSymlinks: true,
		});
		return new N8nHome(install, folder, key, env);
	};
	const executionRow = async (workflowId: string) =>
		(
			await pg.query(
				`SELECT id, status, mode, finished FROM execution_entity WHERE "workflowId" = '${workflowId}' ORDER BY id`,
			)
		).map(([id, status, mode, finished]) => ({ id, status, mode, finished }));
	const storedRun = async (executionId: string) => {
		const [[data]] = await pg.query(`SELECT data FROM execution_data WHERE "executionId" = ${Number(executionId)}`);
		return parseStoredRun(install, data);
	};

	beforeAll(async () => {
		install = await ensureN8n(lineFor(target.version), () => undefined);
		[pg, redis] = [await Postgres.start(), await Redis.start()];
		emulator = await startEmulator({ host: '127.0.0.1', port: 0, runDurationMs: 1500 });
		aws = new EmulatorAws(emulator);
		await aws.createFlow(WEBHOOK_FLOW);
		await aws.createFlow(TRIGGER_FLOW);
		const env = { ...pg.env(), ...redis.env() };
		const key = `queue-${randomUUID()}`;
		const mainHome = await home('main', env, key);
		const workerHome = await home('worker', env, key);
		// The CLI import runs the migrations on the shared database; the credential is stored encrypted with the key.
		await mainHome.importCredentials([emulatorCredential(emulator.url)]);
		main = await mainHome.start(await freePort(), { timeoutMs: 240_000 });
		worker = await workerHome.worker(await freePort(), { timeoutMs: 240_000 });
		rest = await N8nRestClient.signIn(main.url);
	});
	afterAll(async () => {
		aws?.close();
		await worker?.stop();
		await main?.stop();
		await emulator?.close();
		await redis?.stop();
		await pg?.stop();
		for (const folder of folders) await rm(folder, { recursive: true, force: true });
	});

	it('a webhook: the worker runs Start Flow with Wait for Completion, the main answers with the final record', async () => {
		const path = `appflow-${randomUUID()}`;
		const { id, versionId } = await rest.createWorkflow(webhookStartAndWait('e2e: queue webhook', path));
		await rest.activateWorkflow(id, versionId);
		// The main registers the production webhook in the database once the activation has gone through.
		const webhooks = await eventually('the webhook registration', 30_000, async () => {
			const rows = await pg.query(`SELECT "webhookPath", method FROM webhook_entity WHERE "workflowId" = '${id}'`);
			return rows.length > 0 ? rows : undefined;
		});
		expect(webhooks).toEqual([[path, 'POST']]);
		const response = await fetch(`${main.url}/webhook/${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ flowName: WEBHOOK_FLOW }),
		});
		expect(response.status).toBe(200);
		const answer = (await response.json()) as Record<string, unknown>;
		expect(answer).toMatchObject({
			flowArn: `arn:aws:appflow:us-east-1:123456789012:flow/${WEBHOOK_FLOW}`,
			executionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			executionStatus: 'Successful',
		});

		const [row] = await eventually('the execution row', 30_000, async () => {
			const rows = await executionRow(id);
			return rows.length === 1 && rows[0].status === 'success' ? rows : undefined;
		});
		expect(row).toMatchObject({ mode: 'webhook', finished: 't' });
		const run = await storedRun(row.id);
		expect(out(run, 'Start and wait')).toEqual([
			expect.objectContaining({ executionId: answer.executionId, executionStatus: 'Successful' }),
		]);
		expect(worker.output()).toMatch(new RegExp(`Worker started execution ${row.id} \\(job`));
		expect(worker.output()).toMatch(new RegExp(`Worker finished execution ${row.id} \\(job`));
		expect(main.output()).toMatch(new RegExp(`Enqueued execution ${row.id} \\(job`));
		expect(main.output()).not.toMatch(new RegExp(`Worker started execution ${row.id}`));
	});

	it('the trigger: polls on the main, cursor in the database, its execution runs on the worker', async () => {
		const { id, versionId } = await rest.createWorkflow(triggerWorkflow('e2e: queue trigger', TRIGGER_FLOW));
		await rest.activateWorkflow(id, versionId);
		await eventually('the first poll', 30_000, async () =>
			(emulator.stats().requests.DescribeFlowExecutionRecords ?? 0) > 0 ? true : undefined,
		);
		const executionId = await aws.startFlow(TRIGGER_FLOW);

		const [row] = await eventually(
			'the trigger execution row',
			150_000,
			async () => {
				const rows = await executionRow(id);
				return rows.length > 0 && rows[0].status === 'success' ? rows : undefined;
			},
			2000,
		);
		expect(row.mode).toBe('trigger');
		const run = await storedRun(row.id);
		expect(out(run, 'Run finished')).toEqual([
			expect.objectContaining({ flowName: TRIGGER_FLOW, executionId, executionStatus: 'Successful' }),
		]);
		// The poll ran on the main (it enqueued the execution); the worker ran it.
		expect(main.output()).toMatch(new RegExp(`Enqueued execution ${row.id} \\(job`));
		expect(worker.output()).toMatch(new RegExp(`Worker finished execution ${row.id} \\(job`));
		// The main saved the trigger's cursor with the workflow: the run it emitted is remembered as seen.
		const [[staticData]] = await pg.query(`SELECT "staticData" FROM workflow_entity WHERE id = '${id}'`);
		expect(staticData).toContain('runFinished');
		expect(staticData).toContain(executionId);
		await rest.deactivateWorkflow(id);
	});
});
