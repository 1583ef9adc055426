/**
 * One n8n user folder (database, settings, installed community packages) and the n8n processes run against it:
 * CLI commands run to completion (`import:*`, `execute`), and long-running servers (`start`, `worker`) stopped by
 * their caller. Every process runs with its line's Node, a hermetic environment (processEnv.ts) and a timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { CredentialToImport } from './credential';
import type { N8nInstall } from './install';
import { installPackage, type InstallRoute } from './packageInstall';
import { n8nEnv } from './processEnv';
import { runCommand, stopTree, tail, type RunResult } from './proc';
import { parseRunOutput, type ExecuteResult } from './runOutput';

/** Fixed for the demo so credentials stored by one run can be read by the next; not a secret. */
export const DEMO_ENCRYPTION_KEY = 'n8n-nodes-aws-appflow-demo-encryption-key';

export interface ServerOptions {
	timeoutMs?: number;
	onOutput?: (line: string) => void;
	/** Extra environment (queue mode's database and Redis settings, N8N_PORT, ...). */
	env?: Record<string, string>;
	/** Resolves when the process is ready; default: nothing to wait for. */
	ready?: (server: N8nProcess) => Promise<boolean>;
}

export class N8nHome {
	constructor(
		readonly install: N8nInstall,
		readonly userFolder: string,
		readonly encryptionKey = DEMO_ENCRYPTION_KEY,
		/** Environment every process of this home gets (queue mode: Postgres and Redis). */
		readonly baseEnv: Record<string, string> = {},
	) {}

	async env(extra: Record<string, string> = {}): Promise<NodeJS.ProcessEnv> {
		const database = this.baseEnv.DB_TYPE ? {} : undefined;
		return await n8nEnv({
			runtime: this.install.runtime,
			userFolder: this.userFolder,
			encryptionKey: this.encryptionKey,
			database,
			extra: { ...this.baseEnv, ...extra },
		});
	}

	async prepare(tarball: string, route: InstallRoute = 'community'): Promise<void> {
		await mkdir(join(this.userFolder, '.n8n'), { recursive: true });
		await installPackage(route, this.userFolder, tarball, this.install.runtime);
	}

	/** Runs one n8n CLI command to completion, killed after `timeoutMs`. */
	async cli(args: string[], timeoutMs = 180_000, extraEnv: Record<string, string> = {}): Promise<RunResult> {
		return await runCommand(this.install.runtime.execPath, [this.install.bin, ...args], {
			cwd: this.userFolder,
			env: await this.env(extraEnv),
			timeoutMs,
		});
	}

	private async cliOrThrow(args: string[], what: string, timeoutMs?: number): Promise<RunResult> {
		const result = await this.cli(args, timeoutMs);
		if (result.code !== 0) {
			throw new Error(
				`n8n ${args[0]} (${what}) failed with exit ${result.code}${result.timedOut ? ' (timed out)' : ''}:\n${tail(result.stdout + result.stderr)}`,
			);
		}
		return result;
	}

	/** `n8n import:credentials`: plain `data` is encrypted on import; an existing credential with the id is replaced. */
	async importCredentials(credentials: CredentialToImport[]): Promise<void> {
		const file = join(this.userFolder, 'import-credentials.json');
		await writeFile(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
		try {
			await this.cliOrThrow(['import:credentials', `--input=${file}`], credentials.map((c) => c.name).join(', '));
		} finally {
			await rm(file, { force: true });
		}
	}

	/** `n8n import:workflow` of workflow objects in one CLI run (each must carry `id` and `versionId`); same ids are replaced. */
	async importWorkflows(workflows: Array<Record<string, unknown>>): Promise<void> {
		const file = join(this.userFolder, 'import-workflows.json');
		await writeFile(file, JSON.stringify(workflows, null, 2));
		try {
			await this.cliOrThrow(['import:workflow', `--input=${file}`], workflows.map((w) => String(w.name)).join(', '));
		} finally {
			await rm(file, { force: true });
		}
	}

	/** `n8n execute --id <id> --rawOutput`; never throws for a failed workflow, only when n8n printed no run. */
	async execute(workflowId: string, timeoutMs = 180_000): Promise<ExecuteResult> {
		const command = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput'], timeoutMs);
		const run = parseRunOutput(command.stdout) ?? parseRunOutput(command.stderr);
		const ok = command.code === 0 && !command.timedOut && run !== undefined && !run.data.resultData.error;
		return { ok, run, command };
	}

	/** `n8n start` (the editor and API) on `port`; resolves once its REST API answers. */
	async start(port: number, options: ServerOptions & { host?: string } = {}): Promise<N8nServer> {
		const host = options.host ?? '127.0.0.1';
		const url = `http://${host}:${port}`;
		const env = {
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: host,
			N8N_HOST: host,
			N8N_PROTOCOL: 'http',
			N8N_EDITOR_BASE_URL: `${url}/`,
			WEBHOOK_URL: `${url}/`,
			N8N_SECURE_COOKIE: 'false',
			...options.env,
		};
		const server = await this.spawnServer(['start'], { ...options, env, ready: restReady(url) });
		return new N8nServer(server.child, url, server.output);
	}

	/** `n8n worker` (queue mode); resolves once its health endpoint answers on `healthPort`. */
	async worker(healthPort: number, options: ServerOptions = {}): Promise<N8nProcess> {
		const env = {
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			QUEUE_HEALTH_CHECK_PORT: String(healthPort),
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			...options.env,
		};
		const ready = async () => (await fetch(`http://127.0.0.1:${healthPort}/healthz`).catch(() => undefined))?.ok;
		return await this.spawnServer(['worker', '--concurrency=2'], {
			...options,
			env,
			ready: async () => !!(await ready()),
		});
	}

	private async spawnServer(args: string[], options: ServerOptions): Promise<N8nProcess> {
		const child = spawn(this.install.runtime.execPath, [this.install.bin, ...args], {
			cwd: this.userFolder,
			env: await this.env(options.env),
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		const onData = (chunk: Buffer) => {
			const text = chunk.toString('utf8');
			output += text;
			if (options.onOutput) for (const line of text.split('\n')) if (line.trim()) options.onOutput(line);
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		const server = new N8nProcess(child, () => output);
		const killOnExit = () => {
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				/* gone */
			}
		};
		process.once('exit', killOnExit);
		child.once('exit', () => process.removeListener('exit', killOnExit));
		const deadline = Date.now() + (options.timeoutMs ?? 180_000);
		while (Date.now() < deadline) {
			if (child.exitCode !== null || child.signalCode !== null) {
				throw new Error(`n8n ${args[0]} exited early (${child.exitCode ?? child.signalCode}):\n${tail(output)}`);
			}
			if (!options.ready || (await options.ready(server).catch(() => false))) return server;
			await new Promise((r) => setTimeout(r, 500));
		}
		await server.stop();
		throw new Error(`n8n ${args[0]} did not become ready in time:\n${tail(output)}`);
	}
}

/** `/healthz` answers before the REST routes exist: ready once the settings route answers JSON too. */
function restReady(url: string): () => Promise<boolean> {
	return async () => {
		const ready = await fetch(`${url}/healthz/readiness`);
		const settings = ready.ok ? await fetch(`${url}/rest/settings`) : undefined;
		return !!settings?.ok && !!settings.headers.get('content-type')?.includes('json');
	};
}

/** A long-running n8n process this code started; `stop()` ends it and its task runner. */
export class N8nProcess {
	constructor(
		readonly child: ChildProcess,
		readonly output: () => string,
	) {}

	async stop(): Promise<void> {
		await stopTree(this.child, 10_000);
	}
}

export class N8nServer extends N8nProcess {
	constructor(
		child: ChildProcess,
		readonly url: string,
		output: () => string,
	) {
		super(child, output);
	}
}
