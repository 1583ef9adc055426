/**
 * Start-up: fresh `node` processes run startupProbe.js against a tsc build of this working tree, loading the
 * package's node and credential files as n8n does at start; whether that loads the AWS SDK, and what loading the
 * SDK eagerly would add.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { performance } from 'perf_hooks';

import { ROOT } from './emulator';
import { median, round } from './stats';

const BUILD = join(ROOT, 'artifacts', 'bench-dist');
const PROBE = join(__dirname, 'startupProbe.js');
const RUNS = 10;

export interface StartupResult {
	runs: number;
	packageFiles: string[];
	packageLoadMsMedian: number;
	sdkModulesLoadedByPackage: number;
	ownModules: number;
	sdkEagerLoadMsMedian: number;
	sdkModulesIfEager: number;
	lazyImportWorks: boolean;
	processWallMs: { nodeWithN8nWorkflowOnly: number; withPackage: number };
}

interface ProbeAnswer {
	packageMs: number;
	sdkMs: number | null;
	modules: number;
	ownModules: number;
	sdkModules: number;
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

/** A build of this working tree (tsc, as npm run build does, into artifacts/), rebuilt when a source is newer. */
function buildForStartup(): string[] {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[]; credentials: string[] };
	};
	const files = [...pkg.n8n.nodes, ...pkg.n8n.credentials].map((file) => join(BUILD, file.replace(/^dist\//, '')));
	const sources = Math.max(newestMtime(join(ROOT, 'nodes')), newestMtime(join(ROOT, 'credentials')));
	const stale = !files.every((f) => existsSync(f)) || Math.min(...files.map((f) => statSync(f).mtimeMs)) < sources;
	if (stale) {
		const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
		const args = ['-p', 'tsconfig.build.json', '--outDir', BUILD, '--sourceMap', 'false', '--declaration', 'false'];
		execFileSync(process.execPath, [tsc, ...args], { cwd: ROOT, stdio: 'inherit' });
	}
	return files;
}

export function startup(): StartupResult {
	const files = buildForStartup();
	const filesArg = JSON.stringify(files);
	const probe = (mode: 'lazy' | 'eager'): ProbeAnswer => {
		const out = execFileSync(process.execPath, [PROBE, filesArg, mode], { cwd: ROOT, encoding: 'utf8' });
		return JSON.parse(out.trim().split('\n').pop()!) as ProbeAnswer;
	};
	const wall = (mode: 'baseline' | 'wall'): number => {
		const started = performance.now();
		const result = spawnSync(process.execPath, [PROBE, filesArg, mode], { cwd: ROOT });
		if (result.status !== 0) throw new Error(String(result.stderr));
		return performance.now() - started;
	};
	const lazy: ProbeAnswer[] = [];
	const eager: ProbeAnswer[] = [];
	const wallBase: number[] = [];
	const wallPackage: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		lazy.push(probe('lazy'));
		eager.push(probe('eager'));
		wallBase.push(wall('baseline'));
		wallPackage.push(wall('wall'));
	}
	return {
		runs: RUNS,
		packageFiles: files.map((f) => relative(ROOT, f)),
		packageLoadMsMedian: round(median(lazy.map((r) => r.packageMs))),
		sdkModulesLoadedByPackage: Math.max(...lazy.map((r) => r.sdkModules)),
		ownModules: lazy[0].ownModules,
		sdkEagerLoadMsMedian: round(median(eager.map((r) => r.sdkMs!))),
		sdkModulesIfEager: eager[0].sdkModules,
		lazyImportWorks: lazy.every((r) => r.sdkModules === 0),
		processWallMs: { nodeWithN8nWorkflowOnly: round(median(wallBase)), withPackage: round(median(wallPackage)) },
	};
}
