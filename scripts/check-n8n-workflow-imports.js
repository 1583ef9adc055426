#!/usr/bin/env node
/**
 * CI check: every runtime value the BUILT package imports from `n8n-workflow` must be exported by the n8n-workflow
 * of the oldest and of the newest n8n we support. n8n loads a community package with its own n8n-workflow (the
 * community installer drops our peer dependency), so a symbol that one n8n line lacks crashes the node there at run
 * time (as `sleepWithAbort` did on n8n >= 2.34). Type-only imports are erased by tsc, which is why dist/ is read and
 * not the sources.
 *
 * Both ends are installed as aliased, exactly pinned dev dependencies (see SUPPORTED_RANGE). Their exports are read by
 * requiring them: that loads no native addon (n8n-workflow 2.41's isolated-vm is loaded lazily), so it works on the
 * Node that runs CI.
 *
 * Usage: node scripts/check-n8n-workflow-imports.js [distDir]   (exit 1 naming file and symbol when one is missing)
 */
'use strict';

const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

/** The two ends of the supported range: the dev dependency alias, and the n8n release that ships that n8n-workflow. */
const SUPPORTED_RANGE = [
	{ alias: 'n8n-workflow-oldest', n8nWorkflow: '1.120.0', n8n: '1.123.5' },
	{ alias: 'n8n-workflow-newest', n8nWorkflow: '2.41.0', n8n: '2.41.1' },
];

const MODULE = 'n8n-workflow';
const REQUIRE = String.raw`require\(\s*(?<quote>['"])n8n-workflow\k<quote>\s*\)`;

/**
 * Reads one CommonJS file (tsc output, or hand-written) and returns the names it takes from `n8n-workflow` at run time,
 * plus `problems`: any use this parser cannot account for (a namespace passed around, a re-export of the whole
 * module, a subpath or dynamic import). Unknown uses are failures, not silence: a check that skips what it cannot
 * read would pass on exactly the code it should stop.
 */
function collectImports(source) {
	const symbols = new Set();
	const problems = [];
	let accounted = 0;

	// const n8n_workflow_1 = require("n8n-workflow");   (also var/let, and tsc's __importStar(...) wrapper)
	const bindingPattern = new RegExp(
		String.raw`\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:(__importStar|__importDefault)\s*\(\s*)?${REQUIRE}(?!\s*\.)`,
		'g',
	);
	for (const match of source.matchAll(bindingPattern)) {
		accounted++;
		const [declaration, binding, wrapper] = match;
		if (wrapper === '__importDefault') {
			problems.push(`default import of ${MODULE} (${binding}): n8n-workflow has no default export`);
			continue;
		}
		const uses = new RegExp(String.raw`(?<![\w$.])${escapeRegExp(binding)}(?![\w$])(\s*\.\s*([A-Za-z_$][\w$]*))?`, 'g');
		const declaredAt = match.index + declaration.indexOf(binding, declaration.search(/\s/));
		for (const use of source.matchAll(uses)) {
			if (use.index === declaredAt) continue;
			if (use[2]) symbols.add(use[2]);
			else problems.push(`${binding} (the ${MODULE} module) used other than as ${binding}.<name>`);
		}
	}

	// const { NodeOperationError, NodeApiError: ApiError } = require("n8n-workflow");
	const destructurePattern = new RegExp(String.raw`\b(?:const|let|var)\s*\{([^}]*)\}\s*=\s*${REQUIRE}`, 'g');
	for (const match of source.matchAll(destructurePattern)) {
		accounted++;
		for (const part of match[1].split(',')) {
			const name = part.split(':')[0].trim();
			if (name === '') continue;
			if (/^[A-Za-z_$][\w$]*$/.test(name)) symbols.add(name);
			else problems.push(`cannot read the destructured import "${part.trim()}"`);
		}
	}

	// require("n8n-workflow").NodeOperationError
	for (const match of source.matchAll(new RegExp(`${REQUIRE}\\s*\\.\\s*([A-Za-z_$][\\w$]*)`, 'g'))) {
		accounted++;
		symbols.add(match[2]);
	}

	const mentions = [...source.matchAll(/(['"`])n8n-workflow(\/[^'"`]*)?\1/g)];
	for (const mention of mentions) {
		if (mention[2]) problems.push(`imports the subpath ${MODULE}${mention[2]}, which n8n does not promise to keep`);
	}
	const plainMentions = mentions.filter((m) => !m[2]).length;
	if (plainMentions > accounted) {
		problems.push(
			`${plainMentions - accounted} use(s) of "${MODULE}" other than const x = require(...), a destructuring require or require(...).name`,
		);
	}
	return { symbols: [...symbols].sort(), problems };
}

function escapeRegExp(text) {
	return text.replace(/[$.*+?^(){}[\]|\\]/g, '\\$&');
}

function jsFiles(dir) {
	const files = [];
	for (const entry of readdirSync(dir)) {
		const path = join(dir, entry);
		if (statSync(path).isDirectory()) files.push(...jsFiles(path));
		else if (/\.(c|m)?js$/.test(entry)) files.push(path);
	}
	return files.sort();
}

/** The runtime exports of an installed n8n-workflow copy, checked to be the pinned version. */
function exportsOf({ alias, n8nWorkflow }) {
	const manifest = require(`${alias}/package.json`);
	if (manifest.name !== MODULE || manifest.version !== n8nWorkflow) {
		throw new Error(
			`${alias} is ${manifest.name}@${manifest.version}, expected ${MODULE}@${n8nWorkflow}: package.json's alias and SUPPORTED_RANGE disagree`,
		);
	}
	return new Set(Object.keys(require(alias)));
}

function main() {
	const root = resolve(__dirname, '..');
	const dist = resolve(root, process.argv[2] ?? 'dist');
	const failures = [];
	const used = new Map(); // symbol -> files
	for (const file of jsFiles(dist)) {
		const name = relative(root, file);
		const { symbols, problems } = collectImports(readFileSync(file, 'utf8'));
		for (const problem of problems) failures.push(`${name}: ${problem}`);
		for (const symbol of symbols) used.set(symbol, [...(used.get(symbol) ?? []), name]);
	}
	if (used.size === 0 && failures.length === 0) failures.push(`no import of ${MODULE} found in ${dist}: built?`);
	for (const end of SUPPORTED_RANGE) {
		const exported = exportsOf(end);
		for (const [symbol, files] of used) {
			if (exported.has(symbol)) continue;
			for (const file of files) {
				failures.push(
					`${file}: imports ${symbol} from ${MODULE}, which ${MODULE} ${end.n8nWorkflow} (shipped by n8n ${end.n8n}) does not export`,
				);
			}
		}
	}
	const range = SUPPORTED_RANGE.map((e) => `${MODULE} ${e.n8nWorkflow} (n8n ${e.n8n})`).join(' and ');
	if (failures.length > 0) {
		console.error(`n8n-workflow import check FAILED against ${range}:\n  ${failures.join('\n  ')}`);
		process.exit(1);
	}
	console.log(`n8n-workflow imports OK against ${range}: ${[...used.keys()].sort().join(', ')}`);
}

module.exports = { collectImports, SUPPORTED_RANGE };

if (require.main === module) main();
