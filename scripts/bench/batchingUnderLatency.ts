/**
 * Batching under latency: on loopback an AWS call answers in well under a millisecond, so running items in
 * parallel can only save the client's own per-call work and batching looks barely worth it. Real AWS answers in
 * 20-80 ms (cross-region), and that wait is what batching overlaps. Here the emulator delays every call by
 * --latency ms; the same items run one by one and in batches of 10 and 50, against the latency floor: the time
 * the calls would take if only the latency counted (items x latency / batch size).
 *
 * The bare SDK runs the same calls the same way (one client per run, Promise.all per batch) as a reference: what
 * the SDK itself reaches on this machine bounds what the node, which sends through it, can reach.
 */
import type { INodeParameters } from 'n8n-workflow';

import { setLatency, type EmulatorProcess } from './emulator';
import { DESCRIBE_FIXED, runNodeOnce, runSdkBatchesOnce } from './fixtures';
import { OPTIONS } from './options';
import { expectCount, median, round, timed } from './stats';

export interface BatchUnderLatency {
	size: number;
	/** Median wall time of one execution over all the items. */
	ms: number;
	/** sequentialMs / ms. */
	speedup: number;
	/** items x latency / size: the latency alone, with every batch fully overlapped. */
	floorMs: number;
}

export interface BatchingUnderLatency {
	latencyMs: number;
	items: number;
	repetitions: number;
	sequentialMs: number;
	/** items x latency: one call after the other, each waiting the latency. */
	floorMs: number;
	batches: BatchUnderLatency[];
	/** The bare SDK over the same items: one by one, and in batches of the same sizes. */
	sdkReference: { sequentialMs: number; batches: Array<{ size: number; ms: number; speedup: number }> };
}

const REPETITIONS = 3;

const batched = (size: number): INodeParameters => ({
	...DESCRIBE_FIXED,
	requestOptions: { batching: { batch: { batchSize: size, batchInterval: 0 } } },
});

export async function batchingUnderLatency(emulator: EmulatorProcess): Promise<BatchingUnderLatency> {
	const { latencyMs, latencyItems: items, batchSizes } = OPTIONS;
	const sizes = [1, ...batchSizes];
	const variants = sizes.flatMap((size) => [
		{ key: `node ${size}`, run: () => runNodeOnce(emulator, size === 1 ? DESCRIBE_FIXED : batched(size), items) },
		{ key: `sdk ${size}`, run: () => runSdkBatchesOnce(emulator, items, size) },
	]);
	const runs = new Map<string, number[]>(variants.map((v) => [v.key, []]));
	await setLatency(emulator, latencyMs);
	try {
		// Warm-up at this latency: one execution of each variant.
		for (const { run } of variants) await run();
		for (let rep = 0; rep < REPETITIONS; rep++) {
			// Alternate the order, so drift falls on every variant.
			const order = rep % 2 === 0 ? variants : [...variants].reverse();
			for (const { key, run } of order) {
				const { ms, result } = await timed(run);
				expectCount(`batching ${key}`, result, items);
				runs.get(key)!.push(ms);
			}
		}
	} finally {
		await setLatency(emulator, 0);
	}
	const medianOf = (key: string) => median(runs.get(key)!);
	const sequentialMs = medianOf('node 1');
	const sdkSequentialMs = medianOf('sdk 1');
	return {
		latencyMs,
		items,
		repetitions: REPETITIONS,
		sequentialMs: round(sequentialMs),
		floorMs: items * latencyMs,
		batches: batchSizes.map((size) => {
			const ms = medianOf(`node ${size}`);
			return { size, ms: round(ms), speedup: round(sequentialMs / ms, 2), floorMs: (items * latencyMs) / size };
		}),
		sdkReference: {
			sequentialMs: round(sdkSequentialMs),
			batches: batchSizes.map((size) => {
				const ms = medianOf(`sdk ${size}`);
				return { size, ms: round(ms), speedup: round(sdkSequentialMs / ms, 2) };
			}),
		},
	};
}
