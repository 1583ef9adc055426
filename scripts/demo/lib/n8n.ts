/**
 * A real n8n for the demo, the editor and the end-to-end tests: a pinned n8n installed once into a git-ignored
 * folder, this package installed into a user folder the way n8n installs a community package, and the n8n CLI
 * run with a hermetic environment (its own user folder, database, encryption key and task broker port).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { formatDuration, freePort, runCommand, stopTree, tail, type RunResult } from './proc';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const LOCAL_DIR = join(REPO_ROOT, '.n8n-local');
export const PACKAGE_NAME = 'n8n-nodes-aws-appflow';
/** The node's type name when n8n loads this package from its nodes folder. */
export const NODE_TYPE = `${PACKAGE_NAME}.awsAppFlow`;
/** Fixed for the demo so credentials stored by one run can be read by the next; not a secret. */
export const DEMO_ENCRYPTION_KEY = 'n8n-nodes-aws-appflow-demo-encryption-key';

export const N8N_VERSIONS = {
	/** The main line: installed in .n8n-local/ */
	v2: '2.0.3',
	/** The previous line: installed in .n8n-local/1.x/ */
	v1: '1.123.5',
} as const;

export type Log = (line: string) => void;

export interface N8nInstall {
	version: string;
	dir: string;
	/** The n8n CLI entry point, run with this Node. */
	bin: string;
}

/** Where a pinned n8n version lives: 2.x in .n8n-local/, anything else in .n8n-local/<major>.x/. */
export function installDirFor(version: string): string {
	return version.startsWith('2.') ? LOCAL_DIR : join(LOCAL_DIR, `${version.split('.')[0]}.x`);
}

function installedVersion(dir: string): string | undefined {
	const file = join(dir, 'node_modules', 'n8n', 'package.json');
	if (!existsSync(file) || !existsSync(join(dir, '.install-complete'))) return undefined;
	return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function countPackages(nodeModules: string): number {
	try {
		let count = 0;
		for (const entry of readdirSync(nodeModules)) {
			if (entry.startsWith('.')) continue;
			count += entry.startsWith('@') ? readdirSync(join(nodeModules, entry)).length : 1;
		}
		return count;
	} catch {
		return 0;
	}
}

/**
 * Installs n8n `version` into `dir` unless it is already there (a completed install of that version).
 * The npm override pins xlsx to the registry's 0.18.5: n8n depends on an xlsx tarball URL that is not reachable
 * everywhere. Takes a few minutes the first time; prints a progress line every 15 s.
 */
export async function ensureN8n(version: string, log: Log, dir = installDirFor(version)): Promise<N8nInstall> {
	const bin = join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	if (installedVersion(dir) === version) {
		log(`n8n ${version} already installed in ${relative(dir)}`);
		return { version, dir, bin };
	}
	await mkdir(dir, { recursive: true });
	await rm(join(dir, '.install-complete'), { force: true });
	const manifest = {
		name: `n8n-local-${version.replace(/\W/g, '-')}`,
		private: true,
		description: 'A pinned n8n for the n8n-nodes-aws-appflow demo and end-to-end tests (git-ignored).',
		dependencies: { n8n: version },
		overrides: { xlsx: '0.18.5' },
	};
	await writeFile(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
	log(`Installing n8n ${version} into ${relative(dir)} (first run only; takes a few minutes)...`);
	const started = Date.now();
	const ticker = setInterval(() => {
		const count = countPackages(join(dir, 'node_modules'));
		log(
			`  ... ${formatDuration(Date.now() - started)}: ${count === 0 ? 'npm is resolving the dependency tree' : `${count} packages in node_modules so far`}`,
		);
	}, 15_000);
	let result: RunResult;
	try {
		// n8n needs its install scripts (sqlite3 builds its binding). Under `npm test` or `npm run demo`, npm passes
		// this repository's ignore-scripts=true down as npm_config_ignore_scripts, so it is overridden explicitly.
		const env: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: 'false' };
		delete env.npm_config_ignore_scripts;
		result = await runCommand(
			'npm',
			['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts=false'],
			{
				cwd: dir,
				env,
				timeoutMs: 30 * 60_000,
			},
		);
	} finally {
		clearInterval(ticker);
	}
	if (result.code !== 0 || !existsSync(bin)) {
		throw new Error(
			`npm install of n8n ${version} failed (exit ${result.code}${result.timedOut ? ', timed out' : ''}):\n${tail(result.stderr || result.stdout)}`,
		);
	}
	await writeFile(join(dir, '.install-complete'), `${version}\n`);
	log(`Installed n8n ${version} in ${formatDuration(Date.now() - started)}`);
	return { version, dir, bin };
}

export function relative(path: string): string {
	return path.startsWith(REPO_ROOT + '/') ? path.slice(REPO_ROOT.length + 1) : path;
}

/** `npm run build` in the repository. */
export async function buildPackage(log: Log): Promise<void> {
	log('Building the package (npm run build)...');
	const result = await runCommand('npm', ['run', 'build'], { cwd: REPO_ROOT, timeoutMs: 5 * 60_000 });
	if (result.code !== 0)
		throw new Error(`npm run build failed (exit ${result.code}):\n${tail(result.stdout + result.stderr)}`);
}

/** `npm pack` into `destination`; returns the tarball's path. */
export async function packPackage(destination: string): Promise<string> {
	await mkdir(destination, { recursive: true });
	const result = await runCommand('npm', ['pack', '--pack-destination', destination, '--json', '--ignore-scripts'], {
		cwd: REPO_ROOT,
		timeoutMs: 2 * 60_000,
	});
	if (result.code !== 0) throw new Error(`npm pack failed:\n${tail(result.stderr)}`);
	const [{ filename }] = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as Array<{ filename: string }>;
	return join(destination, filename.replace(/^@/, '').replace(/\//, '-'));
}

/**
 * Installs the packed package into `<userFolder>/.n8n/nodes` as n8n's community package installer does
 * (n8n 2.0's CommunityPackagesService.downloadPackage): unpack the tarball into nodes/node_modules/<name>, drop its
 * dev, peer and optional dependencies, `npm install` its dependencies inside it with n8n's flags, and record it in
 * nodes/package.json. n8n then loads it as `n8n-nodes-aws-appflow.awsAppFlow`; `n8n-workflow` resolves to n8n's own.
 */
export async function installPackageInto(userFolder: string, tarball: string): Promise<void> {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	const packageDir = join(nodesDir, 'node_modules', PACKAGE_NAME);
	await rm(packageDir, { recursive: true, force: true });
	await mkdir(packageDir, { recursive: true });
	const untar = await runCommand('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1'], {
		timeoutMs: 60_000,
	});
	if (untar.code !== 0) throw new Error(`Could not unpack ${tarball}: ${untar.stderr}`);
	const manifestPath = join(packageDir, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...manifest } = JSON.parse(
		await readFile(manifestPath, 'utf8'),
	) as Record<string, unknown>;
	void devDependencies;
	void peerDependencies;
	void optionalDependencies;
	await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
	const install = await runCommand(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
			'--loglevel=error',
		],
		{ cwd: packageDir, env: { ...process.env, npm_config_update_notifier: 'false' }, timeoutMs: 10 * 60_000 },
	);
	if (install.code !== 0) throw new Error(`npm install in ${packageDir} failed:\n${tail(install.stderr)}`);
	const nodesManifestPath = join(nodesDir, 'package.json');
	const nodesManifest = existsSync(nodesManifestPath)
		? (JSON.parse(await readFile(nodesManifestPath, 'utf8')) as { dependencies?: Record<string, string> })
		: { name: 'installed-nodes', private: true, dependencies: {} };
	nodesManifest.dependencies = { ...nodesManifest.dependencies, [PACKAGE_NAME]: String(manifest.version) };
	await writeFile(nodesManifestPath, JSON.stringify(nodesManifest, null, 2));
}

/** Data of an `awsAppFlowApi` credential that points at an emulator. */
export function emulatorCredentialData(endpoint: string): Record<string, string> {
	return {
		region: 'us-east-1',
		credentialSource: 'accessKeys',
		accessKeyId: 'AKIAEMULATORTESTKEY1',
		secretAccessKey: 'emulator-secret-key-do-not-use-in-aws',
		endpoint,
	};
}

export interface CredentialToImport {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/** The outcome of `n8n execute --id <id> --rawOutput`. */
export interface ExecuteResult {
	ok: boolean;
	/** The run (IRun) n8n printed: on success with --rawOutput, on failure in its log. */
	run?: N8nRun;
	command: RunResult;
}

export interface N8nTaskData {
	startTime?: number;
	executionIndex?: number;
	executionTime?: number;
	executionStatus?: string;
	error?: { message?: string; description?: string; name?: string };
	data?: { main?: Array<Array<{ json: Record<string, unknown>; pairedItem?: unknown }> | null> };
}

export interface N8nRun {
	status?: string;
	finished?: boolean;
	mode?: string;
	startedAt?: string;
	stoppedAt?: string;
	data: {
		resultData: {
			runData: Record<string, N8nTaskData[]>;
			error?: { message?: string; description?: string; node?: { name?: string } };
			lastNodeExecuted?: string;
		};
	};
}

/** Finds the run JSON n8n prints: a top-level object that starts on a line of its own and runs to the end. */
export function parseRunOutput(text: string): N8nRun | undefined {
	const lines = text.split('\n');
	for (let start = 0; start < lines.length; start++) {
		if (!/^\s*\{\s*$/.test(lines[start])) continue;
		const indent = /^\s*/.exec(lines[start])![0];
		for (let end = lines.length - 1; end > start; end--) {
			if (lines[end] !== `${indent}}`) continue;
			try {
				const parsed = JSON.parse(lines.slice(start, end + 1).join('\n')) as N8nRun;
				if (parsed?.data?.resultData?.runData) return parsed;
			} catch {
				/* not this block */
			}
			break;
		}
	}
	return undefined;
}

/** Environment variables a parent shell may carry that would change what the demo's n8n does. */
/** NODE_ENV=test (set by jest) makes n8n refuse to load nodes ("Not available in tests"). */
const INHERITED_PREFIXES = [
	'N8N_',
	'DB_',
	'AWS_',
	'EXECUTIONS_',
	'QUEUE_',
	'GENERIC_',
	'WEBHOOK_URL',
	'VUE_APP_',
	'NODE_ENV',
	'JEST_',
];

/** One n8n user folder (database, settings, installed community packages) and the CLI commands run against it. */
export class N8nHome {
	constructor(
		readonly install: N8nInstall,
		readonly userFolder: string,
		readonly encryptionKey = DEMO_ENCRYPTION_KEY,
	) {}

	async env(extra: Record<string, string> = {}): Promise<NodeJS.ProcessEnv> {
		const env: NodeJS.ProcessEnv = {};
		for (const [key, value] of Object.entries(process.env)) {
			if (!INHERITED_PREFIXES.some((prefix) => key.startsWith(prefix))) env[key] = value;
		}
		return {
			...env,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: this.encryptionKey,
			DB_TYPE: 'sqlite',
			DB_SQLITE_DATABASE: join(this.userFolder, '.n8n', 'database.sqlite'),
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
			N8N_LOG_OUTPUT: 'console',
			NODE_NO_WARNINGS: '1',
			...extra,
		};
	}

	async prepare(tarball: string): Promise<void> {
		await mkdir(join(this.userFolder, '.n8n'), { recursive: true });
		await installPackageInto(this.userFolder, tarball);
	}

	/** Runs one n8n CLI command to completion, killed after `timeoutMs`. */
	async cli(args: string[], timeoutMs = 180_000, extraEnv: Record<string, string> = {}): Promise<RunResult> {
		return await runCommand(process.execPath, [this.install.bin, ...args], {
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
	async start(
		port: number,
		options: { host?: string; timeoutMs?: number; onOutput?: (line: string) => void } = {},
	): Promise<N8nServer> {
		const host = options.host ?? '127.0.0.1';
		const env = await this.env({
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: host,
			N8N_HOST: host,
			N8N_PROTOCOL: 'http',
			N8N_EDITOR_BASE_URL: `http://${host}:${port}/`,
			N8N_SECURE_COOKIE: 'false',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		});
		const child = spawn(process.execPath, [this.install.bin, 'start'], {
			cwd: this.userFolder,
			env,
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
		const server = new N8nServer(child, `http://${host}:${port}`, () => output);
		const killOnExit = () => {
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				/* gone */
			}
		};
		process.once('exit', killOnExit);
		child.once('exit', () => process.removeListener('exit', killOnExit));
		const deadline = Date.now() + (options.timeoutMs ?? 120_000);
		while (Date.now() < deadline) {
			if (child.exitCode !== null || child.signalCode !== null) {
				throw new Error(`n8n start exited early (${child.exitCode ?? child.signalCode}):\n${tail(output)}`);
			}
			try {
				// Readiness comes before the REST routes: wait until the settings route answers JSON too.
				const ready = await fetch(`${server.url}/healthz/readiness`);
				const settings = ready.ok ? await fetch(`${server.url}/rest/settings`) : undefined;
				if (settings?.ok && settings.headers.get('content-type')?.includes('json')) return server;
			} catch {
				/* not listening yet */
			}
			await new Promise((r) => setTimeout(r, 500));
		}
		await server.stop();
		throw new Error(`n8n start did not become ready in time:\n${tail(output)}`);
	}
}

export class N8nServer {
	constructor(
		readonly child: ChildProcess,
		readonly url: string,
		readonly output: () => string,
	) {}

	async stop(): Promise<void> {
		await stopTree(this.child, 10_000);
	}
}

/** The owner account `npm start` creates so the editor opens at its sign-in page instead of the setup form. */
export const DEMO_OWNER = { email: 'demo@example.com', firstName: 'Demo', lastName: 'User', password: 'AppFlowDemo1' };

/**
 * Sets up the instance owner through n8n's REST API (POST /rest/owner/setup), as the setup form would.
 * Returns false when an owner exists already (the form is then gone and the sign-in page shows).
 */
export async function setupOwner(baseUrl: string, owner = DEMO_OWNER): Promise<boolean> {
	const settings = (await (await fetch(`${baseUrl}/rest/settings`)).json()) as {
		data?: { userManagement?: { showSetupOnFirstLoad?: boolean } };
	};
	if (settings.data?.userManagement?.showSetupOnFirstLoad === false) return false;
	const response = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': 'n8n-nodes-aws-appflow-demo' },
		body: JSON.stringify(owner),
	});
	if (response.status === 400 && /already/i.test(await response.clone().text())) return false;
	if (!response.ok) throw new Error(`Owner setup failed: HTTP ${response.status} ${await response.text()}`);
	return true;
}
