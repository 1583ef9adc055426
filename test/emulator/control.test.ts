/** The /__emulator/ endpoints (for clients in another process), the start-up options and the CLI. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
	CreateFlowCommand,
	DescribeFlowExecutionRecordsCommand,
	ListFlowsCommand,
	StartFlowCommand,
} from '@aws-sdk/client-appflow';
import { startEmulator } from '../../emulator/server';
import { control, expectAwsError, rawRequest, s3Flow, startEmulatorBed, type EmulatorBed } from './helpers';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());

describe('control endpoints', () => {
	it('add, list and clear faults without a signature', async () => {
		const added = await control(bed.emulator.url, 'POST', 'faults', {
			action: 'ListFlows',
			kind: 'throttle',
			count: 1,
		});
		expect(added.status).toBe(200);
		expect(added.body.ids).toEqual([expect.any(String)]);
		expect((await control(bed.emulator.url, 'GET', 'faults')).body.faults).toEqual([
			expect.objectContaining({ action: 'ListFlows', kind: 'throttle', remaining: 1 }),
		]);
		await expectAwsError(bed.clientWith({ maxAttempts: 1 }).send(new ListFlowsCommand({})), 'ThrottlingException', 429);

		await control(bed.emulator.url, 'POST', 'faults', [
			{ kind: 'delay', ms: 5 },
			{ kind: 'reset', action: 'StartFlow' },
		]);
		expect(bed.emulator.faults.list()).toHaveLength(2);
		expect((await control(bed.emulator.url, 'DELETE', 'faults')).status).toBe(200);
		expect(bed.emulator.faults.list()).toEqual([]);
	});

	it('refuse invalid fault specs, all or nothing', async () => {
		const refused = await control(bed.emulator.url, 'POST', 'faults', [{ kind: 'throttle' }, { kind: 'nope' }]);
		expect(refused).toEqual({ status: 400, body: { message: expect.stringMatching(/Unknown fault kind nope/) } });
		expect(bed.emulator.faults.list()).toEqual([]);
		const notJson = await rawRequest(bed.emulator.url, { method: 'POST', path: '/__emulator/faults', body: '{oops' });
		expect(notJson.status).toBe(400);
	});

	it('report stats and reset the state', async () => {
		await bed.client.send(new CreateFlowCommand(s3Flow('counted')));
		await bed.client.send(new StartFlowCommand({ flowName: 'counted' }));
		const stats = await control(bed.emulator.url, 'GET', 'stats');
		expect(stats.body).toMatchObject({
			requests: { CreateFlow: 1, StartFlow: 1 },
			totalRequests: 2,
			flowsCreated: 1,
			runsStarted: 1,
			flows: 1,
		});
		expect((await control(bed.emulator.url, 'POST', 'reset')).status).toBe(200);
		expect((await bed.client.send(new ListFlowsCommand({}))).flows).toEqual([]);
		expect((await control(bed.emulator.url, 'GET', 'stats')).body).toMatchObject({
			requests: { ListFlows: 1 },
			flowsCreated: 0,
			flows: 0,
		});
	});

	it('lists execution records newest first, oldest first or shuffled, paging each consistently', async () => {
		bed.emulator.runs.runDurationMs = 0;
		await bed.client.send(new CreateFlowCommand(s3Flow('ordered')));
		const started: string[] = [];
		for (let i = 0; i < 7; i++)
			started.push((await bed.client.send(new StartFlowCommand({ flowName: 'ordered' }))).executionId!);
		const listed = async () => {
			const ids: string[] = [];
			let nextToken: string | undefined;
			do {
				const page = await bed.client.send(
					new DescribeFlowExecutionRecordsCommand({ flowName: 'ordered', maxResults: 3, nextToken }),
				);
				ids.push(...page.flowExecutions!.map((r) => r.executionId!));
				nextToken = page.nextToken;
			} while (nextToken);
			return ids;
		};
		expect(await listed()).toEqual([...started].reverse());
		expect((await control(bed.emulator.url, 'POST', 'config', { recordOrder: 'oldestFirst' })).status).toBe(200);
		expect(await listed()).toEqual(started);
		await control(bed.emulator.url, 'POST', 'config', { recordOrder: 'shuffled' });
		const shuffled = await listed();
		expect([...shuffled].sort()).toEqual([...started].sort());
		expect(shuffled).not.toEqual(started);
		expect(shuffled).not.toEqual([...started].reverse());
		expect((await control(bed.emulator.url, 'POST', 'config', { recordOrder: 'sideways' })).status).toBe(400);
		bed.emulator.reset();
		expect(bed.emulator.runs.recordOrder).toBe('newestFirst');
	});

	it('configure run duration and failing flows, and fire scheduled runs', async () => {
		const configured = await control(bed.emulator.url, 'POST', 'config', { runDurationMs: 20, failFlows: ['doomed'] });
		expect(configured.body).toEqual({
			runDurationMs: 20,
			cancelDurationMs: 100,
			recordDelayMs: 0,
			recordOrder: 'newestFirst',
			failFlows: ['doomed'],
		});
		expect(bed.emulator.runs.failFlows.has('doomed')).toBe(true);
		await bed.client.send(new CreateFlowCommand(s3Flow('doomed')));
		await bed.client.send(new StartFlowCommand({ flowName: 'doomed' }));
		await new Promise((resolve) => setTimeout(resolve, 40));
		const [record] = (await bed.client.send(new DescribeFlowExecutionRecordsCommand({ flowName: 'doomed' })))
			.flowExecutions!;
		expect(record.executionStatus).toBe('Error');
		expect((await control(bed.emulator.url, 'POST', 'config', { runDurationMs: 'soon' })).status).toBe(400);

		const scheduled = s3Flow('sched', {
			triggerConfig: {
				triggerType: 'Scheduled',
				triggerProperties: { Scheduled: { scheduleExpression: 'rate(5minutes)' } },
			},
		});
		await bed.client.send(new CreateFlowCommand(scheduled));
		await bed.client.send(new StartFlowCommand({ flowName: 'sched' }));
		const fired = await control(bed.emulator.url, 'POST', 'trigger-run', { flowName: 'sched' });
		expect(fired.body.executionId).toEqual(expect.any(String));
		const missing = await control(bed.emulator.url, 'POST', 'trigger-run', { flowName: 'none' });
		expect(missing.status).toBe(404);
		bed.emulator.reset();
		expect(bed.emulator.runs).toMatchObject({ runDurationMs: 200, cancelDurationMs: 100, failFlows: new Set() });
	});

	it('answer unknown control paths with 404 and a request id', async () => {
		const response = await rawRequest(bed.emulator.url, { method: 'GET', path: '/__emulator/secrets' });
		expect(response.status).toBe(404);
		expect(response.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
	});
});

describe('startEmulator options', () => {
	it('listens on loopback only', async () => {
		await expect(startEmulator({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
	});

	it('uses the port, region and account it is given', async () => {
		const probe = await startEmulator();
		const port = probe.port;
		await probe.close();
		const custom = await startEmulatorBed({ port, region: 'eu-central-1', accountId: '210987654321' });
		try {
			expect(custom.emulator.url).toBe(`http://127.0.0.1:${port}`);
			const { flowArn } = await custom.client.send(new CreateFlowCommand(s3Flow('eu')));
			expect(flowArn).toBe('arn:aws:appflow:eu-central-1:210987654321:flow/eu');
		} finally {
			await custom.close();
		}
	});

	it('logs one line per request when given a logger', async () => {
		const lines: string[] = [];
		const logged = await startEmulatorBed({ logger: { info: (m) => lines.push(m), warn: (m) => lines.push(m) } });
		try {
			await logged.client.send(new ListFlowsCommand({}));
			await expectAwsError(
				logged.client.send(new StartFlowCommand({ flowName: 'nope' })),
				'ResourceNotFoundException',
				404,
			);
		} finally {
			await logged.close();
		}
		expect(lines).toEqual([
			expect.stringMatching(/^POST \/list-flows ListFlows -> 200/),
			expect.stringMatching(/^POST \/start-flow -> 404 ResourceNotFoundException/),
		]);
		expect(lines.join('\n')).not.toContain(logged.emulator.credentials.secretAccessKey);
	});
});

describe('npm run emulator (emulator/main.ts)', () => {
	const mainPath = join(__dirname, '../../emulator/main.ts');
	const run = (args: string[]) =>
		spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', mainPath, ...args], {
			cwd: join(__dirname, '../..'),
			stdio: ['ignore', 'pipe', 'pipe'],
		});

	it('prints the URL, region and key pair, serves requests and stops on SIGTERM', async () => {
		const child = run(['--port', '0', '--run-duration-ms', '100']);
		try {
			let output = '';
			const url = await new Promise<string>((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 20_000);
				child.stdout.on('data', (chunk: Buffer) => {
					output += chunk.toString();
					const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
					if (match && output.includes('secret access key')) {
						clearTimeout(timer);
						resolve(match[1]);
					}
				});
			});
			expect(output).toContain('region:            us-east-1');
			expect(output).toContain('AKIAEMULATORTESTKEY1');
			expect(output).toContain('emulator-secret-key-do-not-use-in-aws');
			expect((await control(url, 'GET', 'stats')).status).toBe(200);
			const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
			child.kill('SIGTERM');
			expect(await exited).toBe(0);
		} finally {
			if (child.exitCode === null) child.kill('SIGKILL');
		}
	});

	it('refuses unknown flags with a usage line', async () => {
		const child = run(['--colour', 'blue']);
		let errors = '';
		child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
		const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
		expect(code).toBe(2);
		expect(errors).toMatch(/Unknown option --colour[\s\S]*Usage: npm run emulator/);
	});
});
