import { maskSecrets, secretForms } from '../model/secrets';

/** The decrypted `awsAppFlowApi` credential, as n8n hands it to the node. */
export interface AppFlowCredentialData {
	region?: string;
	credentialSource?: 'accessKeys' | 'hostIdentity';
	accessKeyId?: string;
	secretAccessKey?: string;
	sessionToken?: string;
	assumeRole?: boolean;
	roleArn?: string;
	externalId?: string;
	roleSessionName?: string;
	endpoint?: string;
	stsEndpoint?: string;
}

/** The same opt-in n8n's own AWS credentials require before they act as the n8n host's identity. */
export const HOST_IDENTITY_ENV = 'N8N_AWS_SYSTEM_CREDENTIALS_ACCESS_ENABLED';

/**
 * Credential values that must never appear in an error, an item or a log line, in every form they can take: as
 * stored, trimmed (client.ts trims the keys before signing, so AWS echoes the trimmed form) and JSON-escaped.
 */
export function secretsOf(data: AppFlowCredentialData): string[] {
	return [data.secretAccessKey, data.sessionToken, data.externalId]
		.filter((value): value is string => typeof value === 'string')
		.flatMap(secretForms);
}

/** Replaces every secret in `text` with a mask; a last line of defence for messages built from remote answers. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
	return maskSecrets(text, secrets);
}
