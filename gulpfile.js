// Copies node/credential icons next to the compiled code (the node at dist/nodes/AwsAppFlow/ refers to
// `file:../../icons/appflow.svg`, i.e. dist/icons/), and each node's codex file (<Node>.node.json: categories,
// aliases, docs links for n8n's node creator) beside its compiled <Node>.node.js, where n8n looks for it.
const { src, dest, task, parallel } = require('gulp');

function buildIcons() {
	// encoding: false keeps PNGs byte-exact (gulp 5 reads files as UTF-8 by default).
	return src('icons/**/*.{svg,png}', { encoding: false }).pipe(dest('dist/icons'));
}

function buildCodex() {
	return src('nodes/**/*.node.json').pipe(dest('dist/nodes'));
}

task('build:icons', parallel(buildIcons, buildCodex));
