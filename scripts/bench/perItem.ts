/**
 * Per-item overhead: the node's execute over N items of Get (DescribeFlow), in n8n-core's real ExecuteContext,
 * against a bare SDK loop making the same N calls. Both warm up first, then alternate which goes first; ratios are
 * medians of the per-pair ratios. The CPU ratio (this process's user + system time; the emulator runs in its own
 * process) is the figure to judge: on loopback with 2 shared cores the wall ratio is mostly scheduling noise.
 */
import { performance } from 'perf_hooks';

import type { INodeParameters } from 'n8n-workflow';

import type { EmulatorProcess } from './emulator';
import { DESCRIBE_BY_EXPRESSION, DESCRIBE_FIXED, nameItem, runNodeOnce, runSdkOnce } from './fixtures';
import { OPTIONS } from './options';
import { expectCount, median, round, timed } from './stats';
import { withAwsStubbed } from './stubbedAws';

export interface PerItemResult {
	items: number;
	repetitions: number;
	nodeMs: number[];
	sdkMs: number[];
	pairRatios: number[];
	/** Wall-time ratio (median of pairs): noise-dominated on loopback, shown for completeness. */
	ratio: number;
	/** min(node) / min(sdk): the least disturbed run of each. */
	bestRatio: number;
	nodeCpuMsMedian: number;
	sdkCpuMsMedian: number;
	/** CPU time of this process per item: the node's work against the SDK's alone (default SDK settings). */
	cpuRatio: number;
	/** min(node CPU) / min(SDK CPU): the least disturbed run of each, steadier on a loaded machine. */
	bestCpuRatio: number;
	cpuOverheadUsPerItem: number;
	/** The same against an SDK client with cacheMiddleware: true (the setting the node's client uses). */
	cachedSdk: { cpuMsMedian: number; cpuRatio: number };
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

export async function perItemOverhead(emulator: EmulatorProcess): Promise<PerItemResult> {
	const N = OPTIONS.items;
	const cached = { cacheMiddleware: true };
	// Warm-up: JIT in both processes (the emulator runs transpiled TypeScript and keeps speeding up for a while),
	// module caches, sockets. At least three full rounds and three seconds.
	const warmUntil = performance.now() + 3000;
	for (let round = 0; round < 3 || performance.now() < warmUntil; round++) {
		expectCount('node warm-up', await runNodeOnce(emulator, DESCRIBE_FIXED, N), N);
		expectCount('sdk warm-up', await runSdkOnce(emulator, N), N);
		expectCount('cached sdk warm-up', await runSdkOnce(emulator, N, cached), N);
		await runNodeOnce(emulator, DESCRIBE_BY_EXPRESSION, Math.min(N, 200), nameItem);
	}
	const harness: number[] = [];
	for (let i = 0; i < 5; i++) harness.push((await timed(() => runNodeOnce(emulator, DESCRIBE_FIXED, 0))).ms);

	const nodeMs: number[] = [];
	const sdkMs: number[] = [];
	const exprMs: number[] = [];
	const nodeCpu: number[] = [];
	const sdkCpu: number[] = [];
	const cachedCpu: number[] = [];
	for (let rep = 0; rep < OPTIONS.reps; rep++) {
		// Alternate which side goes first, so drift (GC, CPU frequency, the emulator's heap) falls on both.
		const sides = rep % 2 === 0 ? (['node', 'sdk', 'cached'] as const) : (['cached', 'sdk', 'node'] as const);
		for (const side of sides) {
			if (side === 'node') {
				const { ms, cpuMs, result } = await timed(() => runNodeOnce(emulator, DESCRIBE_FIXED, N));
				expectCount('node', result, N);
				nodeMs.push(ms);
				nodeCpu.push(cpuMs);
			} else {
				const { ms, cpuMs, result } = await timed(() => runSdkOnce(emulator, N, side === 'cached' ? cached : {}));
				expectCount(side, result, N);
				if (side === 'sdk') {
					sdkMs.push(ms);
					sdkCpu.push(cpuMs);
				} else cachedCpu.push(cpuMs);
			}
		}
		const { ms, result } = await timed(() => runNodeOnce(emulator, DESCRIBE_BY_EXPRESSION, N, nameItem));
		expectCount('node (expression)', result, N);
		exprMs.push(ms);
	}
	const pairRatios = nodeMs.map((ms, i) => ms / sdkMs[i]);
	const nodeMsMedian = median(nodeMs);
	const sdkMsMedian = median(sdkMs);
	return {
		items: N,
		repetitions: OPTIONS.reps,
		nodeMs: nodeMs.map((v) => round(v)),
		sdkMs: sdkMs.map((v) => round(v)),
		pairRatios: pairRatios.map((v) => round(v, 3)),
		ratio: round(median(pairRatios), 3),
		bestRatio: round(Math.min(...nodeMs) / Math.min(...sdkMs), 3),
		nodeCpuMsMedian: round(median(nodeCpu)),
		sdkCpuMsMedian: round(median(sdkCpu)),
		cpuRatio: round(median(nodeCpu.map((c, i) => c / sdkCpu[i])), 3),
		bestCpuRatio: round(Math.min(...nodeCpu) / Math.min(...sdkCpu), 3),
		cpuOverheadUsPerItem: round(((median(nodeCpu) - median(sdkCpu)) / N) * 1000, 1),
		cachedSdk: {
			cpuMsMedian: round(median(cachedCpu)),
			cpuRatio: round(median(nodeCpu.map((c, i) => c / cachedCpu[i])), 3),
		},
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
 * The node's own work per item, free of network and emulator noise: the same executions with every AWS call
 * answered at once from memory, CPU time of this process, median of 7 after one warm-up.
 */
async function nodeOnlyCpu(emulator: EmulatorProcess): Promise<{ fixed: number; expression: number }> {
	const ITEMS = 2000;
	const measure = async (parameters: INodeParameters, itemsOf: (i: number) => object) => {
		const perItem: number[] = [];
		for (let rep = 0; rep < 8; rep++) {
			const { cpuMs, result } = await timed(() => runNodeOnce(emulator, parameters, ITEMS, itemsOf));
			expectCount('node-only', result, ITEMS);
			if (rep > 0) perItem.push((cpuMs / ITEMS) * 1000);
		}
		return round(median(perItem), 1);
	};
	return await withAwsStubbed(async () => ({
		fixed: await measure(DESCRIBE_FIXED, () => ({})),
		expression: await measure(DESCRIBE_BY_EXPRESSION, nameItem),
	}));
}
