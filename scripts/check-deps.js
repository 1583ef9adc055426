#!/usr/bin/env node
/**
 * Supply-chain check of the production dependency tree (what users install with the package). Fails when:
 *   1. package.json's `dependencies` name anything beyond the allowed runtime roots below;
 *   2. the installed production tree (`npm ls --omit=dev --all --json`) differs from the union of the roots' own
 *      trees, derived from package-lock.json by Node's module resolution (no hand-written package list);
 *      npm ls problems (missing, invalid, extraneous) fail too;
 *   3. a package in it declares an install script (preinstall, install, postinstall) or ships a binding.gyp
 *      (which npm builds with node-gyp), in its installed package.json or in the lockfile;
 *   4. a package appears in more than one version (the AWS SDK's packages must dedupe to one copy each).
 * Prints the tree's size per root. Usage: node scripts/check-deps.js [--json] [--root <package folder>]
 */
'use strict';

const { execFileSync } = require('child_process');
const { existsSync, readFileSync } = require('fs');
const { join } = require('path');

/**
 * The runtime dependencies this package is allowed to have. Everything below them is derived from the lockfile.
 * Adding a root is a decision (it makes n8n users install more code), so it is made here, in review.
 */
const ALLOWED_ROOTS = ['@aws-sdk/client-appflow', '@aws-sdk/client-sts', '@aws-sdk/credential-provider-node'];
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

const rootFlag = process.argv.indexOf('--root');
const root = rootFlag === -1 ? join(__dirname, '..') : process.argv[rootFlag + 1];
const failures = [];
const fail = (message) => failures.push(message);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
if (!lock.packages) {
	console.error('package-lock.json has no "packages" section (lockfileVersion >= 2 needed)');
	process.exit(2);
}

// 1. Direct runtime dependencies.
const direct = Object.keys(pkg.dependencies ?? {});
for (const name of direct) {
	if (!ALLOWED_ROOTS.includes(name))
		fail(`package.json depends on ${name}, which is not an allowed runtime root (${ALLOWED_ROOTS.join(', ')})`);
}
for (const name of ALLOWED_ROOTS) {
	if (!direct.includes(name)) fail(`allowed runtime root ${name} is missing from package.json dependencies`);
}

// 2a. The roots' trees from the lockfile: resolve each dependency as Node does, from the nearest node_modules up.
/** The lockfile key a dependency `name` of the package at `from` resolves to. */
function resolve(from, name) {
	let base = from;
	for (;;) {
		const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
		if (lock.packages[candidate]) return candidate;
		if (!base) return undefined;
		const at = base.lastIndexOf('/node_modules/');
		base = at === -1 ? '' : base.slice(0, at);
	}
}
const nameOf = (key) => lock.packages[key].name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

const treeOf = new Map(); // root -> Set of lockfile keys
for (const rootName of direct) {
	const start = resolve('', rootName);
	const seen = new Set();
	if (!start) {
		fail(`${rootName} is not in package-lock.json`);
	} else {
		const queue = [start];
		while (queue.length > 0) {
			const key = queue.pop();
			if (seen.has(key)) continue;
			seen.add(key);
			const entry = lock.packages[key];
			const optionalPeers = Object.entries(entry.peerDependenciesMeta ?? {})
				.filter(([, meta]) => meta.optional)
				.map(([name]) => name);
			const wanted = {
				...entry.dependencies,
				...entry.optionalDependencies,
				...Object.fromEntries(
					Object.entries(entry.peerDependencies ?? {}).filter(([name]) => !optionalPeers.includes(name)),
				),
			};
			for (const dep of Object.keys(wanted)) {
				const resolved = resolve(key, dep);
				if (resolved) queue.push(resolved);
				else if (!(entry.optionalDependencies ?? {})[dep])
					fail(`${nameOf(key)} needs ${dep}, which package-lock.json does not hold`);
			}
		}
	}
	treeOf.set(rootName, seen);
}
const expected = new Set([...treeOf.values()].flatMap((keys) => [...keys]));
const asId = (key) => `${nameOf(key)}@${lock.packages[key].version}`;
const expectedIds = new Set([...expected].map(asId));

// The lockfile's own production entries (not dev, not peer-only) must be exactly that union.
const lockProd = Object.keys(lock.packages).filter(
	(key) => key !== '' && !lock.packages[key].dev && !lock.packages[key].link,
);
for (const key of lockProd)
	if (!expected.has(key))
		fail(`package-lock.json has production package ${asId(key)} (${key}) outside the roots' trees`);

// 2b. What npm says is installed.
let tree;
try {
	tree = JSON.parse(
		execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], {
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'pipe'],
		}),
	);
} catch (error) {
	// npm ls exits non-zero on problems but still prints the tree.
	if (!error.stdout) throw error;
	tree = JSON.parse(error.stdout);
}
for (const problem of tree.problems ?? []) fail(`npm ls: ${problem}`);
const installedIds = new Set();
(function walk(node) {
	for (const [name, child] of Object.entries(node.dependencies ?? {})) {
		if (child.missing) {
			fail(`npm ls: ${name} is missing`);
			continue;
		}
		installedIds.add(`${name}@${child.version}`);
		walk(child);
	}
})(tree);
for (const id of installedIds)
	if (!expectedIds.has(id)) fail(`installed production package ${id} is outside the roots' trees in package-lock.json`);
for (const id of expectedIds)
	if (!installedIds.has(id)) fail(`${id} from the roots' trees is not in the installed production tree (run npm ci)`);

// 3. Install scripts.
const withScripts = [];
for (const key of expected) {
	const entry = lock.packages[key];
	const manifestPath = join(root, key, 'package.json');
	const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
	if (!manifest) fail(`${asId(key)} is not installed at ${key}`);
	const scripts = INSTALL_SCRIPTS.filter((script) => manifest?.scripts?.[script]);
	if (existsSync(join(root, key, 'binding.gyp'))) scripts.push('binding.gyp (node-gyp rebuild)');
	if (entry.hasInstallScript && scripts.length === 0) scripts.push('hasInstallScript in package-lock.json');
	if (scripts.length > 0) withScripts.push(`${asId(key)}: ${scripts.join(', ')}`);
}
for (const line of withScripts) fail(`install script: ${line}`);

// 4. One version per package.
const versions = new Map();
for (const id of expectedIds) {
	const at = id.lastIndexOf('@');
	const name = id.slice(0, at);
	versions.set(name, [...(versions.get(name) ?? []), id.slice(at + 1)]);
}
for (const [name, list] of versions) {
	if (list.length > 1)
		fail(
			`${name} is installed in ${list.length} versions (${list.sort().join(', ')}); align the roots' versions so it dedupes`,
		);
}

// Report.
const summary = {
	roots: Object.fromEntries(
		[...treeOf].map(([name, keys]) => [`${name}@${lock.packages[resolve('', name)]?.version}`, keys.size]),
	),
	packages: expected.size,
	uniqueNames: versions.size,
	installScripts: withScripts.length,
	failures,
};
if (process.argv.includes('--json')) {
	console.log(JSON.stringify(summary, null, 2));
} else {
	console.log(
		`Production dependency tree: ${expected.size} packages (${versions.size} names), all within the trees of:`,
	);
	for (const [name, size] of Object.entries(summary.roots))
		console.log(`  ${name}: ${size} packages with its own tree`);
	console.log(`Install scripts: ${withScripts.length}`);
}
if (failures.length > 0) {
	console.error(`\ncheck-deps: ${failures.length} problem(s):`);
	for (const message of failures) console.error(`  - ${message}`);
	process.exit(1);
}
if (!process.argv.includes('--json')) console.log('check-deps: OK');
