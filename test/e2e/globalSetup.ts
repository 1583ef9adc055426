/**
 * Once per `npm run test:e2e`: build the package, make sure each n8n line under test (and the Node.js it runs on) is
 * installed in .n8n-local/ (minutes the first time, one after the other), pack the package, and install it into a
 * template user folder per line and install route. Test files copy a template's nodes/ into their own user folders.
 *
 * N8N_E2E_VERSIONS: comma-separated tested lines (default: every line in scripts/n8n/versions.ts; "2.x"/"1.x" accepted).
 * N8N_E2E_ROUTES: comma-separated install routes (default "community,npm").
 * APPFLOW_E2E_SKIP_BUILD=1 uses dist/ as it is.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	ALL_LINES,
	buildPackage,
	ensureN8n,
	INSTALL_ROUTES,
	installPackage,
	lineFor,
	packPackage,
	type InstallRoute,
} from '../../scripts/n8n';
import { formatDuration } from '../../scripts/n8n/proc';
import type { E2eTarget } from './targets';

export default async function globalSetup(): Promise<void> {
	const log = (line: string) => process.stderr.write(`[e2e setup] ${line}\n`);
	const started = Date.now();
	const lines = process.env.N8N_E2E_VERSIONS
		? process.env.N8N_E2E_VERSIONS.split(',')
				.map((v) => v.trim())
				.filter(Boolean)
				.map(lineFor)
		: ALL_LINES;
	const routes = (process.env.N8N_E2E_ROUTES?.split(',').map((r) => r.trim()) ?? INSTALL_ROUTES) as InstallRoute[];
	for (const route of routes) if (!INSTALL_ROUTES.includes(route)) throw new Error(`Unknown install route ${route}`);
	if (process.env.APPFLOW_E2E_SKIP_BUILD !== '1') await buildPackage(log);
	// Queue mode needs Debian's PostgreSQL and Redis (the test starts its own); installed here if missing.
	const services = spawnSync(join(__dirname, '..', '..', 'scripts', 'e2e', 'ensure-queue-services.sh'), {
		stdio: 'inherit',
	});
	if (services.status !== 0) throw new Error('Could not install PostgreSQL and Redis for the queue-mode test');
	const installs = [];
	for (const line of lines) {
		const t0 = Date.now();
		installs.push(await ensureN8n(line, log));
		log(`n8n ${line.version} ready after ${formatDuration(Date.now() - t0)}`);
	}
	const root = await mkdtemp(join(tmpdir(), 'appflow-e2e-template-'));
	const tarball = await packPackage(join(root, 'pack'));
	const targets: E2eTarget[] = [];
	for (const install of installs) {
		for (const route of routes) {
			const template = join(root, `${install.version}-${route}`);
			await mkdir(join(template, '.n8n'), { recursive: true });
			await installPackage(route, template, tarball, install.runtime, log);
			targets.push({ version: install.version, node: install.runtime.version, route, template });
		}
	}
	process.env.APPFLOW_E2E_TEMPLATE = root;
	process.env.APPFLOW_E2E_TARGETS = JSON.stringify(targets);
	log(
		`under test: ${targets.map((t) => `n8n ${t.version} (Node ${t.node}, ${t.route} route)`).join('; ')} - set up in ${formatDuration(Date.now() - started)}`,
	);
}
