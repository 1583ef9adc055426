/**
 * Debian's Chromium (/usr/bin/chromium, see scripts/browser/ensure-chromium.sh) driven by playwright-core, which
 * never downloads a browser. Headless, a fresh profile per launch (Playwright makes one in the temp folder), and kept
 * on loopback: hostnames other than localhost do not resolve, and every request to a host that is not loopback is
 * aborted and recorded, so the check also tells what the editor tried to reach.
 */
import { existsSync } from 'node:fs';

import { chromium, selectors, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.APPFLOW_CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this machine's notes prescribe: no GPU, no QUIC, nothing in the background that reaches the network. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface EditorBrowser {
	/** The Chromium process Playwright launched (its pid: server.process().pid). */
	server: BrowserServer;
	browser: Browser;
	context: BrowserContext;
	page: Page;
	/** Non-loopback URLs the page asked for (all aborted). */
	blocked: string[];
	/** Loopback responses with a status of 400 or more: "404 GET /path". */
	failedResponses: string[];
	/** Uncaught page errors and console errors, in order, with the time they came. */
	errors: Array<{ at: number; kind: 'pageerror' | 'console'; text: string }>;
	close(): Promise<void>;
}

export async function launchEditorBrowser(
	options: { viewport?: { width: number; height: number }; timeoutMs?: number } = {},
): Promise<EditorBrowser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`${CHROMIUM_PATH} is missing: run scripts/browser/ensure-chromium.sh (as root) to install Debian's chromium`,
		);
	}
	// n8n's editor marks its elements with data-test-id.
	selectors.setTestIdAttribute('data-test-id');
	// launchServer, not launch: it hands back the Chromium process, so the check can make sure it is gone. Playwright
	// talks to it over a websocket on loopback.
	const server = await chromium.launchServer({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: CHROMIUM_ARGS,
		host: '127.0.0.1',
		port: 0,
		timeout: options.timeoutMs ?? 60_000,
		// Playwright's own handling of these signals would race ours; the caller stops the browser.
		handleSIGINT: false,
		handleSIGTERM: false,
		handleSIGHUP: false,
	});
	const pid = server.process().pid;
	try {
		return await connect(server, pid, options);
	} catch (error) {
		await server.kill();
		throw error;
	}
}

async function connect(
	server: BrowserServer,
	pid: number | undefined,
	options: { viewport?: { width: number; height: number }; timeoutMs?: number },
): Promise<EditorBrowser> {
	const browser = await chromium.connect(server.wsEndpoint(), { timeout: options.timeoutMs ?? 60_000 });
	const context = await browser.newContext({
		viewport: options.viewport ?? { width: 1600, height: 1000 },
		deviceScaleFactor: 1,
		serviceWorkers: 'block',
		locale: 'en-US',
		timezoneId: 'UTC',
	});
	const blocked: string[] = [];
	await context.route('**/*', async (route) => {
		const url = route.request().url();
		let host = '';
		try {
			host = new URL(url).hostname;
		} catch {
			/* data: and the like have no host */
		}
		if (url.startsWith('data:') || url.startsWith('blob:') || LOOPBACK.has(host)) return await route.continue();
		blocked.push(url);
		return await route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	const errors: EditorBrowser['errors'] = [];
	page.on('pageerror', (error) =>
		errors.push({ at: Date.now(), kind: 'pageerror', text: `${error.message}\n${error.stack ?? ''}`.trim() }),
	);
	const failedResponses: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) {
			const url = new URL(response.url());
			failedResponses.push(`${response.status()} ${response.request().method()} ${url.pathname}${url.search}`);
		}
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push({ at: Date.now(), kind: 'console', text: message.text() });
	});

	const close = async () => {
		const within = (promise: Promise<unknown>, ms: number) =>
			Promise.race([promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))]);
		await within(browser.close(), 10_000);
		await within(server.close(), 10_000);
		// Still there: kill the browser we launched (Playwright kills its process group), then by its own id.
		if (pid !== undefined && alive(pid)) await within(server.kill(), 10_000);
		if (pid !== undefined && alive(pid)) {
			for (const target of [-pid, pid]) {
				try {
					process.kill(target, 'SIGKILL');
				} catch {
					/* not a group leader, or gone */
				}
			}
		}
	};
	return { server, browser, context, page, blocked, failedResponses, errors, close };
}

export function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}
