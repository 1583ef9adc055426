/**
 * Once per `npm run test:e2e`: build the package, make sure each n8n under test is installed in .n8n-local/
 * (minutes the first time), pack the package and install it once into a template user folder the way n8n installs
 * a community package. Test files copy that folder's nodes/ into their own user folders.
 *
 * N8N_E2E_VERSIONS: comma-separated n8n versions (default "2.0.3,1.123.5"; "1.x"/"2.x" are accepted).
 * APPFLOW_E2E_SKIP_BUILD=1 uses dist/ as it is.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { buildPackage, ensureN8n, installPackageInto, N8N_VERSIONS, packPackage } from '../../scripts/demo/lib/n8n';

export default async function globalSetup(): Promise<void> {
	const log = (line: string) => process.stderr.write(`[e2e setup] ${line}\n`);
	const versions = (process.env.N8N_E2E_VERSIONS ?? `${N8N_VERSIONS.v2},${N8N_VERSIONS.v1}`)
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean)
		.map((v) => (v === '1.x' ? N8N_VERSIONS.v1 : v === '2.x' ? N8N_VERSIONS.v2 : v));
	if (process.env.APPFLOW_E2E_SKIP_BUILD !== '1') await buildPackage(log);
	for (const version of versions) await ensureN8n(version, log);
	const template = await mkdtemp(join(tmpdir(), 'appflow-e2e-template-'));
	const tarball = await packPackage(join(template, 'pack'));
	log(`installing ${tarball.split('/').pop()} into a template n8n user folder`);
	await installPackageInto(template, tarball);
	process.env.APPFLOW_E2E_TEMPLATE = template;
	process.env.APPFLOW_E2E_VERSIONS = versions.join(',');
	log(`n8n under test: ${versions.join(', ')}`);
}
