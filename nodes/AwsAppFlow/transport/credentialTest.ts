/**
 * The credential's Test button: one cheap AppFlow call (ListFlows, one result) through a session like the node's.
 * A failure shows AWS's own reason (wrong key, wrong region, denied action) with secrets masked.
 */
import type { ICredentialsDecrypted, INodeCredentialTestResult } from 'n8n-workflow';

import { CredentialConfigError } from './client';
import { redactSecrets, secretsOf, type AppFlowCredentialData } from './credentials';
import { isAwsServiceError } from './errors';
import { withClientSession } from './session';

/** One attempt: a wrong key should fail fast, not after the SDK's retries. */
const TEST_CLIENT_OPTIONS = { maxAttempts: 1, requestTimeout: 15_000 };

export async function testCredential(credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const data = (credential.data ?? {}) as AppFlowCredentialData;
	const secrets = secretsOf(data);
	try {
		await withClientSession(data, TEST_CLIENT_OPTIONS, async (session) => {
			await session.send('ListFlows', { maxResults: 1 });
		});
		return { status: 'OK', message: 'Connection successful: AppFlow answered ListFlows' };
	} catch (error) {
		let message: string;
		if (error instanceof CredentialConfigError) message = error.message;
		else if (isAwsServiceError(error))
			message = `${error.name} (HTTP ${error.$metadata.httpStatusCode ?? '?'}): ${error.message}`;
		else message = `Could not reach AWS AppFlow: ${(error as Error).message}`;
		return { status: 'Error', message: redactSecrets(message, secrets) };
	}
}
