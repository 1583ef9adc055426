/**
 * Run by startup.ts in a fresh `node` (plain JavaScript, so no TypeScript loader is timed): loads n8n-workflow
 * first (n8n has it loaded), then the package's built node and credential files as n8n does at start, building
 * each exported class once because n8n reads every description. Prints one JSON line.
 *   node startupProbe.js '<json list of files>' lazy|eager|wall|baseline
 * `eager` also imports the SDK afterwards, to show what loading it at start would add. `wall` (load the package)
 * and `baseline` (n8n-workflow only) print nothing: they exist so the whole process can be timed from outside.
 */
const { performance } = require('perf_hooks');

const files = JSON.parse(process.argv[2]);
const mode = process.argv[3];

require('n8n-workflow');
if (mode === 'baseline') process.exit(0);
const before = new Set(Object.keys(require.cache));
const started = performance.now();
for (const file of files) {
	for (const Type of Object.values(require(file))) if (typeof Type === 'function') new Type();
}
const packageMs = performance.now() - started;
if (mode === 'wall') process.exit(0);

let sdkMs = null;
if (mode === 'eager') {
	const sdkStarted = performance.now();
	require('@aws-sdk/client-appflow');
	require('@aws-sdk/client-sts');
	sdkMs = performance.now() - sdkStarted;
}
const loaded = Object.keys(require.cache).filter((file) => !before.has(file));
const sdkModules = loaded.filter((file) => /node_modules[\\/]@(aws-sdk|smithy|aws-crypto)[\\/]/.test(file)).length;
const ownModules = loaded.filter((file) => !file.includes('node_modules')).length;
console.log(JSON.stringify({ packageMs, sdkMs, modules: loaded.length, ownModules, sdkModules }));
