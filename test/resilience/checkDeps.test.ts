/**
 * scripts/check-deps.js: passes on this repository, and fails on a fixture package for each thing it guards
 * against (an extra runtime root, a package outside the roots' trees, an install script, a duplicated version).
 * Fixtures are tiny folders with a package.json, a package-lock.json and node_modules; npm ls reads them offline.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'check-deps.js');

interface FakePackage {
	/** Lockfile key, for example node_modules/@aws-sdk/core or node_modules/a/node_modules/b. */
	key: string;
	name: string;
	version: string;
	dependencies?: Record<string, string>;
	scripts?: Record<string, string>;
	dev?: boolean;
}

const ROOTS = ['@aws-sdk/client-appflow', '@aws-sdk/client-sts', '@aws-sdk/credential-provider-node'];

function basePackages(): FakePackage[] {
	return [
		{
			key: 'node_modules/@aws-sdk/client-appflow',
			name: '@aws-sdk/client-appflow',
			version: '1.0.0',
			dependencies: { '@aws-sdk/core': '^1.0.0', '@aws-sdk/credential-provider-node': '^1.0.0' },
		},
		{
			key: 'node_modules/@aws-sdk/client-sts',
			name: '@aws-sdk/client-sts',
			version: '1.0.0',
			dependencies: { '@aws-sdk/core': '^1.0.0' },
		},
		{
			key: 'node_modules/@aws-sdk/credential-provider-node',
			name: '@aws-sdk/credential-provider-node',
			version: '1.0.0',
			dependencies: { tslib: '^2.0.0' },
		},
		{ key: 'node_modules/@aws-sdk/core', name: '@aws-sdk/core', version: '1.2.0', dependencies: { tslib: '^2.0.0' } },
		{ key: 'node_modules/tslib', name: 'tslib', version: '2.8.1' },
		{
			key: 'node_modules/jest-like',
			name: 'jest-like',
			version: '29.0.0',
			dev: true,
			scripts: { postinstall: 'echo dev tools may' },
		},
	];
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixture(
	packages: FakePackage[],
	dependencies: Record<string, string> = Object.fromEntries(ROOTS.map((r) => [r, '^1.0.0'])),
): string {
	const dir = mkdtempSync(join(tmpdir(), 'check-deps-'));
	dirs.push(dir);
	const devDependencies = Object.fromEntries(packages.filter((p) => p.dev).map((p) => [p.name, p.version]));
	const manifest = { name: 'fixture', version: '0.0.0', dependencies, devDependencies };
	writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
	const lockPackages: Record<string, unknown> = {
		'': { name: 'fixture', version: '0.0.0', dependencies, devDependencies },
	};
	for (const p of packages) {
		lockPackages[p.key] = {
			version: p.version,
			...(p.dependencies ? { dependencies: p.dependencies } : {}),
			...(p.dev ? { dev: true } : {}),
			...(p.scripts?.postinstall || p.scripts?.install || p.scripts?.preinstall ? { hasInstallScript: true } : {}),
		};
		const folder = join(dir, p.key);
		mkdirSync(folder, { recursive: true });
		writeFileSync(
			join(folder, 'package.json'),
			JSON.stringify({ name: p.name, version: p.version, dependencies: p.dependencies, scripts: p.scripts }),
		);
	}
	writeFileSync(
		join(dir, 'package-lock.json'),
		JSON.stringify({ name: 'fixture', version: '0.0.0', lockfileVersion: 3, requires: true, packages: lockPackages }),
	);
	mkdirSync(dirname(join(dir, 'node_modules', 'x')), { recursive: true });
	return dir;
}

function check(dir?: string): { status: number | null; out: string } {
	const result = spawnSync('node', [SCRIPT, ...(dir ? ['--root', dir] : [])], { encoding: 'utf8', timeout: 60_000 });
	return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}

it('passes on this repository: the production tree is the three roots’ trees, no install scripts, one version each', () => {
	const { status, out } = check();
	expect(out).toMatch(/check-deps: OK/);
	expect(status).toBe(0);
	const summary = JSON.parse(execFileSync('node', [SCRIPT, '--json'], { encoding: 'utf8' })) as {
		packages: number;
		uniqueNames: number;
		installScripts: number;
	};
	expect(summary.packages).toBe(summary.uniqueNames);
	expect(summary.installScripts).toBe(0);
});

it('passes on a clean fixture, whatever its dev dependencies do', () => {
	const { status, out } = check(fixture(basePackages()));
	expect(out).toMatch(/Production dependency tree: 5 packages/);
	expect(status).toBe(0);
});

it('fails on a runtime dependency beyond the allowed roots', () => {
	const packages = [...basePackages(), { key: 'node_modules/left-pad', name: 'left-pad', version: '1.3.0' }];
	const { status, out } = check(
		fixture(packages, { ...Object.fromEntries(ROOTS.map((r) => [r, '^1.0.0'])), 'left-pad': '1.3.0' }),
	);
	expect(status).toBe(1);
	expect(out).toMatch(/package\.json depends on left-pad, which is not an allowed runtime root/);
});

it('fails on a production package in the lockfile that no root needs', () => {
	const packages = [...basePackages(), { key: 'node_modules/stray', name: 'stray', version: '1.0.0' }];
	const { status, out } = check(fixture(packages));
	expect(status).toBe(1);
	expect(out).toMatch(/production package stray@1\.0\.0 \(node_modules\/stray\) outside the roots' trees/);
});

it('fails on an install script in the production tree', () => {
	const packages = basePackages().map((p) =>
		p.name === 'tslib' ? { ...p, scripts: { postinstall: 'node steal.js' } } : p,
	);
	const { status, out } = check(fixture(packages));
	expect(status).toBe(1);
	expect(out).toMatch(/install script: tslib@2\.8\.1: postinstall/);
});

it('fails when a package is installed in two versions', () => {
	const packages = [
		...basePackages().map((p) =>
			p.name === '@aws-sdk/client-sts' ? { ...p, dependencies: { '@aws-sdk/core': '^2.0.0' } } : p,
		),
		{ key: 'node_modules/@aws-sdk/client-sts/node_modules/@aws-sdk/core', name: '@aws-sdk/core', version: '2.0.0' },
	];
	const { status, out } = check(fixture(packages));
	expect(status).toBe(1);
	expect(out).toMatch(/@aws-sdk\/core is installed in 2 versions \(1\.2\.0, 2\.0\.0\)/);
});
