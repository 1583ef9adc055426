/**
 * scripts/check-n8n-workflow-imports.js: its parser finds every runtime name taken from n8n-workflow in tsc's
 * CommonJS output and in hand-written requires, and reports what it cannot account for; run on a dist folder it
 * names file and symbol for an import missing at either end of the supported range, and passes on the real build's
 * imports.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { collectImports, SUPPORTED_RANGE } = require('../../scripts/check-n8n-workflow-imports.js') as {
	collectImports: (source: string) => { symbols: string[]; problems: string[] };
	SUPPORTED_RANGE: Array<{ alias: string; n8nWorkflow: string; n8n: string }>;
};

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'check-n8n-workflow-imports.js');

describe('collectImports', () => {
	it("reads tsc's namespace binding: calls, constructors, re-export getters", () => {
		const source = [
			'"use strict";',
			'const n8n_workflow_1 = require("n8n-workflow");',
			'throw new n8n_workflow_1.NodeOperationError(node, "x");',
			'const d = (0, n8n_workflow_1.updateDisplayOptions)({}, []);',
			'Object.defineProperty(exports, "NodeApiError", { enumerable: true, get: function () { return n8n_workflow_1.NodeApiError; } });',
			'outputs: [n8n_workflow_1 . NodeConnectionTypes.Main],',
		].join('\n');
		expect(collectImports(source)).toEqual({
			symbols: ['NodeApiError', 'NodeConnectionTypes', 'NodeOperationError', 'updateDisplayOptions'],
			problems: [],
		});
	});

	it('reads __importStar, destructuring (with renames) and require(...).name', () => {
		const source = [
			"const wf = __importStar(require('n8n-workflow'));",
			'wf.sleep(1);',
			"const { NodeApiError, NodeOperationError: OperationError } = require('n8n-workflow');",
			'const sleepWithAbort = require("n8n-workflow").sleepWithAbort;',
		].join('\n');
		expect(collectImports(source)).toEqual({
			symbols: ['NodeApiError', 'NodeOperationError', 'sleep', 'sleepWithAbort'],
			problems: [],
		});
	});

	it('ignores other modules and names that only look alike', () => {
		const source = [
			'const n8n_workflow_1 = require("n8n-workflow");',
			'const other = require("n8n-core");',
			'other.NodeOperationError; x.n8n_workflow_1.Fake; n8n_workflow_10.AlsoFake;',
			'n8n_workflow_1.NodeApiError;',
		].join('\n');
		expect(collectImports(source)).toEqual({ symbols: ['NodeApiError'], problems: [] });
	});

	it('reports uses it cannot account for instead of passing them', () => {
		expect(collectImports('const n8n_workflow_1 = require("n8n-workflow");\nuse(n8n_workflow_1);').problems).toEqual([
			'n8n_workflow_1 (the n8n-workflow module) used other than as n8n_workflow_1.<name>',
		]);
		expect(collectImports('__exportStar(require("n8n-workflow"), exports);').problems).toEqual([
			'1 use(s) of "n8n-workflow" other than const x = require(...), a destructuring require or require(...).name',
		]);
		expect(collectImports('import("n8n-workflow").then((m) => m.sleep(1));').problems).toHaveLength(1);
		expect(collectImports('const c = require("n8n-workflow/common");').problems).toEqual([
			expect.stringContaining('subpath n8n-workflow/common'),
		]);
		expect(collectImports('const m = __importDefault(require("n8n-workflow"));').problems).toEqual([
			expect.stringContaining('default import'),
		]);
	});
});

describe('the check on a dist folder', () => {
	let dist: string;
	beforeEach(() => (dist = mkdtempSync(join(tmpdir(), 'wf-imports-'))));
	afterEach(() => rmSync(dist, { recursive: true, force: true }));

	const run = () => spawnSync(process.execPath, [SCRIPT, dist], { encoding: 'utf8' });

	it('fails naming file and symbol: missing from the newest (sleepWithAbort) and from the oldest', () => {
		writeFileSync(
			join(dist, 'wait.js'),
			'const n8n_workflow_1 = require("n8n-workflow");\n(0, n8n_workflow_1.sleepWithAbort)(5, signal);\n',
		);
		// generateSecureToken arrived after n8n-workflow 1.120.0.
		writeFileSync(join(dist, 'token.js'), 'const { generateSecureToken } = require("n8n-workflow");\n');
		const result = run();
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'wait.js: imports sleepWithAbort from n8n-workflow, which n8n-workflow 2.41.0 (shipped by n8n 2.41.1) does not export',
		);
		expect(result.stderr).toContain(
			'token.js: imports generateSecureToken from n8n-workflow, which n8n-workflow 1.120.0 (shipped by n8n 1.123.5) does not export',
		);
	});

	it('passes on what the package imports today, and fails on a folder without any import', () => {
		writeFileSync(
			join(dist, 'node.js'),
			'const n8n_workflow_1 = require("n8n-workflow");\nn8n_workflow_1.NodeOperationError; n8n_workflow_1.NodeApiError; n8n_workflow_1.NodeConnectionTypes; n8n_workflow_1.updateDisplayOptions;\n',
		);
		expect(run()).toMatchObject({ status: 0 });
		rmSync(join(dist, 'node.js'));
		expect(run()).toMatchObject({ status: 1, stderr: expect.stringContaining('no import of n8n-workflow found') });
	});

	it('checks against the copies package.json pins, at the versions the n8n releases ship', () => {
		const devDependencies = (
			JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
				devDependencies: Record<string, string>;
			}
		).devDependencies;
		for (const end of SUPPORTED_RANGE) {
			expect(devDependencies[end.alias]).toBe(`npm:n8n-workflow@${end.n8nWorkflow}`);
		}
	});
});
