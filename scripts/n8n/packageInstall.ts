/**
 * This package built, packed and installed into an n8n user folder by either of the two routes users take:
 * - `community`: as n8n's community package installer does (Settings > Community Nodes, n8n 1.123 to 2.41's
 *   CommunityPackagesService): unpack the tarball into nodes/node_modules/<name>, drop its dev, peer and optional
 *   dependencies, `npm install` inside it with n8n's flags, and record it in nodes/package.json;
 * - `npm`: README's manual route, a plain `npm install <package>` inside `<user folder>/.n8n/nodes`, with npm's
 *   default settings (install scripts on).
 * Either way n8n loads it as `n8n-nodes-aws-appflow.awsAppFlow`, and `n8n-workflow` must resolve to n8n's own copy
 * (n8n puts its own node_modules on NODE_PATH): the peer dependency is optional, so npm does not install the
 * registry's newest n8n-workflow beside the package.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import type { Log, NodeRuntime } from './nodeRuntime';
import { withoutInherited } from './processEnv';
import { runCommand, tail } from './proc';
import { PACKAGE_NAME, REPO_ROOT } from './versions';

export type InstallRoute = 'community' | 'npm';
export const INSTALL_ROUTES: InstallRoute[] = ['community', 'npm'];

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

function npmEnv(runtime?: NodeRuntime): NodeJS.ProcessEnv {
	const env = withoutInherited();
	if (runtime) {
		env.PATH = `${dirname(runtime.execPath)}:${env.PATH ?? '/usr/bin:/bin'}`;
		env.npm_config_nodedir = runtime.prefix;
	}
	return { ...env, npm_config_update_notifier: 'false' };
}

/** n8n's community package installer: unpacked, peer/dev/optional dependencies dropped, `npm install` inside. */
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
	const { devDependencies, peerDependencies, peerDependenciesMeta, optionalDependencies, ...manifest } = JSON.parse(
		await readFile(manifestPath, 'utf8'),
	) as Record<string, unknown>;
	void [devDependencies, peerDependencies, peerDependenciesMeta, optionalDependencies];
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
		{ cwd: packageDir, env: npmEnv(), timeoutMs: 10 * 60_000 },
	);
	if (install.code !== 0) throw new Error(`npm install in ${packageDir} failed:\n${tail(install.stderr)}`);
	const nodesManifestPath = join(nodesDir, 'package.json');
	const nodesManifest = existsSync(nodesManifestPath)
		? (JSON.parse(await readFile(nodesManifestPath, 'utf8')) as { dependencies?: Record<string, string> })
		: { name: 'installed-nodes', private: true, dependencies: {} };
	nodesManifest.dependencies = { ...nodesManifest.dependencies, [PACKAGE_NAME]: String(manifest.version) };
	await writeFile(nodesManifestPath, JSON.stringify(nodesManifest, null, 2));
}

/**
 * README's manual route: `npm install <tarball>` in `<userFolder>/.n8n/nodes`, as a user types it (npm's defaults:
 * install scripts run; a lockfile is written). `runtime` is the Node of the n8n it is installed for (the npm a
 * user runs comes with that Node).
 */
export async function installPackageWithNpm(userFolder: string, tarball: string, runtime: NodeRuntime): Promise<void> {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	await mkdir(nodesDir, { recursive: true });
	const install = await runCommand(
		'npm',
		['install', tarball, '--ignore-scripts=false', '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: nodesDir, env: npmEnv(runtime), timeoutMs: 10 * 60_000 },
	);
	if (install.code !== 0) throw new Error(`npm install ${tarball} in ${nodesDir} failed:\n${tail(install.stderr)}`);
}

export async function installPackage(
	route: InstallRoute,
	userFolder: string,
	tarball: string,
	runtime: NodeRuntime,
	log?: Log,
): Promise<void> {
	log?.(`installing ${tarball.split('/').pop()} into ${userFolder} (${route} route)`);
	if (route === 'community') await installPackageInto(userFolder, tarball);
	else await installPackageWithNpm(userFolder, tarball, runtime);
}
