/** The one `awsAppFlowApi` credential that points at an AppFlow emulator, for the demo, e2e and browser tiers. */

import { DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY } from '../../emulator/api';

/** The key pair the emulator accepts by default (emulator/api.ts); neither is an AWS secret. */
export const EMULATOR_ACCESS_KEY_ID = DEFAULT_ACCESS_KEY_ID;
export const EMULATOR_SECRET_ACCESS_KEY = DEFAULT_SECRET_ACCESS_KEY;

/** The credential every sample workflow names; the demo and the tests import it pointing at the emulator. */
export const EXAMPLE_CREDENTIAL = { id: 'appflowEmulator1', name: 'AppFlow emulator' } as const;

export interface CredentialToImport {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/** Data of an `awsAppFlowApi` credential that points at an emulator; `overrides` for a deliberately wrong field. */
export function emulatorCredentialData(
	endpoint: string,
	overrides: Record<string, string> = {},
): Record<string, string> {
	return {
		region: 'us-east-1',
		credentialSource: 'accessKeys',
		accessKeyId: EMULATOR_ACCESS_KEY_ID,
		secretAccessKey: EMULATOR_SECRET_ACCESS_KEY,
		endpoint,
		...overrides,
	};
}

/** The sample workflows' credential, ready for `n8n import:credentials` (or n8n's REST API). */
export function emulatorCredential(endpoint: string, overrides: Record<string, string> = {}): CredentialToImport {
	return { ...EXAMPLE_CREDENTIAL, type: 'awsAppFlowApi', data: emulatorCredentialData(endpoint, overrides) };
}
