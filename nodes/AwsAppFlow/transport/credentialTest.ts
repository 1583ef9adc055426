/**
 * The credential's Test button: one cheap AppFlow call (ListFlows, one result) with the same client the node
 * uses. A failure shows AWS's own reason (wrong key, wrong region, denied action) with secrets masked.
 */
import type { ICredentialsDecrypted, INodeCredentialTestResult } from 'n8n-workflow';

import { createAppflowClient, CredentialConfigError } from './client';
import { redactSecrets, secretsOf, type AppFlowCredentialData } from './credentials';
import { isAwsServiceError } from './errors';
import { sendAction } from './send';

export async function testCredential(credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const data = (credential.data ?? {}) as AppFlowCredentialData;
	const secrets = secretsOf(data);
	try {
		// One attempt: a wrong key should fail fast, not after the SDK's retries.
		const client = await createAppflowClient(data, { maxAttempts: 1, requestTimeout: 15_000 });
		await sendAction(client, 'ListFlows', { maxResults: 1 });
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
