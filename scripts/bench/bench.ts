/**
 * `npm run bench`: measured speed of the AWS AppFlow node against the emulator on loopback (a script, not a test).
 * Prints a table and writes artifacts/bench.json.
 *
 *   1. Per-item overhead: the node's execute over N items of Get (DescribeFlow), run in n8n-core's real
 *      ExecuteContext (test/harness/runNode.ts), against a bare SDK loop making the same N calls. Both warm up first,
 *      then alternate; the ratio is the median of the per-pair ratios. The harness's own cost (building the
 *      Workflow and the context, reading the credential) is measured separately with zero items.
 *   2. Batching: the same N items with Options > Batching (50 per batch) against one after the other.
 *   3. Listing: Get Many with Return All over F flows against the SDK's paginateListFlows collecting the same
 *      flows: time, pages requested (counted by the emulator), peak heap growth (heapUsed sampled every 5 ms,
 *      from a baseline after gc when run with --expose-gc, as npm run bench does).
 *   4. Start-up: a fresh `node` loading the package's built node and credential files (what n8n does at start),
 *      with plain node on a build of this working tree; whether that loads the AWS SDK, and what loading the SDK
 *      eagerly would add.
 *
 * The emulator runs in a child process (scripts/bench/emulatorProcess.ts) so its work stays out of the measured
 * process. Options: --items N (1000) --reps R (7) --flows F (10000) --quick (200 items, 3 reps, 1000 flows).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join, relative } from 'path';
import { performance } from 'perf_hooks';
import { createInterface } from 'readline';

import {
	AppflowClient,
	CreateFlowCommand,
	DescribeFlowCommand,
	paginateListFlows,
	type FlowDefinition,
} from '@aws-sdk/client-appflow';
import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import * as sendModule from '../../nodes/AwsAppFlow/transport/send';
import { runNode } from '../../test/harness/runNode';

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'artifacts');

// ---- options ---------------------------------------------------------------------------------------------------------

function flag(name: string, fallback: number): number {
	const at = process.argv.indexOf(`--${name}`);
	return at === -1 ? fallback : Number(process.argv[at + 1]);
}
const QUICK = process.argv.includes('--quick');
const N = flag('items', QUICK ? 200 : 1000);
const REPS = flag('reps', QUICK ? 3 : 9);
const FLOWS = flag('flows', QUICK ? 1000 : 10_000);
const BATCH = 50;

// ---- small statistics -----------------------------------------------------------------------------------------------

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** Wall time, and the CPU time this process spent (user + system): the client's own work, without the emulator's. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; result: T }> {
	const cpu = process.cpuUsage();
	const started = performance.now();
	const result = await work();
	const ms = performance.now() - started;
	const used = process.cpuUsage(cpu);
	return { ms, cpuMs: (used.user + used.system) / 1000, result };
}

// ---- the emulator in its own process ---------------------------------------------------------------------------------

interface EmulatorProcess {
	url: string;
	region: string;
	credentials: { accessKeyId: string; secretAccessKey: string };
	child: ChildProcess;
}

async function startEmulatorProcess(flowQuota: number): Promise<EmulatorProcess> {
	const child = spawn(
		process.execPath,
		['-r', 'ts-node/register/transpile-only', join(__dirname, 'emulatorProcess.ts'), String(flowQuota)],
		{
			cwd: ROOT,
			stdio: ['pipe', 'pipe', 'inherit'],
			env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
		},
	);
	const line = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('the emulator did not start within 60 s')), 60_000);
		createInterface({ input: child.stdout! }).once('line', (text) => {
			clearTimeout(timer);
			resolve(text);
		});
		child.once('exit', (code) => reject(new Error(`the emulator exited with code ${code}`)));
	});
	return { ...(JSON.parse(line) as Omit<EmulatorProcess, 'child'>), child };
}

function stopEmulatorProcess(emulator: EmulatorProcess | undefined): void {
	if (emulator && emulator.child.exitCode === null) emulator.child.kill('SIGTERM');
}

async function control<T>(emulator: EmulatorProcess, method: 'GET' | 'POST', path: string): Promise<T> {
	const response = await fetch(`${emulator.url}/__emulator/${path}`, { method });
	if (!response.ok) throw new Error(`emulator control ${method} ${path}: HTTP ${response.status}`);
	return (await response.json()) as T;
}
const listFlowsRequests = async (emulator: EmulatorProcess) =>
	(await control<{ requests: Record<string, number> }>(emulator, 'GET', 'stats')).requests.ListFlows ?? 0;

// ---- what is measured ------------------------------------------------------------------------------------------------

function s3Flow(flowName: string) {
	return {
		flowName,
		triggerConfig: { triggerType: 'OnDemand' },
		sourceFlowConfig: {
			connectorType: 'S3',
			sourceConnectorProperties: { S3: { bucketName: 'source-bucket', bucketPrefix: 'in' } },
		},
		destinationFlowConfigList: [
			{ connectorType: 'S3', destinationConnectorProperties: { S3: { bucketName: 'target-bucket' } } },
		],
		tasks: [{ taskType: 'Map_all', sourceFields: [], connectorOperator: { S3: 'NO_OP' }, taskProperties: {} }],
	} as const;
}

function sdkClient(emulator: EmulatorProcess): AppflowClient {
	return new AppflowClient({ region: emulator.region, endpoint: emulator.url, credentials: emulator.credentials });
}

function credentialFor(emulator: EmulatorProcess): Record<string, ICredentialDataDecryptedObject> {
	return {
		awsAppFlowApi: {
			region: emulator.region,
			credentialSource: 'accessKeys',
			accessKeyId: emulator.credentials.accessKeyId,
			secretAccessKey: emulator.credentials.secretAccessKey,
			endpoint: emulator.url,
		},
	};
}

const node = new AwsAppFlow();

/** One execution of the node over `count` items; returns its output length (checked by the caller). */
async function runNodeOnce(
	emulator: EmulatorProcess,
	parameters: INodeParameters,
	count: number,
	itemsOf: (i: number) => object = () => ({}),
): Promise<number> {
	const items = Array.from({ length: count }, (_, i) => itemsOf(i));
	const output = await runNode(node, { parameters, items: items as never, credentials: credentialFor(emulator) });
	return output[0].length;
}

/** The same calls with the SDK alone: one client per run, as the node has one per execution. */
async function runSdkOnce(emulator: EmulatorProcess, count: number, flowName: string): Promise<number> {
	const client = sdkClient(emulator);
	let answered = 0;
	try {
		for (let i = 0; i < count; i++) {
			const flow = await client.send(new DescribeFlowCommand({ flowName }));
			if (flow.flowName === flowName) answered++;
		}
	} finally {
		client.destroy();
	}
	return answered;
}

interface PerItemResult {
	items: number;
	repetitions: number;
	nodeMs: number[];
	sdkMs: number[];
	pairRatios: number[];
	ratio: number;
	/** min(node) / min(sdk): the least disturbed run of each. */
	bestRatio: number;
	nodeCpuMsMedian: number;
	sdkCpuMsMedian: number;
	/** CPU time of this process per item: the node's work against the SDK's alone. */
	cpuRatio: number;
	cpuOverheadUsPerItem: number;
	nodeMsMedian: number;
	sdkMsMedian: number;
	nodeUsPerItem: number;
	sdkUsPerItem: number;
	overheadUsPerItem: number;
	harnessMsPerExecution: number;
	/** CPU per item of the node alone (n8n's parameter reads, our validation and item handling), AWS calls stubbed. */
	nodeOnlyCpuUsPerItem: { fixed: number; expression: number };
	expressionVariant: { nodeMsMedian: number; ratio: number };
}

async function perItemOverhead(emulator: EmulatorProcess): Promise<PerItemResult> {
	const flowName = 'bench-flow';
	const fixed: INodeParameters = { resource: 'flow', operation: 'describeFlow', flowName };
	const viaExpression: INodeParameters = { resource: 'flow', operation: 'describeFlow', flowName: '={{ $json.name }}' };
	const check = (what: string, got: number, want: number) => {
		if (got !== want) throw new Error(`${what}: ${got} results for ${want} calls`);
	};
	// Warm-up: JIT in both processes (the emulator runs transpiled TypeScript and keeps speeding up for a while),
	// module caches, sockets. At least three full rounds and three seconds.
	const warmUntil = performance.now() + 3000;
	for (let round = 0; round < 3 || performance.now() < warmUntil; round++) {
		check('node warm-up', await runNodeOnce(emulator, fixed, N), N);
		check('sdk warm-up', await runSdkOnce(emulator, N, flowName), N);
		await runNodeOnce(emulator, viaExpression, Math.min(N, 200), () => ({ name: flowName }));
	}
	const harness: number[] = [];
	for (let i = 0; i < 5; i++) harness.push((await timed(() => runNodeOnce(emulator, fixed, 0))).ms);

	const nodeMs: number[] = [];
	const sdkMs: number[] = [];
	const exprMs: number[] = [];
	const nodeCpu: number[] = [];
	const sdkCpu: number[] = [];
	for (let rep = 0; rep < REPS; rep++) {
		// Alternate which side goes first, so drift (GC, CPU frequency, the emulator's heap) falls on both.
		const sides = rep % 2 === 0 ? (['node', 'sdk'] as const) : (['sdk', 'node'] as const);
		for (const side of sides) {
			if (side === 'node') {
				const { ms, cpuMs, result } = await timed(() => runNodeOnce(emulator, fixed, N));
				check('node', result, N);
				nodeMs.push(ms);
				nodeCpu.push(cpuMs);
			} else {
				const { ms, cpuMs, result } = await timed(() => runSdkOnce(emulator, N, flowName));
				check('sdk', result, N);
				sdkMs.push(ms);
				sdkCpu.push(cpuMs);
			}
		}
		const { ms, result } = await timed(() => runNodeOnce(emulator, viaExpression, N, () => ({ name: flowName })));
		check('node (expression)', result, N);
		exprMs.push(ms);
	}
	const pairRatios = nodeMs.map((ms, i) => ms / sdkMs[i]);
	const nodeMsMedian = median(nodeMs);
	const sdkMsMedian = median(sdkMs);
	return {
		items: N,
		repetitions: REPS,
		nodeMs: nodeMs.map((v) => round(v)),
		sdkMs: sdkMs.map((v) => round(v)),
		pairRatios: pairRatios.map((v) => round(v, 3)),
		ratio: round(median(pairRatios), 3),
		bestRatio: round(Math.min(...nodeMs) / Math.min(...sdkMs), 3),
		nodeCpuMsMedian: round(median(nodeCpu)),
		sdkCpuMsMedian: round(median(sdkCpu)),
		cpuRatio: round(median(nodeCpu.map((c, i) => c / sdkCpu[i])), 3),
		cpuOverheadUsPerItem: round(((median(nodeCpu) - median(sdkCpu)) / N) * 1000, 1),
		nodeMsMedian: round(nodeMsMedian),
		sdkMsMedian: round(sdkMsMedian),
		nodeUsPerItem: round((nodeMsMedian / N) * 1000, 1),
		sdkUsPerItem: round((sdkMsMedian / N) * 1000, 1),
		overheadUsPerItem: round(((nodeMsMedian - sdkMsMedian) / N) * 1000, 1),
		harnessMsPerExecution: round(median(harness)),
		expressionVariant: {
			nodeMsMedian: round(median(exprMs)),
			ratio: round(median(exprMs.map((ms, i) => ms / sdkMs[i])), 3),
		},
		nodeOnlyCpuUsPerItem: await nodeOnlyCpu(emulator),
	};
}

/**
 * The node's own work per item, free of network and emulator noise: the same executions with sendAction answering
 * at once from memory (the AWS SDK is not called), CPU time of this process, median of 7.
 */
async function nodeOnlyCpu(emulator: EmulatorProcess): Promise<{ fixed: number; expression: number }> {
	const mutable = sendModule as unknown as { sendAction: typeof sendModule.sendAction };
	const original = mutable.sendAction;
	mutable.sendAction = async (_client, _action, input) => ({
		...(input as object),
		flowArn: 'arn:aws:appflow:us-east-1:123456789012:flow/bench-flow',
	});
	try {
		const measure = async (parameters: INodeParameters, itemsOf: (i: number) => object) => {
			const perItem: number[] = [];
			for (let rep = 0; rep < 8; rep++) {
				const { cpuMs, result } = await timed(() => runNodeOnce(emulator, parameters, 2000, itemsOf));
				if (result !== 2000) throw new Error(`node-only: ${result} results for 2000 items`);
				if (rep > 0) perItem.push((cpuMs / 2000) * 1000);
			}
			return round(median(perItem), 1);
		};
		return {
			fixed: await measure({ resource: 'flow', operation: 'describeFlow', flowName: 'bench-flow' }, () => ({})),
			expression: await measure({ resource: 'flow', operation: 'describeFlow', flowName: '={{ $json.name }}' }, () => ({
				name: 'bench-flow',
			})),
		};
	} finally {
		mutable.sendAction = original;
	}
}

interface BatchingResult {
	items: number;
	batchSize: number;
	sequentialMsMedian: number;
	batchedMsMedian: number;
	ratio: number;
	speedup: number;
}

async function batching(emulator: EmulatorProcess): Promise<BatchingResult> {
	const base: INodeParameters = { resource: 'flow', operation: 'describeFlow', flowName: 'bench-flow' };
	const batched: INodeParameters = {
		...base,
		requestOptions: { batching: { batch: { batchSize: BATCH, batchInterval: 0 } } },
	};
	await runNodeOnce(emulator, batched, Math.min(N, 300));
	const sequential: number[] = [];
	const parallel: number[] = [];
	for (let rep = 0; rep < REPS; rep++) {
		const order = rep % 2 === 0 ? [base, batched] : [batched, base];
		for (const parameters of order) {
			const { ms, result } = await timed(() => runNodeOnce(emulator, parameters, N));
			if (result !== N) throw new Error(`batching: ${result} results for ${N} items`);
			(parameters === base ? sequential : parallel).push(ms);
		}
	}
	const ratios = parallel.map((ms, i) => ms / sequential[i]);
	return {
		items: N,
		batchSize: BATCH,
		sequentialMsMedian: round(median(sequential)),
		batchedMsMedian: round(median(parallel)),
		ratio: round(median(ratios), 3),
		speedup: round(1 / median(ratios), 2),
	};
}

interface ListingSide {
	ms: number;
	items: number;
	pages: number;
	peakHeapGrowthMB: number;
	retainedHeapMB: number;
}

/** Runs `work` with heapUsed sampled every 5 ms from a gc'd baseline; the result stays referenced until measured. */
async function withHeap<T>(
	work: () => Promise<T>,
	count: (result: T) => number,
): Promise<{ ms: number; items: number; peak: number; retained: number }> {
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	gc?.();
	const baseline = process.memoryUsage().heapUsed;
	let peak = baseline;
	const sample = () => {
		peak = Math.max(peak, process.memoryUsage().heapUsed);
	};
	const sampler = setInterval(sample, 5);
	try {
		const { ms, result } = await timed(work);
		sample();
		gc?.();
		const retained = process.memoryUsage().heapUsed - baseline;
		return { ms, items: count(result), peak: peak - baseline, retained };
	} finally {
		clearInterval(sampler);
	}
}

async function listing(emulator: EmulatorProcess): Promise<{
	flows: number;
	createMs: number;
	node: ListingSide;
	sdk: ListingSide;
	timeRatio: number;
	memoryRatio: number;
}> {
	// Prepare: F flows (plus bench-flow), created with the SDK, 25 at a time.
	const client = sdkClient(emulator);
	const created = await timed(async () => {
		let next = 0;
		const worker = async () => {
			while (next < FLOWS) {
				const i = next++;
				await client.send(new CreateFlowCommand(s3Flow(`list-${String(i).padStart(6, '0')}`) as never));
			}
		};
		await Promise.all(Array.from({ length: 25 }, worker));
	});
	const total = FLOWS + 1;

	const measureNode = async (): Promise<ListingSide> => {
		const pagesBefore = await listFlowsRequests(emulator);
		const run = await withHeap(
			() =>
				runNode(node, {
					parameters: { resource: 'flow', operation: 'listFlows', returnAll: true },
					items: [{}],
					credentials: credentialFor(emulator),
				}),
			(output) => output[0].length,
		);
		return {
			ms: round(run.ms),
			items: run.items,
			pages: (await listFlowsRequests(emulator)) - pagesBefore,
			peakHeapGrowthMB: mb(run.peak),
			retainedHeapMB: mb(run.retained),
		};
	};
	const measureSdk = async (): Promise<ListingSide> => {
		const pagesBefore = await listFlowsRequests(emulator);
		const run = await withHeap(
			async () => {
				const flows: FlowDefinition[] = [];
				for await (const page of paginateListFlows({ client, pageSize: 100 }, {})) flows.push(...(page.flows ?? []));
				return flows;
			},
			(flows) => flows.length,
		);
		return {
			ms: round(run.ms),
			items: run.items,
			pages: (await listFlowsRequests(emulator)) - pagesBefore,
			peakHeapGrowthMB: mb(run.peak),
			retainedHeapMB: mb(run.retained),
		};
	};
	// Warm-up once each, then alternate three times and keep the medians of time (memory: the last of each).
	await measureNode();
	await measureSdk();
	const nodeRuns: ListingSide[] = [];
	const sdkRuns: ListingSide[] = [];
	for (let rep = 0; rep < 3; rep++) {
		if (rep % 2 === 0) {
			nodeRuns.push(await measureNode());
			sdkRuns.push(await measureSdk());
		} else {
			sdkRuns.push(await measureSdk());
			nodeRuns.push(await measureNode());
		}
	}
	client.destroy();
	for (const run of [...nodeRuns, ...sdkRuns])
		if (run.items !== total) throw new Error(`listing: ${run.items} flows of ${total}`);
	const pick = (runs: ListingSide[]): ListingSide => ({
		...runs[runs.length - 1],
		ms: round(median(runs.map((r) => r.ms))),
		peakHeapGrowthMB: round(median(runs.map((r) => r.peakHeapGrowthMB)), 1),
		retainedHeapMB: round(median(runs.map((r) => r.retainedHeapMB)), 1),
	});
	const nodeSide = pick(nodeRuns);
	const sdkSide = pick(sdkRuns);
	return {
		flows: total,
		createMs: round(created.ms),
		node: nodeSide,
		sdk: sdkSide,
		timeRatio: round(nodeSide.ms / sdkSide.ms, 3),
		memoryRatio: round(nodeSide.peakHeapGrowthMB / Math.max(sdkSide.peakHeapGrowthMB, 0.1), 2),
	};
}

// ---- start-up ------------------------------------------------------------------------------------------------------------

const BUILD = join(ARTIFACTS, 'bench-dist');

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

/** A build of this working tree (tsc, as npm run build does, into artifacts/), rebuilt when a source is newer. */
function buildForStartup(): { files: string[]; built: boolean } {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[]; credentials: string[] };
	};
	const files = [...pkg.n8n.nodes, ...pkg.n8n.credentials].map((file) => join(BUILD, file.replace(/^dist\//, '')));
	const sources = Math.max(newestMtime(join(ROOT, 'nodes')), newestMtime(join(ROOT, 'credentials')));
	const stale = !files.every((f) => existsSync(f)) || Math.min(...files.map((f) => statSync(f).mtimeMs)) < sources;
	if (stale)
		execFileSync(
			process.execPath,
			[
				join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
				'-p',
				'tsconfig.build.json',
				'--outDir',
				BUILD,
				'--sourceMap',
				'false',
				'--declaration',
				'false',
			],
			{ cwd: ROOT, stdio: 'inherit' },
		);
	return { files, built: stale };
}

/** Runs in a fresh `node`: n8n-workflow first (n8n has it loaded), then the package's files as n8n loads them. */
const STARTUP_PROBE = `
const { performance } = require('perf_hooks');
const files = JSON.parse(process.argv[1]);
const eager = process.argv[2] === 'eager';
require('n8n-workflow');
const before = new Set(Object.keys(require.cache));
const t0 = performance.now();
for (const file of files) {
	const exported = require(file);
	for (const Type of Object.values(exported)) if (typeof Type === 'function') new Type(); // n8n reads each description
}
const t1 = performance.now();
let sdkMs = null;
if (eager) { const s = performance.now(); require('@aws-sdk/client-appflow'); require('@aws-sdk/client-sts'); sdkMs = performance.now() - s; }
const loaded = Object.keys(require.cache).filter((f) => !before.has(f));
const sdkFiles = loaded.filter((f) => /node_modules\\/@(aws-sdk|smithy|aws-crypto)\\//.test(f));
const ownFiles = loaded.filter((f) => !f.includes('node_modules'));
console.log(JSON.stringify({ packageMs: t1 - t0, sdkMs, modules: loaded.length, ownModules: ownFiles.length, sdkModules: sdkFiles.length }));
`;

interface StartupResult {
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

function startup(): StartupResult {
	const { files } = buildForStartup();
	const probe = (mode: 'lazy' | 'eager') => {
		const out = execFileSync(process.execPath, ['-e', STARTUP_PROBE, JSON.stringify(files), mode], {
			cwd: ROOT,
			encoding: 'utf8',
		});
		return JSON.parse(out.trim().split('\n').pop()!) as {
			packageMs: number;
			sdkMs: number | null;
			modules: number;
			ownModules: number;
			sdkModules: number;
		};
	};
	const wall = (script: string) => {
		const started = performance.now();
		const result = spawnSync(process.execPath, ['-e', script], { cwd: ROOT });
		if (result.status !== 0) throw new Error(String(result.stderr));
		return performance.now() - started;
	};
	const runs = 10;
	const lazy: ReturnType<typeof probe>[] = [];
	const eager: ReturnType<typeof probe>[] = [];
	const wallBase: number[] = [];
	const wallPackage: number[] = [];
	const loadAll = `require('n8n-workflow'); for (const f of ${JSON.stringify(files)}) for (const T of Object.values(require(f))) if (typeof T === 'function') new T();`;
	for (let i = 0; i < runs; i++) {
		lazy.push(probe('lazy'));
		eager.push(probe('eager'));
		wallBase.push(wall("require('n8n-workflow')"));
		wallPackage.push(wall(loadAll));
	}
	return {
		runs,
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

// ---- report ------------------------------------------------------------------------------------------------------------

function table(rows: string[][]): string {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
	const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
	return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function gitCommit(): string | undefined {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
	} catch {
		return undefined;
	}
}

async function main(): Promise<void> {
	if (!(globalThis as { gc?: unknown }).gc)
		console.warn('note: run with --expose-gc (npm run bench does) for heap baselines after gc');
	let emulator: EmulatorProcess | undefined;
	process.on('exit', () => stopEmulatorProcess(emulator));
	try {
		console.log(
			`AWS AppFlow node benchmark: ${N} items, ${REPS} repetitions, ${FLOWS} flows to list (emulator on loopback, own process)\n`,
		);
		emulator = await startEmulatorProcess(FLOWS + 10);
		const client = sdkClient(emulator);
		await client.send(new CreateFlowCommand(s3Flow('bench-flow') as never));
		client.destroy();

		console.log('1/4 per-item overhead ...');
		const perItem = await perItemOverhead(emulator);
		console.log('2/4 batching ...');
		const batched = await batching(emulator);
		console.log('3/4 listing ...');
		const listed = await listing(emulator);
		stopEmulatorProcess(emulator);
		console.log('4/4 start-up ...\n');
		const started = startup();

		const rows: string[][] = [
			['Measure', 'Node', 'Bare SDK / baseline', 'Ratio', 'Target'],
			[
				`Per-item overhead: ${N} × Get (DescribeFlow), median of ${REPS}`,
				`${perItem.nodeMsMedian} ms (${perItem.nodeUsPerItem} µs/item)`,
				`${perItem.sdkMsMedian} ms (${perItem.sdkUsPerItem} µs/item)`,
				`${perItem.ratio}`,
				`<= 1.10 ${perItem.ratio <= 1.1 ? 'met' : 'NOT met'}`,
			],
			[
				`  best run of each (min / min)`,
				`${Math.min(...perItem.nodeMs)} ms`,
				`${Math.min(...perItem.sdkMs)} ms`,
				`${perItem.bestRatio}`,
				'info',
			],
			[
				`  CPU time of the measuring process (emulator excluded)`,
				`${perItem.nodeCpuMsMedian} ms`,
				`${perItem.sdkCpuMsMedian} ms`,
				`${perItem.cpuRatio}`,
				`+${perItem.cpuOverheadUsPerItem} µs CPU/item`,
			],
			[
				`  node alone, AWS calls stubbed (CPU per item)`,
				`${perItem.nodeOnlyCpuUsPerItem.fixed} µs`,
				'-',
				'-',
				`expression: ${perItem.nodeOnlyCpuUsPerItem.expression} µs`,
			],
			[
				`  same, flowName from an expression ={{ $json.name }}`,
				`${perItem.expressionVariant.nodeMsMedian} ms`,
				`${perItem.sdkMsMedian} ms`,
				`${perItem.expressionVariant.ratio}`,
				'info',
			],
			[`  harness cost per execution (0 items)`, `${perItem.harnessMsPerExecution} ms`, '-', '-', 'info'],
			[
				`Batching: ${N} items, ${BATCH} per batch vs one by one`,
				`${batched.batchedMsMedian} ms`,
				`${batched.sequentialMsMedian} ms (sequential)`,
				`${batched.ratio} (${batched.speedup}× faster)`,
				'< 1',
			],
			[
				`Listing ${listed.flows} flows, Return All: time`,
				`${listed.node.ms} ms`,
				`${listed.sdk.ms} ms (paginateListFlows)`,
				`${listed.timeRatio}`,
				'info',
			],
			[
				`  pages requested`,
				`${listed.node.pages}`,
				`${listed.sdk.pages}`,
				'-',
				`${Math.ceil(listed.flows / 100)} (100/page)`,
			],
			[
				`  peak heap growth (retained after)`,
				`${listed.node.peakHeapGrowthMB} MB (${listed.node.retainedHeapMB} MB)`,
				`${listed.sdk.peakHeapGrowthMB} MB (${listed.sdk.retainedHeapMB} MB)`,
				`${listed.memoryRatio}`,
				'info',
			],
			[
				`Start-up: load package (${started.packageFiles.length} files) + describe, median of ${started.runs}`,
				`${started.packageLoadMsMedian} ms, ${started.sdkModulesLoadedByPackage} SDK modules`,
				`+${started.sdkEagerLoadMsMedian} ms, ${started.sdkModulesIfEager} modules if the SDK were eager`,
				'-',
				`lazy ${started.lazyImportWorks ? 'works' : 'BROKEN'}`,
			],
			[
				`  whole process (node + n8n-workflow)`,
				`${started.processWallMs.withPackage} ms`,
				`${started.processWallMs.nodeWithN8nWorkflowOnly} ms (n8n-workflow only)`,
				'-',
				'info',
			],
		];
		console.log(table(rows));

		const report = {
			date: new Date().toISOString(),
			commit: gitCommit(),
			environment: {
				node: process.version,
				platform: `${process.platform} ${process.arch}`,
				cpu: cpus()[0]?.model,
				cpus: cpus().length,
				memoryGB: round(totalmem() / 1024 ** 3, 1),
				gcExposed: Boolean((globalThis as { gc?: unknown }).gc),
			},
			method: {
				emulator: 'scripts/bench/emulatorProcess.ts in a child process on 127.0.0.1, SigV4 verified',
				node: "AwsAppFlow.execute in n8n-core 2.0.2's ExecuteContext via test/harness/runNode.ts (one execution per run, one client per execution)",
				sdk: 'AppflowClient with default settings, one client per run, sequential await of DescribeFlowCommand',
				ratio: 'median of per-pair ratios, sides alternating first, after warm-up',
				startup: 'fresh node processes loading the tsc build of this tree (artifacts/bench-dist) after n8n-workflow',
			},
			perItem,
			batching: batched,
			listing: listed,
			startup: started,
		};
		mkdirSync(ARTIFACTS, { recursive: true });
		writeFileSync(join(ARTIFACTS, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
		console.log(`\nwritten: ${relative(process.cwd(), join(ARTIFACTS, 'bench.json'))}`);
	} finally {
		stopEmulatorProcess(emulator);
	}
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message);
	process.exitCode = 1;
});
