/** The browser check's run settings: command-line options, where artifacts go, what editor noise to ignore. */
import { join } from 'node:path';

import { copyFile, writeFile } from 'node:fs/promises';

import type { Page } from 'playwright-core';

import { N8N_LINES, N8nHome, REPO_ROOT } from '../../../scripts/n8n';
import { formatDuration } from '../../../scripts/n8n/proc';
import type { EditorBrowser } from './chromium';

export const ARTIFACTS = join(REPO_ROOT, 'artifacts', 'browser');
export const DOCS_SCREENSHOT = join(REPO_ROOT, 'docs', 'screenshots', 'aws-appflow-node.png');

/**
 * Editor errors of n8n's own, seen with every workflow and no AppFlow node: the browser's line for each failed request
 * (those are judged by their address instead), the banners and AI sessions it cannot fetch here, and the version
 * notifications store reading settings that N8N_VERSION_NOTIFICATIONS_ENABLED=false leaves out.
 */
export const N8N_NOISE = [/^Failed to load resource/, /dynamic banners/i, /sessions metadata/i, /versions\.store/];
/** Requests of the editor that concern the package: its node types, icons, credential types. */
export const PACKAGE_REQUEST = /n8n-nodes-aws-appflow|awsAppFlow|\/types\/|\/icons\//;

export class N8nHomeWithoutBanners extends N8nHome {
	override async env(extra: Record<string, string> = {}): Promise<NodeJS.ProcessEnv> {
		// The editor would ask api.n8n.io for banners; the browser blocks it anyway, this keeps the log clean.
		return await super.env({ N8N_DYNAMIC_BANNERS_ENABLED: 'false', ...extra });
	}
}

export interface Options {
	build: boolean;
	updateScreenshot: boolean;
	timeoutMs: number;
	keep: boolean;
}

export function parseArgs(argv: string[]): Options {
	const options: Options = { build: true, updateScreenshot: false, timeoutMs: 15 * 60_000, keep: false };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		if (flag === '--skip-build') options.build = false;
		else if (flag === '--update-screenshot') options.updateScreenshot = true;
		else if (flag === '--keep') options.keep = true;
		else if (flag === '--timeout-min') options.timeoutMs = Number(inline ?? argv[++i]) * 60_000;
		else throw new Error(`Unknown option ${argv[i]} (see the header of test/browser/editor.browser.ts)`);
	}
	if (!(options.timeoutMs > 0)) throw new Error('--timeout-min needs a number of minutes');
	return options;
}

export async function shot(page: Page, index: number, label: string): Promise<string> {
	const path = join(ARTIFACTS, `${String(index).padStart(2, '0')}-${label}.png`);
	await page.screenshot({ path, timeout: 15_000 });
	return path;
}

/** A screenshot in the artifacts that, with --update-screenshot, also becomes docs/screenshots/<label>.png. */
export async function shotForDocs(page: Page, index: number, label: string, updateDocs: boolean): Promise<void> {
	const path = await shot(page, index, label);
	if (updateDocs) await copyFile(path, join(REPO_ROOT, 'docs', 'screenshots', `${label}.png`));
}

export interface StepResult {
	name: string;
	ok: boolean;
	ms: number;
	error?: string;
	screenshot?: string;
}

/** Writes artifacts/browser/report.json and logs the summary; true when every check passed. */
export async function writeReport(
	steps: StepResult[],
	timings: Record<string, number>,
	browser: EditorBrowser | undefined,
	log: (line: string) => void,
): Promise<boolean> {
	const failed = steps.filter((s) => !s.ok);
	const report = {
		ok: failed.length === 0,
		n8n: N8N_LINES.oldest2.version,
		chromium: browser?.browser.version(),
		steps,
		timingsMs: timings,
		blockedRequests: [...new Set(browser?.blocked ?? [])],
		editorErrors: browser?.errors ?? [],
		failedResponses: browser?.failedResponses ?? [],
	};
	await writeFile(join(ARTIFACTS, 'report.json'), JSON.stringify(report, null, 2) + '\n').catch(() => undefined);
	log(
		`timings: ${Object.entries(timings)
			.map(([k, v]) => `${k} ${formatDuration(v)}`)
			.join(', ')}`,
	);
	if (report.blockedRequests.length > 0)
		log(
			`blocked ${report.blockedRequests.length} request(s) off loopback: ${[...new Set(report.blockedRequests.map((u) => new URL(u).host))].join(', ')}`,
		);
	log(
		`${steps.length - failed.length}/${steps.length} checks passed; screenshots and report.json in artifacts/browser/`,
	);
	return report.ok;
}
