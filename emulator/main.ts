/**
 * `npm run emulator`: runs the AppFlow emulator until SIGINT/SIGTERM.
 *   --port <n>              port to listen on (default 8787; 0 picks a free one)
 *   --host <addr>           loopback address (default 127.0.0.1)
 *   --run-duration-ms <n>   how long a run stays InProgress (default 1500)
 *   --record-delay-ms <n>   how long a run stays out of DescribeFlowExecutionRecords (default 0)
 *   --region <r>            signing region (default us-east-1)
 *   --verbose               log one line per request
 */
import { startEmulator, type EmulatorOptions } from './server';

const USAGE =
	'Usage: npm run emulator -- [--port 8787] [--host 127.0.0.1] [--run-duration-ms 1500] [--record-delay-ms 0] [--region us-east-1] [--verbose]';

function parseArgs(argv: string[]): EmulatorOptions {
	const options: EmulatorOptions = { port: 8787 };
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${flag} needs a value`);
			return v;
		};
		const number = () => {
			const n = Number(value());
			if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer`);
			return n;
		};
		switch (flag) {
			case '--port':
				options.port = number();
				break;
			case '--host':
				options.host = value();
				break;
			case '--run-duration-ms':
				options.runDurationMs = number();
				break;
			case '--record-delay-ms':
				options.recordDelayMs = number();
				break;
			case '--region':
				options.region = value();
				break;
			case '--verbose':
				options.logger = { info: (m) => console.log(m), warn: (m) => console.warn(m) };
				break;
			case '--help':
			case '-h':
				console.log(USAGE);
				process.exit(0);
			default:
				throw new Error(`Unknown option ${flag}`);
		}
	}
	return options;
}

async function main(): Promise<void> {
	let options: EmulatorOptions;
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		process.exit(2);
	}
	const emulator = await startEmulator({ logger: { info: () => undefined, warn: (m) => console.warn(m) }, ...options });
	console.log(`AppFlow emulator listening on ${emulator.url}`);
	console.log(`  region:            ${emulator.region}`);
	console.log(`  account:           ${emulator.accountId}`);
	console.log(`  access key id:     ${emulator.credentials.accessKeyId}`);
	console.log(`  secret access key: ${emulator.credentials.secretAccessKey}`);
	console.log(
		`  controls:          ${emulator.url}/__emulator/stats, /__emulator/faults, /__emulator/reset, /__emulator/config`,
	);
	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) return;
		stopping = true;
		console.log(`${signal}: stopping the emulator`);
		void emulator.close().then(() => process.exit(0));
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));
}

void main().catch((error: unknown) => {
	console.error((error as Error).message);
	process.exit(1);
});
