/**
 * A pinned n8n installed once into .n8n-local/n8n-<version>/ and run with its line's Node.js.
 *
 * Two steps: `npm install --ignore-scripts` (download and unpack, about 5 minutes for 2.41.1 on a cold cache), then
 * `npm rebuild` of every package in the tree that has an install script, except SKIPPED_INSTALL_SCRIPTS. The
 * rebuild runs under the line's own Node with npm_config_nodedir at its headers, so native addons (sqlite3,
 * isolated-vm, ...) are built for the Node that runs n8n, not for the machine's Node 20 that runs npm.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { ensureNodeRuntime, type Log, type NodeRuntime } from './nodeRuntime';
import { withoutInherited } from './processEnv';
import { formatDuration, runCommand, tail, type RunResult } from './proc';
import { LOCAL_DIR, REPO_ROOT, type N8nLine } from './versions';

export interface N8nInstall {
	line: N8nLine;
	version: string;
	dir: string;
	/** The n8n CLI entry point, run with `runtime.execPath`. */
	bin: string;
	runtime: NodeRuntime;
}

/**
 * Install scripts not run, each for a reason that does not touch what the tests use:
 * - the Kafka client (n8n's Kafka nodes only) downloads a prebuilt librdkafka from GitHub, or with
 *   CKJS_LINKING=dynamic builds its bundled copy, about 9 minutes on 2 cores; nothing here uses Kafka, and n8n loads
 *   the Kafka nodes' code only when a workflow uses them;
 * - agent-browser (the MCP browser tool) downloads a browser binary from GitHub;
 * - @scarf/scarf reports the install to scarf.sh (telemetry).
 */
export const SKIPPED_INSTALL_SCRIPTS = ['@confluentinc/kafka-javascript', 'agent-browser', '@scarf/scarf'];

export function installDirFor(version: string): string {
	return join(LOCAL_DIR, `n8n-${version}`);
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

/** Names of the packages in the installed tree that declare an install script (from npm's lockfile). */
export function packagesWithInstallScripts(dir: string): string[] {
	const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as {
		packages: Record<string, { hasInstallScript?: boolean }>;
	};
	const names = new Set<string>();
	for (const [key, entry] of Object.entries(lock.packages)) {
		if (key && entry.hasInstallScript) names.add(key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
	}
	return [...names].sort();
}

/** npm itself run by the line's Node, so install scripts and node-gyp see that Node. */
function npmUnder(runtime: NodeRuntime, args: string[], dir: string, log: Log, what: string): Promise<RunResult> {
	const npmCli = join(dirname(dirname(process.execPath)), 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
	const env: NodeJS.ProcessEnv = {
		...withoutInherited(),
		PATH: `${dirname(runtime.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
		// The machine's npm config points nodedir at the system Node's headers.
		npm_config_nodedir: runtime.prefix,
		// node-gyp builds with both cores (sqlite3 alone is minutes of C on one).
		JOBS: 'max',
		npm_config_update_notifier: 'false',
		// Kept even though its install script is skipped: a later `npm rebuild` by hand must not download.
		CKJS_LINKING: 'dynamic',
	};
	const started = Date.now();
	const ticker = setInterval(() => {
		const count = countPackages(join(dir, 'node_modules'));
		log(
			`  ... ${what}: ${formatDuration(Date.now() - started)}${count === 0 ? ', npm is resolving the dependency tree' : `, ${count} packages in node_modules`}`,
		);
	}, 20_000);
	const command = existsSync(npmCli) ? runtime.execPath : 'npm';
	const commandArgs = existsSync(npmCli) ? [npmCli, ...args] : args;
	return runCommand(command, commandArgs, { cwd: dir, env, timeoutMs: 30 * 60_000 }).finally(() =>
		clearInterval(ticker),
	);
}

/**
 * Installs n8n `line` unless a completed install of it is there. The npm override pins xlsx to the registry's
 * 0.18.5: n8n depends on an xlsx tarball URL that is not reachable everywhere. Prints progress every 20 s.
 */
export async function ensureN8n(line: N8nLine, log: Log): Promise<N8nInstall> {
	const runtime = await ensureNodeRuntime(line.node, log);
	const dir = installDirFor(line.version);
	const install: N8nInstall = {
		line,
		version: line.version,
		dir,
		bin: join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		runtime,
	};
	if (installedVersion(dir) === line.version) {
		log(`n8n ${line.version} already installed in ${relative(dir)} (Node ${runtime.version})`);
		return install;
	}
	await mkdir(dir, { recursive: true });
	await rm(join(dir, '.install-complete'), { force: true });
	const manifest = {
		name: `n8n-local-${line.version.replace(/\W/g, '-')}`,
		private: true,
		description: 'A pinned n8n for the n8n-nodes-aws-appflow demo and end-to-end tests (git-ignored).',
		dependencies: { n8n: line.version },
		overrides: { xlsx: '0.18.5' },
	};
	await writeFile(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
	log(
		`Installing n8n ${line.version} for Node ${runtime.version} into ${relative(dir)} (first run only: several minutes)...`,
	);
	const started = Date.now();
	const flags = ['--no-audit', '--no-fund', '--loglevel=error'];
	// --prefer-offline: what npm's cache holds (an earlier line, an earlier run) is not asked for again.
	const unpacked = await npmUnder(
		runtime,
		['install', ...flags, '--ignore-scripts', '--prefer-offline'],
		dir,
		log,
		'download',
	);
	if (unpacked.code !== 0 || !existsSync(install.bin)) throw installError(line, 'npm install', unpacked);
	log(`  downloaded and unpacked in ${formatDuration(Date.now() - started)}`);
	const scripted = packagesWithInstallScripts(dir).filter((name) => !SKIPPED_INSTALL_SCRIPTS.includes(name));
	const buildStarted = Date.now();
	log(`  building native modules for Node ${runtime.version}: ${scripted.join(', ')}`);
	const built = await npmUnder(
		runtime,
		['rebuild', ...flags, '--ignore-scripts=false', ...scripted],
		dir,
		log,
		'build',
	);
	if (built.code !== 0) throw installError(line, 'npm rebuild', built);
	log(`  built in ${formatDuration(Date.now() - buildStarted)}`);
	await writeFile(join(dir, '.install-complete'), `${line.version}\n`);
	log(`Installed n8n ${line.version} in ${formatDuration(Date.now() - started)}`);
	return install;
}

function installError(line: N8nLine, step: string, result: RunResult): Error {
	return new Error(
		`${step} of n8n ${line.version} failed (exit ${result.code}${result.timedOut ? ', timed out' : ''}):\n${tail(result.stderr || result.stdout)}`,
	);
}

export function relative(path: string): string {
	return path.startsWith(REPO_ROOT + '/') ? path.slice(REPO_ROOT.length + 1) : path;
}
