/** The sample workflows in examples/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO_ROOT } from '../../n8n/versions';

export { EXAMPLE_CREDENTIAL, emulatorCredential } from '../../n8n/credential';

export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

export interface WorkflowJson extends Record<string, unknown> {
	id: string;
	name: string;
	versionId: string;
	nodes: Array<{ name: string; type: string; parameters: Record<string, unknown>; [key: string]: unknown }>;
	connections: Record<string, unknown>;
}

export interface Example {
	file: string;
	workflow: WorkflowJson;
}

/** examples/*.workflow.json in file-name order (the order the demo runs them in). */
export function loadExamples(): Example[] {
	return readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.workflow.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as WorkflowJson }));
}
