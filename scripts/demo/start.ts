/**
 * `npm start`: the n8n editor on http://127.0.0.1:5678 with this package installed, a credential for the AppFlow
 * emulator and the sample workflows imported, and the emulator running alongside. Ctrl-C stops both.
 *
 * The user folder (.n8n-local/users/editor-<version>) persists between starts, so workflows you build stay; the
 * package is reinstalled from a fresh build, the credential re-pointed at the new emulator and the samples
 * re-imported (overwriting edits to the samples themselves) on every start.
 *
 * Options:
 *   --port <n>            editor port (default 5678)
 *   --emulator-port <n>   emulator port (default: a free one)
 *   --n8n <version|2.x|1.x>   n8n to run (default and 2.x: the newest tested 2.x, 2.41.1 on Node 24; 1.x = 1.123.5)
 *   --skip-build          use dist/ as it is
 *   --verbose             print n8n's log
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmulator, type Emulator } from '../../emulator/server';
import { emulatorCredential, EXAMPLE_CREDENTIAL, loadExamples } from './lib/examples';
import {
	buildPackage,
	DEMO_OWNER,
	ensureN8n,
	LOCAL_DIR,
	lineFor,
	N8N_LINES,
	N8nHome,
	packPackage,
	relative,
	setupOwner,
	type N8nLine,
	type N8nServer,
} from '../n8n';
import { formatDuration } from '../n8n/proc';

interface Options {
	port: number;
	emulatorPort: number;
	line: N8nLine;
	build: boolean;
	verbose: boolean;
}

function parseArgs(argv: string[]): Options {
	const options: Options = { port: 5678, emulatorPort: 0, line: N8N_LINES.newest, build: true, verbose: false };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = () => inline ?? argv[++i];
		if (flag === '--port') options.port = Number(value());
		else if (flag === '--emulator-port') options.emulatorPort = Number(value());
		else if (flag === '--n8n') {
			options.line = lineFor(value());
		} else if (flag === '--skip-build') options.build = false;
		else if (flag === '--verbose') options.verbose = true;
		else if (flag === '--help' || flag === '-h') {
			console.log(
				`Usage: npm start -- [--port 5678] [--emulator-port 8787] [--n8n ${N8N_LINES.newest.version}|${N8N_LINES.oldest2.version}|1.x] [--skip-build] [--verbose]`,
			);
			process.exit(0);
		} else throw new Error(`Unknown option ${argv[i]}`);
	}
	if (!Number.isInteger(options.port) || options.port <= 0) throw new Error('--port needs a port number');
	return options;
}

async function portIsFree(port: number): Promise<boolean> {
	try {
		const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
		void response;
		return false;
	} catch {
		return true;
	}
}

async function main(): Promise<void> {
	const options = parseArgs(process.argv.slice(2));
	const log = (line: string) => console.log(line);
	const started = Date.now();
	if (!(await portIsFree(options.port)))
		throw new Error(`Something already answers on 127.0.0.1:${options.port}; stop it or pass --port <n>`);

	if (options.build) {
		log('> Building the package (npm run build)');
		await buildPackage(log);
	}
	log(`> n8n ${options.line.version} (installed on first use: several minutes, progress below)`);
	const install = await ensureN8n(options.line, (l) => log(`  ${l}`));
	const scratch = await mkdtemp(join(tmpdir(), 'appflow-start-'));
	let emulator: Emulator | undefined;
	let server: N8nServer | undefined;
	let stopping = false;
	const stop = async (code: number) => {
		if (stopping) return;
		stopping = true;
		log('\nStopping n8n and the emulator...');
		await server?.stop();
		await emulator?.close();
		await rm(scratch, { recursive: true, force: true });
		process.exit(code);
	};
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));

	try {
		emulator = await startEmulator({ host: '127.0.0.1', port: options.emulatorPort, runDurationMs: 1000 });
		log(`> AppFlow emulator on ${emulator.url}`);
		const userFolder = join(LOCAL_DIR, 'users', `editor-${install.version}`);
		const home = new N8nHome(install, userFolder);
		log(`> Installing the package into ${relative(userFolder)}/.n8n/nodes`);
		await home.prepare(await packPackage(scratch));
		const examples = loadExamples();
		log('> Importing the emulator credential and the sample workflows');
		await home.importCredentials([emulatorCredential(emulator.url)]);
		await home.importWorkflows(examples.map((e) => e.workflow));

		log(`> Starting n8n ${install.version} on http://127.0.0.1:${options.port}`);
		server = await home.start(options.port, {
			onOutput: options.verbose ? (line) => log(`  n8n | ${line}`) : undefined,
			timeoutMs: 180_000,
		});
		const created = await setupOwner(server.url);
		server.child.once('exit', (code) => {
			if (!stopping) {
				log(`n8n exited (${code}).`);
				void stop(code ?? 1);
			}
		});

		log('');
		log('='.repeat(72));
		log(`n8n ${install.version} is ready at ${server.url}  (started in ${formatDuration(Date.now() - started)})`);
		if (created) log(`Sign in with:  ${DEMO_OWNER.email}  /  ${DEMO_OWNER.password}   (owner created for this demo)`);
		else
			log(
				`Sign in with the owner of this user folder (the demo creates ${DEMO_OWNER.email} / ${DEMO_OWNER.password}).`,
			);
		log(`Credential:    "${EXAMPLE_CREDENTIAL.name}" (AWS AppFlow API) -> emulator ${emulator.url}`);
		log('Workflows:');
		for (const { workflow } of examples) log(`  - ${workflow.name}: ${server.url}/workflow/${workflow.id}`);
		log(
			'Add the node to any workflow: "+" -> search "AWS AppFlow". Run the S3-to-S3 sample first; the report uses its flow.',
		);
		log(`Emulator controls: ${emulator.url}/__emulator/stats`);
		log('Press Ctrl-C to stop n8n and the emulator.');
		log('='.repeat(72));
	} catch (error) {
		console.error(`\nnpm start failed: ${(error as Error).message}`);
		await stop(1);
	}
}

void main().catch((error: Error) => {
	console.error(`npm start failed: ${error.message}`);
	process.exit(1);
});
