/**
 * Listing: Get Many with Return All over F flows against the SDK's paginateListFlows collecting the same flows:
 * time, pages requested (counted by the emulator), peak heap growth (heapUsed sampled every 5 ms, from a baseline
 * after gc when run with --expose-gc, as npm run bench does).
 */
import { CreateFlowCommand, paginateListFlows, type AppflowClient, type FlowDefinition } from '@aws-sdk/client-appflow';

import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import { runNode } from '../../test/harness/runNode';
import { requestsFor, type EmulatorProcess } from './emulator';
import { s3FlowRequest } from '../../test/node/nodeBed';
import { credentialFor, sdkClient } from './fixtures';
import { OPTIONS } from './options';
import { mb, median, round, timed } from './stats';

export interface ListingSide {
	ms: number;
	items: number;
	pages: number;
	peakHeapGrowthMB: number;
	retainedHeapMB: number;
}

export interface ListingResult {
	flows: number;
	createMs: number;
	node: ListingSide;
	sdk: ListingSide;
	timeRatio: number;
	memoryRatio: number;
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

/** F flows, created with the SDK 25 at a time. */
async function createFlows(client: AppflowClient, count: number): Promise<number> {
	const { ms } = await timed(async () => {
		let next = 0;
		const worker = async () => {
			while (next < count) {
				const i = next++;
				await client.send(new CreateFlowCommand(s3FlowRequest(`list-${String(i).padStart(6, '0')}`) as never));
			}
		};
		await Promise.all(Array.from({ length: 25 }, worker));
	});
	return ms;
}

export async function listing(emulator: EmulatorProcess, alreadyThere: number): Promise<ListingResult> {
	const client = sdkClient(emulator);
	const node = new AwsAppFlow();
	try {
		const createMs = await createFlows(client, OPTIONS.flows);
		const total = OPTIONS.flows + alreadyThere;
		const side = async <T>(work: () => Promise<T>, count: (result: T) => number): Promise<ListingSide> => {
			const pagesBefore = await requestsFor(emulator, 'ListFlows');
			const run = await withHeap(work, count);
			return {
				ms: round(run.ms),
				items: run.items,
				pages: (await requestsFor(emulator, 'ListFlows')) - pagesBefore,
				peakHeapGrowthMB: mb(run.peak),
				retainedHeapMB: mb(run.retained),
			};
		};
		const measureNode = () =>
			side(
				() =>
					runNode(node, {
						parameters: { resource: 'flow', operation: 'listFlows', returnAll: true },
						items: [{}],
						credentials: credentialFor(emulator),
					}),
				(output) => output[0].length,
			);
		const measureSdk = () =>
			side(
				async () => {
					const flows: FlowDefinition[] = [];
					for await (const page of paginateListFlows({ client, pageSize: 100 }, {})) flows.push(...(page.flows ?? []));
					return flows;
				},
				(flows) => flows.length,
			);
		// Warm-up once each, then alternate three times and keep the medians of time and memory.
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
			createMs: round(createMs),
			node: nodeSide,
			sdk: sdkSide,
			timeRatio: round(nodeSide.ms / sdkSide.ms, 3),
			memoryRatio: round(nodeSide.peakHeapGrowthMB / Math.max(sdkSide.peakHeapGrowthMB, 0.1), 2),
		};
	} finally {
		client.destroy();
	}
}
