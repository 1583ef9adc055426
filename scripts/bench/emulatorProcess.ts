/**
 * The benchmark's AppFlow emulator, in a process of its own so that its work (routing, SigV4 checks, validation,
 * JSON) does not share the measured process's event loop, CPU time or heap. Prints one JSON line with its URL
 * and keys, then runs until SIGTERM/SIGINT or until its parent closes stdin.
 *   node -r ts-node/register/transpile-only scripts/bench/emulatorProcess.ts [flowQuota]
 */
import { startEmulator } from '../../emulator/server';

async function main(): Promise<void> {
	const flowQuota = Number(process.argv[2] ?? 1000);
	// The emulator's check of its own answers against the model (a defect detector the tests keep on) is switched
	// off: AWS's work is not on the n8n host, and on 2 shared cores every microsecond the emulator spends is taken
	// from the node being measured (about 15% of the emulator's CPU per call). Signatures are still verified.
	const emulator = await startEmulator({ port: 0, flowQuota, runDurationMs: 200, checkResponses: false });
	process.stdout.write(
		`${JSON.stringify({ url: emulator.url, region: emulator.region, credentials: emulator.credentials, pid: process.pid })}\n`,
	);
	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		void emulator.close().then(() => process.exit(0));
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	process.stdin.on('end', stop);
	process.stdin.resume();
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message);
	process.exit(1);
});
