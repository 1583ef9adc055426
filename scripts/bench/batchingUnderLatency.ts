/**
 * Batching under latency: on loopback an AWS call answers in well under a millisecond, so running items in
 * parallel can only save the client's own per-call work and batching looks barely worth it. Real AWS answers in
 * 20-80 ms (cross-region), and that wait is what batching overlaps. Here the emulator delays every call by
 * --latency ms; the same items run one by one and in batches of 10 and 50, against the latency floor: the time
 * the calls would take if only the latency counted (items x latency / batch size).
 */
import type { INodeParameters } from 'n8n-workflow';

import { setLatency, type EmulatorProcess } from './emulator';
import { DESCRIBE_FIXED, runNodeOnce } from './fixtures';
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
}

const REPETITIONS = 3;

const batched = (size: number): INodeParameters => ({
	...DESCRIBE_FIXED,
	requestOptions: { batching: { batch: { batchSize: size, batchInterval: 0 } } },
});

export async function batchingUnderLatency(emulator: EmulatorProcess): Promise<BatchingUnderLatency> {
	const { latencyMs, latencyItems: items, batchSizes } = OPTIONS;
	const variants: Array<{ size: number; parameters: INodeParameters }> = [
		{ size: 1, parameters: DESCRIBE_FIXED },
		...batchSizes.map((size) => ({ size, parameters: batched(size) })),
	];
	const runs = new Map<number, number[]>(variants.map((v) => [v.size, []]));
	await setLatency(emulator, latencyMs);
	try {
		// Warm-up at this latency: one execution of each batch size.
		for (const { parameters } of variants) await runNodeOnce(emulator, parameters, Math.min(items, 100));
		for (let rep = 0; rep < REPETITIONS; rep++) {
			// Alternate the order, so drift falls on every variant.
			const order = rep % 2 === 0 ? variants : [...variants].reverse();
			for (const { size, parameters } of order) {
				const { ms, result } = await timed(() => runNodeOnce(emulator, parameters, items));
				expectCount(`batching ${size}`, result, items);
				runs.get(size)!.push(ms);
			}
		}
	} finally {
		await setLatency(emulator, 0);
	}
	const sequentialMs = median(runs.get(1)!);
	return {
		latencyMs,
		items,
		repetitions: REPETITIONS,
		sequentialMs: round(sequentialMs),
		floorMs: items * latencyMs,
		batches: batchSizes.map((size) => {
			const ms = median(runs.get(size)!);
			return { size, ms: round(ms), speedup: round(sequentialMs / ms, 1), floorMs: (items * latencyMs) / size };
		}),
	};
}
