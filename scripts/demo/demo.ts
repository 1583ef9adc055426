/**
 * `npm run demo`: proves the package in a real n8n against the AppFlow emulator.
 *
 *   1. builds the package (npm run build) and packs it (npm pack)
 *   2. installs a pinned n8n (and the Node.js it needs) into .n8n-local/ on first use (reused afterwards)
 *   3. starts the emulator on loopback (ephemeral port, runs finish in ~1 s)
 *   4. installs the packed package into a fresh n8n user folder as n8n installs a community package
 *   5. imports a credential pointing at the emulator and the sample workflows in examples/
 *   6. runs each sample with `n8n execute --id <id> --rawOutput` and prints what every node emitted
 *
 * Exits 1 if any node failed or a sample did not do what it shows. Options:
 *   --n8n <version|2.x|1.x>   n8n to run: a tested line (scripts/n8n/versions.ts; default and 2.x: the newest,
 *                             2.41.1 on Node 24; 1.x = 1.123.5); each installs once into .n8n-local/n8n-<version>/
 *   --skip-build              use dist/ as it is
 *   --verbose                 print n8n's own output too
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmulator, type Emulator } from '../../emulator/server';
import { emulatorCredential, loadExamples, type Example } from './lib/examples';
import {
	buildPackage,
	ensureN8n,
	LOCAL_DIR,
	lineFor,
	N8N_LINES,
	N8nHome,
	packPackage,
	relative,
	type ExecuteResult,
	type N8nLine,
} from '../n8n';
import { formatDuration, tail } from '../n8n/proc';
import { failures, formatRun, nodeOutput, type Json } from './lib/summary';

interface Options {
	line: N8nLine;
	build: boolean;
	verbose: boolean;
}

function parseArgs(argv: string[]): Options {
	const options: Options = { line: N8N_LINES.newest, build: true, verbose: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--skip-build') options.build = false;
		else if (arg === '--verbose') options.verbose = true;
		else if (arg === '--n8n' || arg.startsWith('--n8n=')) {
			const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
			options.line = lineFor(value);
		} else if (arg === '--help' || arg === '-h') {
			console.log(
				`Usage: npm run demo -- [--n8n ${N8N_LINES.newest.version}|${N8N_LINES.oldest2.version}|1.x] [--skip-build] [--verbose]`,
			);
			process.exit(0);
		} else throw new Error(`Unknown option ${arg}`);
	}
	return options;
}

const log = (line: string) => console.log(line);

/** What each sample must show, beyond "no node failed". */
const CHECKS: Record<string, Array<{ what: string; check: (run: NonNullable<ExecuteResult['run']>) => boolean }>> = {
	appflowS3toS3Run: [
		{ what: 'the flow was created', check: (run) => typeof nodeOutput(run, 'Create flow')[0]?.flowArn === 'string' },
		{ what: 'the run started', check: (run) => typeof nodeOutput(run, 'Start flow')[0]?.executionId === 'string' },
		{
			what: 'the run finished Successful',
			check: (run) =>
				nodeOutput(run, 'Reset metadata cache').length === 1 &&
				nodeOutput(run, 'Get runs').some((r) => r.executionStatus === 'Successful'),
		},
		{
			what: 'the metadata cache was reset',
			check: (run) => nodeOutput(run, 'Reset metadata cache')[0]?.success === true,
		},
		{
			what: 'the tags read back',
			check: (run) => (nodeOutput(run, 'Read tags')[0]?.tags as Json | undefined)?.team === 'data-platform',
		},
	],
	appflowFlowReprt: [
		{
			what: 'the flow was read by an expression-driven name',
			check: (run) => nodeOutput(run, 'Get flow')[0]?.flowName === 'demo-s3-to-s3',
		},
		{ what: 'its runs were listed', check: (run) => nodeOutput(run, 'Get recent runs').length >= 1 },
		{
			what: 'the source bucket folders were listed',
			check: (run) =>
				nodeOutput(run, 'List source folders').some((e) => e.name === 'orders' || String(e.name).endsWith('/orders')),
		},
	],
};

async function runExample(home: N8nHome, example: Example, verbose: boolean): Promise<boolean> {
	const { workflow } = example;
	console.log(`\n=== ${example.file}\n    "${workflow.name}" (workflow id ${workflow.id})`);
	const result = await home.execute(workflow.id);
	console.log(
		`    n8n execute --id ${workflow.id} --rawOutput: exit ${result.command.code}${result.command.timedOut ? ' (timed out, killed)' : ''} in ${formatDuration(result.command.durationMs)}`,
	);
	if (verbose) console.log(tail(result.command.stderr, 40));
	if (!result.run) {
		console.log('    n8n printed no run data. Its output ends with:');
		console.log(tail(result.command.stdout + '\n' + result.command.stderr, 30).replace(/^/gm, '    | '));
		return false;
	}
	for (const line of formatRun(result.run)) console.log(line);
	const problems = failures(result.run);
	let ok = result.ok && problems.length === 0;
	for (const problem of problems) console.log(`  FAILED ${problem}`);
	for (const { what, check } of CHECKS[workflow.id] ?? []) {
		let passed = false;
		try {
			passed = check(result.run);
		} catch {
			passed = false;
		}
		console.log(`  ${passed ? 'check ok  ' : 'CHECK FAILED'}: ${what}`);
		ok &&= passed;
	}
	return ok;
}

async function main(): Promise<number> {
	const options = parseArgs(process.argv.slice(2));
	const started = Date.now();
	const step = async <T>(title: string, fn: () => Promise<T>): Promise<T> => {
		const t0 = Date.now();
		log(`> ${title}`);
		const value = await fn();
		log(`  done in ${formatDuration(Date.now() - t0)}`);
		return value;
	};

	if (options.build) await step('Build the package (npm run build)', async () => await buildPackage(() => undefined));
	const install = await step(
		`Ensure n8n ${options.line.version} (installed on first use: several minutes, progress below)`,
		async () => await ensureN8n(options.line, (l) => log(`  ${l}`)),
	);
	const scratch = await mkdtemp(join(tmpdir(), 'appflow-demo-'));
	let emulator: Emulator | undefined;
	const cleanup = async () => {
		await emulator?.close();
		await rm(scratch, { recursive: true, force: true });
	};
	const onSignal = () => {
		void cleanup().finally(() => process.exit(130));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		emulator = await step(
			'Start the AppFlow emulator',
			async () => await startEmulator({ host: '127.0.0.1', port: 0, runDurationMs: 1000 }),
		);
		log(`  listening on ${emulator.url}`);
		const tarball = await step('Pack the package (npm pack)', async () => await packPackage(scratch));
		const userFolder = join(LOCAL_DIR, 'users', `demo-${install.version}`);
		const home = new N8nHome(install, userFolder);
		await step(`Install the package into a fresh n8n user folder (${relative(userFolder)}/.n8n/nodes)`, async () => {
			await rm(userFolder, { recursive: true, force: true });
			await home.prepare(tarball);
		});
		const examples = loadExamples();
		await step('Import the emulator credential and the sample workflows', async () => {
			await home.importCredentials([emulatorCredential(emulator!.url)]);
			await home.importWorkflows(examples.map((e) => e.workflow));
			log(
				`  credential "AppFlow emulator" -> ${emulator!.url}; workflows: ${examples.map((e) => e.workflow.id).join(', ')}`,
			);
		});

		let allOk = true;
		for (const example of examples) allOk = (await runExample(home, example, options.verbose)) && allOk;

		const stats = emulator.stats();
		log(
			`\nEmulator saw ${stats.totalRequests} signed requests (${Object.entries(stats.requests)
				.map(([a, n]) => `${a} ${n}`)
				.join(', ')})`,
		);
		log(
			`${allOk ? 'DEMO PASSED' : 'DEMO FAILED'}: ${examples.length} sample workflows on n8n ${install.version} in ${formatDuration(Date.now() - started)}`,
		);
		return allOk ? 0 : 1;
	} finally {
		process.removeListener('SIGINT', onSignal);
		process.removeListener('SIGTERM', onSignal);
		await cleanup();
	}
}

main().then(
	(code) => process.exit(code),
	(error: Error) => {
		console.error(`\nDEMO FAILED: ${error.message}`);
		process.exit(1);
	},
);
