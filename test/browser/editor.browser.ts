/**
 * `npm run test:browser`: the AWS AppFlow node in a real n8n editor, in a real browser.
 *
 * Sets up what `npm start` sets up (scripts/n8n: the package packed and installed into an n8n user folder the
 * way n8n installs a community package, the emulator credential and the sample workflows imported, `n8n start`, the
 * owner created through the REST API), but on ephemeral ports (editor, task broker, emulator) and in a user folder of
 * its own under the temp folder. Then headless Chromium (Debian's /usr/bin/chromium through playwright-core; install
 * it with scripts/browser/ensure-chromium.sh) signs in as the owner and checks what a person sees: the sample
 * workflow's nodes on the canvas, the node's panel on a double-click, its Resource and Operation dropdowns, the Create
 * Flow form in Fields mode, a node added from the node creator, and a Salesforce to S3 flow built in a new workflow
 * with the pickers only and run against the emulator (lib/buildFlow.ts). Everything it started (n8n and its task runner,
 * the emulator, Chromium) is stopped at the end, also on failure, Ctrl-C or the overall time limit.
 *
 * Screenshots go to artifacts/browser/ (git-ignored), with report.json (steps, timings, editor errors, blocked
 * requests). `--update-screenshot` also writes docs/screenshots/aws-appflow-node.png (the node's panel).
 *
 * Options:
 *   --skip-build           use dist/ as it is (CI builds before)
 *   --update-screenshot    refresh docs/screenshots/aws-appflow-node.png
 *   --timeout-min <n>      overall limit, everything included (default 15)
 *   --keep                 keep the temp user folder (its path is printed)
 * Exit code 0 when every check passed, 1 otherwise.
 */
import { rmSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Locator } from 'playwright-core';

import { startEmulator, type Emulator } from '../../emulator/server';
import { emulatorCredential, EXAMPLE_CREDENTIAL, loadExamples } from '../../scripts/demo/lib/examples';
import {
	buildPackage,
	DEMO_OWNER,
	ensureN8n,
	N8N_LINES,
	NODE_TYPE,
	PACKAGE_NAME,
	packPackage,
	REPO_ROOT,
	setupOwner,
	type N8nServer,
} from '../../scripts/n8n';
import { formatDuration, freePort } from '../../scripts/n8n/proc';
import { alive, launchEditorBrowser, type EditorBrowser } from './lib/chromium';
import {
	addNodeFromCreator,
	chooseOption,
	closeNodePanel,
	credentialValue,
	dropdownOptionNames,
	missingLabels,
	nodeIcon,
	openNodePanel,
	openWorkflow,
	panelTitle,
	parameterValue,
	shownLabels,
	signIn,
	waitUntil,
} from './lib/editor';
import { flowBuildChecks } from './lib/buildFlow';
import { builtDescription, CREATE_FLOW_FIELDS, expectedFrom, RESOURCES } from './lib/expected';
import {
	ARTIFACTS,
	DOCS_SCREENSHOT,
	N8N_NOISE,
	N8nHomeWithoutBanners,
	PACKAGE_REQUEST,
	parseArgs,
	shot,
	shotForDocs,
	writeReport,
	type StepResult,
} from './lib/run';

async function main(): Promise<number> {
	const options = parseArgs(process.argv.slice(2));
	const started = Date.now();
	const log = (line: string) => console.log(`[browser ${formatDuration(Date.now() - started).padStart(7)}] ${line}`);
	const timings: Record<string, number> = {};
	const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
		const t0 = Date.now();
		try {
			return await fn();
		} finally {
			timings[name] = Date.now() - t0;
		}
	};

	let emulator: Emulator | undefined;
	let server: N8nServer | undefined;
	let browser: EditorBrowser | undefined;
	let folder: string | undefined;
	let stopped: Promise<void> | undefined;
	const stopAll = () =>
		(stopped ??= (async () => {
			const t0 = Date.now();
			const chromiumPid = browser?.server.process().pid;
			await browser?.close().catch(() => undefined);
			const n8nPid = server?.child.pid;
			await server?.stop().catch(() => undefined);
			await emulator?.close().catch(() => undefined);
			if (folder && !options.keep) await rm(folder, { recursive: true, force: true }).catch(() => undefined);
			const left = [chromiumPid, n8nPid].filter((pid): pid is number => pid !== undefined && alive(pid));
			timings.stop = Date.now() - t0;
			log(
				left.length === 0
					? `stopped Chromium, n8n (and its task runner) and the emulator in ${formatDuration(timings.stop)}`
					: `still running after stop: ${left.join(', ')}`,
			);
		})());
	// Stopping in the middle of setup: an n8n CLI command (import) may still run; it is killed when this process exits
	// (scripts/n8n/proc), so the user folder is removed after that, by an exit listener registered last.
	const exitNow = (code: number) => {
		process.once('exit', () => {
			if (folder && !options.keep) rmSync(folder, { recursive: true, force: true });
		});
		process.exit(code);
	};
	const watchdog = setTimeout(() => {
		log(`overall time limit (${formatDuration(options.timeoutMs)}) reached: stopping everything`);
		void stopAll().finally(() => exitNow(1));
	}, options.timeoutMs);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			log(`${signal}: stopping everything`);
			void stopAll().finally(() => exitNow(130));
		});
	}

	const steps: StepResult[] = [];
	try {
		await rm(ARTIFACTS, { recursive: true, force: true });
		await mkdir(ARTIFACTS, { recursive: true });

		// ---- the editor, as npm start sets it up ------------------------------------------------------------------
		if (options.build) await timed('build', () => buildPackage(log));
		const install = await timed('n8n install (cached after the first run)', () => ensureN8n(N8N_LINES.oldest2, log));
		folder = await mkdtemp(join(tmpdir(), 'appflow-browser-'));
		emulator = await startEmulator({ host: '127.0.0.1', port: 0, runDurationMs: 1000 });
		log(`AppFlow emulator on ${emulator.url}`);
		const home = new N8nHomeWithoutBanners(install, join(folder, 'user'), `browser-${Date.now()}`);
		await timed('pack + install the package', async () => home.prepare(await packPackage(join(folder!, 'pack'))));
		const examples = loadExamples();
		await timed('import credential + samples', async () => {
			await home.importCredentials([emulatorCredential(emulator!.url)]);
			await home.importWorkflows(examples.map((e) => e.workflow));
		});
		server = await timed('n8n start', async () => home.start(await freePort(), { timeoutMs: 180_000 }));
		await setupOwner(server.url);
		log(`n8n ${install.version} on ${server.url} (user folder ${join(folder, 'user')})`);

		browser = await timed('launch Chromium', () => launchEditorBrowser());
		const { page } = browser;
		page.setDefaultTimeout(20_000);
		log(`Chromium ${browser.browser.version()} (headless)`);

		// ---- the checks ---------------------------------------------------------------------------------------------
		const description = builtDescription();
		const expected = expectedFrom(description);
		const sample = examples[0].workflow;
		const appflowNodes = sample.nodes.filter((n) => n.type === NODE_TYPE);
		const createNode = appflowNodes.find(
			(n) => n.parameters.resource === 'flow' && n.parameters.operation === 'createFlow',
		);
		if (!createNode) throw new Error(`${examples[0].file} has no Flow → Create node to open`);
		const flowName = expected.resourceName('flow');
		const createName = expected.operationName('flow', 'createFlow');
		const createFields = [
			...new Set([
				...CREATE_FLOW_FIELDS,
				...expected.fields({ resource: 'flow', operation: 'createFlow', inputMode: 'fields' }),
			]),
		];
		let panel: Locator | undefined;
		let docsShot: string | undefined;
		let fallbackShot: string | undefined;

		const checks: Array<{ name: string; fatal?: boolean; run: () => Promise<string | void> }> = [
			{
				name: `signs in as the owner (${DEMO_OWNER.email}) through the sign-in form`,
				fatal: true,
				run: () => signIn(page, server!.url, DEMO_OWNER),
			},
			{
				name: `opens the sample "${sample.name}": its ${appflowNodes.length} AWS AppFlow nodes are on the canvas as ${NODE_TYPE}`,
				fatal: true,
				run: async () => {
					const onCanvas = await openWorkflow(page, server!.url, sample.id);
					const wrong = appflowNodes
						.filter((n) => onCanvas.get(n.name) !== NODE_TYPE)
						.map((n) => `${n.name}: ${onCanvas.get(n.name) ?? 'not on the canvas'}`);
					if (wrong.length > 0) throw new Error(`not shown as ${NODE_TYPE}: ${wrong.join('; ')}`);
					for (const node of appflowNodes) {
						const icon = await waitUntil(
							() => nodeIcon(page, node.name),
							(i) => i.loaded,
							(i) => `"${node.name}" shows no icon (${i ? `img ${i.src} did not load` : 'no img'})`,
						);
						if (!icon.src.includes(`/icons/${PACKAGE_NAME}/`))
							throw new Error(`"${node.name}" shows ${icon.src}, not the package's icon`);
					}
					return 'canvas';
				},
			},
			{
				name: `double-clicking "${createNode.name}" opens its panel: credential "${EXAMPLE_CREDENTIAL.name}", ${flowName} / ${createName} / JSON, Request (JSON)`,
				fatal: true,
				run: async () => {
					panel = await openNodePanel(page, createNode.name);
					const seen = {
						title: await panelTitle(panel),
						credential: await credentialValue(panel),
						resource: await parameterValue(panel, 'resource'),
						operation: await parameterValue(panel, 'operation'),
						inputMode: await parameterValue(panel, 'inputMode'),
					};
					const want = {
						title: createNode.name,
						credential: EXAMPLE_CREDENTIAL.name,
						resource: flowName,
						operation: createName,
						inputMode: 'JSON',
					};
					if (JSON.stringify(seen) !== JSON.stringify(want))
						throw new Error(`panel shows ${JSON.stringify(seen)}, expected ${JSON.stringify(want)}`);
					const missing = await missingLabels(
						panel,
						expected.fields({ resource: 'flow', operation: 'createFlow', inputMode: 'json' }),
					);
					if (missing.length > 0)
						throw new Error(`missing ${missing.join(', ')}; shown: ${(await shownLabels(panel)).join(', ')}`);
					return 'panel-json';
				},
			},
			{
				name: `the Resource dropdown lists the six resources: ${RESOURCES.join(', ')}`,
				run: async () => {
					// The screenshot once the list has faded in (Element Plus animates it).
					const names = await dropdownOptionNames(page, panel!, 'resource', async () => {
						await page.waitForTimeout(400);
						await shot(page, steps.length + 1, 'resource-dropdown');
					});
					if (JSON.stringify(names) !== JSON.stringify(RESOURCES))
						throw new Error(`Resource lists [${names.join(', ')}]`);
					if (JSON.stringify(names) !== JSON.stringify(expected.resources))
						throw new Error(
							`the built node declares [${expected.resources.join(', ')}], the panel lists [${names.join(', ')}]`,
						);
				},
			},
			{
				name: `the Operation dropdown lists ${flowName}'s operations: ${expected.operations('flow').join(', ')}`,
				run: async () => {
					const names = await dropdownOptionNames(page, panel!, 'operation');
					if (JSON.stringify(names) !== JSON.stringify(expected.operations('flow')))
						throw new Error(`Operation lists [${names.join(', ')}]`);
				},
			},
			{
				name: `Input Mode → Fields shows the ${flowName} → ${createName} form: ${createFields.join(', ')}`,
				run: async () => {
					await chooseOption(page, panel!, 'inputMode', 'Fields');
					const missing = await missingLabels(panel!, createFields);
					if (missing.length > 0)
						throw new Error(`missing ${missing.join(', ')}; shown: ${(await shownLabels(panel!)).join(', ')}`);
					return 'panel-fields';
				},
			},
			{
				name: `Resource → ${expected.resourceName('tag')} switches the operations to ${expected.operations('tag').join(', ')}`,
				run: async () => {
					await chooseOption(page, panel!, 'resource', expected.resourceName('tag'));
					const names = await dropdownOptionNames(page, panel!, 'operation');
					if (JSON.stringify(names) !== JSON.stringify(expected.operations('tag')))
						throw new Error(`Operation lists [${names.join(', ')}]`);
				},
			},
			{
				name: `the node creator adds AWS AppFlow → "${expected.operationAction('flow', 'createFlow')}", opening its panel with the Fields form`,
				run: async () => {
					await closeNodePanel(page);
					// A fresh page (the panel's edits are not saved): the second sample has a trigger to add after.
					await openWorkflow(page, server!.url, examples[examples.length - 1].workflow.id);
					await addNodeFromCreator(
						page,
						description.displayName,
						description.displayName,
						expected.operationAction('flow', 'createFlow'),
					);
					const added = page.getByTestId('ndv');
					await added.waitFor({ state: 'visible', timeout: 15_000 });
					const seen = [
						await parameterValue(added, 'resource'),
						await parameterValue(added, 'operation'),
						await parameterValue(added, 'inputMode'),
					];
					if (seen.join(' / ') !== `${flowName} / ${createName} / Fields`)
						throw new Error(`the new node's panel shows ${seen.join(' / ')}`);
					const missing = await missingLabels(added, createFields);
					if (missing.length > 0)
						throw new Error(`missing ${missing.join(', ')}; shown: ${(await shownLabels(added)).join(', ')}`);
					return 'added-node';
				},
			},
			...flowBuildChecks({
				page,
				baseUrl: () => server!.url,
				emulator: () => emulator!,
				expected,
				shoot: (label) => shotForDocs(page, steps.length + 1, label, options.updateScreenshot),
				log,
			}),
			{
				name: "the editor raised no errors on the way (uncaught or logged, but n8n's own seen without the node) and every request about the package succeeded",
				run: async () => {
					const errors = browser!.errors
						.filter((e) => !N8N_NOISE.some((re) => re.test(e.text)))
						.map((e) => `${e.kind}: ${e.text.split('\n').slice(0, 2).join(' | ')}`);
					const failed = browser!.failedResponses.filter((r) => PACKAGE_REQUEST.test(r));
					const problems = [...new Set([...errors, ...failed.map((r) => `request: ${r}`)])];
					if (problems.length > 0) throw new Error(`${problems.length} problem(s):\n    ${problems.join('\n    ')}`);
				},
			},
		];

		for (const check of checks) {
			const t0 = Date.now();
			const errorsBefore = browser.errors.length;
			const index = steps.length + 1;
			try {
				const label = await check.run();
				const result: StepResult = { name: check.name, ok: true, ms: Date.now() - t0 };
				if (label) {
					result.screenshot = await shot(page, index, label);
					if (label === 'panel-json') fallbackShot = result.screenshot;
					if (label === 'panel-fields') docsShot = result.screenshot;
				}
				steps.push(result);
				log(`PASS ${check.name} (${formatDuration(result.ms)})`);
			} catch (error) {
				const editorErrors = browser.errors.slice(errorsBefore).filter((e) => !N8N_NOISE.some((re) => re.test(e.text)));
				const message = [
					...(error as Error).message.split('\n').slice(0, 12),
					...editorErrors.map((e) => `editor ${e.kind}: ${e.text.split('\n').slice(0, 3).join(' | ')}`),
				].join('\n    ');
				const result: StepResult = {
					name: check.name,
					ok: false,
					ms: Date.now() - t0,
					error: message,
					screenshot: await shot(page, index, 'FAILED').catch(() => undefined),
				};
				steps.push(result);
				log(`FAIL ${check.name} (${formatDuration(result.ms)})\n    ${message}`);
				// A dropdown left open by the failure would swallow the next check's clicks; Escape closes it (and only it).
				if (
					(await page
						.locator('.el-select-dropdown__item:visible')
						.count()
						.catch(() => 0)) > 0
				)
					await page.keyboard.press('Escape').catch(() => undefined);
				if (check.fatal) break;
			}
		}
		timings['browser checks'] = steps.reduce((sum, s) => sum + s.ms, 0);

		if (options.updateScreenshot) {
			const source = docsShot ?? fallbackShot;
			if (source) {
				await mkdir(join(REPO_ROOT, 'docs', 'screenshots'), { recursive: true });
				await copyFile(source, DOCS_SCREENSHOT);
				log(
					`wrote docs/screenshots/aws-appflow-node.png from ${source.split('/').pop()}${docsShot ? '' : ' (the Fields form did not show: the JSON-mode panel instead)'}`,
				);
			} else log('no panel screenshot to write to docs/screenshots/');
		}
	} catch (error) {
		steps.push({ name: 'setup', ok: false, ms: 0, error: (error as Error).message });
		log(`FAIL setup: ${(error as Error).message}`);
	} finally {
		await stopAll();
		clearTimeout(watchdog);
	}

	timings.total = Date.now() - started;
	const ok = await writeReport(steps, timings, browser, log);
	return ok ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	(error: Error) => {
		console.error(`test:browser failed: ${error.stack ?? error.message}`);
		process.exit(1);
	},
);
