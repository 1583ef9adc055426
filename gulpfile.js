// Copies node/credential icons next to the compiled code (the node at dist/nodes/AwsAppFlow/ refers to
// `file:../../icons/appflow.svg`, i.e. dist/icons/), and each node's codex file (categories, aliases, docs links
// for n8n's node creator) from codex/<Node>.node.json to dist/nodes/<Node>/, beside the compiled <Node>.node.js
// where n8n looks for it. The codex files live outside nodes/ because `require('./<Node>.node')` from TypeScript
// run by ts-node would pick the .json over the .ts.
const { src, dest, task, parallel } = require('gulp');

function buildIcons() {
	// encoding: false keeps PNGs byte-exact (gulp 5 reads files as UTF-8 by default).
	return src('icons/**/*.{svg,png}', { encoding: false }).pipe(dest('dist/icons'));
}

function buildCodex() {
	return src('codex/*.node.json').pipe(dest((file) => `dist/nodes/${file.stem.replace(/\.node$/, '')}`));
}

task('build:icons', parallel(buildIcons, buildCodex));
