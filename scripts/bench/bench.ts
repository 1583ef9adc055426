/**
 * `npm run bench`: measured speed of the AWS AppFlow node against the emulator on loopback (a script, not a test).
 * Prints a table and writes artifacts/bench.json. One measure per file:
 *   perItem.ts               the node's per-item CPU cost against a bare SDK loop
 *   batchingUnderLatency.ts  one by one against batches of 10 and 50, each call delayed like a real AWS round trip
 *   listing.ts               Return All over 10,000 flows against the SDK's paginator
 *   startup.ts               loading the package as n8n does at start (startupProbe.js in fresh processes)
 * The emulator runs in a child process (emulator.ts, emulatorProcess.ts) so its work stays out of the measured
 * process. Flags: see options.ts (--items, --reps, --flows, --latency, --latency-items, --only, --quick).
 */
import { CreateFlowCommand } from '@aws-sdk/client-appflow';
import { loadavg } from 'os';

import { batchingUnderLatency } from './batchingUnderLatency';
import { startEmulatorProcess, stopEmulatorProcess, type EmulatorProcess } from './emulator';
import { s3FlowRequest } from '../../test/node/nodeBed';
import { BENCH_FLOW, sdkClient } from './fixtures';
import { listing } from './listing';
import { OPTIONS } from './options';
import { perItemOverhead } from './perItem';
import { printTable, writeReport, type BenchResults } from './report';
import { startup } from './startup';

async function main(): Promise<void> {
	if (!(globalThis as { gc?: unknown }).gc)
		console.warn('note: run with --expose-gc (npm run bench does) for heap baselines after gc');
	const loadBefore = loadavg()[0];
	const { items, reps, flows, latencyMs, latencyItems } = OPTIONS;
	console.log(
		`AWS AppFlow node benchmark: ${items} items, ${reps} repetitions, ${flows} flows to list, ` +
			`${latencyItems} items at ${latencyMs} ms per call (emulator on loopback, own process; load ${loadBefore.toFixed(2)})\n`,
	);
	const results: BenchResults = {};
	let emulator: EmulatorProcess | undefined;
	process.on('exit', () => stopEmulatorProcess(emulator));
	try {
		emulator = await startEmulatorProcess(flows + 10);
		const client = sdkClient(emulator);
		await client.send(new CreateFlowCommand(s3FlowRequest(BENCH_FLOW) as never));
		client.destroy();

		if (OPTIONS.runs('perItem')) {
			console.log('per-item overhead ...');
			results.perItem = await perItemOverhead(emulator);
		}
		if (OPTIONS.runs('batching')) {
			console.log(`batching under ${latencyMs} ms latency ...`);
			results.batchingUnderLatency = await batchingUnderLatency(emulator);
		}
		if (OPTIONS.runs('listing')) {
			console.log('listing ...');
			results.listing = await listing(emulator, 1);
		}
	} finally {
		stopEmulatorProcess(emulator);
	}
	if (OPTIONS.runs('startup')) {
		console.log('start-up ...');
		results.startup = startup();
	}
	console.log('');
	printTable(results);
	console.log(`\nwritten: ${writeReport(results, loadBefore)} (load average at the end ${loadavg()[0].toFixed(2)})`);
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message);
	process.exitCode = 1;
});
