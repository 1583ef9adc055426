/** The sample workflows in examples/ and the credential they use. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { emulatorCredentialData, REPO_ROOT, type CredentialToImport } from './n8n';

export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

/** The credential every sample workflow names; the demo imports it pointing at the emulator. */
export const EXAMPLE_CREDENTIAL = { id: 'appflowEmulator1', name: 'AppFlow emulator' } as const;

export function emulatorCredential(endpoint: string): CredentialToImport {
	return { ...EXAMPLE_CREDENTIAL, type: 'awsAppFlowApi', data: emulatorCredentialData(endpoint) };
}

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
