/**
 * The one place that builds the AppFlow client. Everything about identity is explicit here: region, endpoint and
 * credentials come from the n8n credential only, so a workflow never silently acts as the n8n host's AWS identity
 * (environment variables, ~/.aws files, instance metadata) unless the administrator opted in.
 * The SDK is imported lazily: n8n loads every installed node's description at start-up, and the SDK is heavy.
 */
/* eslint-disable @n8n/community-nodes/require-node-api-error -- this module has no node to attach errors to;
   transport/errors.ts turns CredentialConfigError into a NodeOperationError naming the credential field. */
import type { AppflowClient } from '@aws-sdk/client-appflow';
import type { AssumeRoleCommandOutput } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';

import { HOST_IDENTITY_ENV, type AppFlowCredentialData } from './credentials';

export interface ClientOptions {
	/** Total attempts per call, first included (the SDK retries throttling, 5xx and network errors). */
	maxAttempts?: number;
	retryMode?: 'standard' | 'adaptive';
	/** Milliseconds to wait for a response before the attempt fails. */
	requestTimeout?: number;
}

export const DEFAULT_CLIENT_OPTIONS: Required<ClientOptions> = {
	maxAttempts: 3,
	retryMode: 'adaptive',
	requestTimeout: 30_000,
};

/**
 * Sockets one client keeps to AWS: a full batch (Options > Batching, at most 50 items) must have one each, or its
 * calls queue for a socket and the batch runs in waves (npm run bench: with 10 sockets, batches of 50 took as long
 * as batches of 10). Kept alive, so later batches reuse them instead of connecting again. Stated here rather than
 * left to the SDK's default (also 50 today), so the pool cannot shrink under the batch size unnoticed.
 */
export const SOCKETS_PER_CLIENT = 50;

/**
 * The HTTP handler's timeouts. The SDK's `requestTimeout` alone only logs a warning when it passes (smithy's
 * node-http-handler 4.x); `throwOnRequestTimeout` makes it fail the attempt, which the SDK then retries like any
 * timeout. The socket timeout also ends an answer that stalls half-way through its body.
 */
function requestHandlerOptions(options: Required<ClientOptions>) {
	const pool = { keepAlive: true, maxSockets: SOCKETS_PER_CLIENT };
	return {
		requestTimeout: options.requestTimeout,
		throwOnRequestTimeout: true,
		socketTimeout: options.requestTimeout,
		connectionTimeout: Math.min(options.requestTimeout, 10_000),
		httpAgent: pool,
		httpsAgent: pool,
	};
}

/** A problem with the credential itself, reported before any call is made. */
export class CredentialConfigError extends Error {
	constructor(
		message: string,
		readonly field: string,
	) {
		super(message);
		this.name = 'CredentialConfigError';
	}
}

/** Loopback hosts, where http:// stays on this machine (the local emulator, a tunnel's local end). */
function isLoopback(hostname: string): boolean {
	const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * A custom endpoint the AWS client may use: https://, or http:// to loopback only (over http the signed requests,
 * the session token and connector secrets would cross the network in clear text). No user:password@ (the SDK
 * would drop it silently) and no path, query or fragment (the SDK would send every action under that path).
 */
export function checkEndpoint(value: string | undefined, field: string): string | undefined {
	const endpoint = value?.trim();
	if (!endpoint) return undefined;
	let url: URL;
	try {
		url = new URL(endpoint);
	} catch {
		throw new CredentialConfigError(
			`The credential's ${field} "${endpoint}" is not a URL; use for example https://host:port`,
			field,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new CredentialConfigError(`The credential's ${field} must start with https:// or http://`, field);
	}
	if (url.username || url.password) {
		throw new CredentialConfigError(
			`The credential's ${field} must not hold a user name or password (user:password@host); AWS requests are signed with the credential's keys`,
			field,
		);
	}
	if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
		throw new CredentialConfigError(
			`The credential's ${field} uses http:// to ${url.hostname}, which would send the signed requests and every secret in them unencrypted; use https://, or http:// only to this machine (127.0.0.1, ::1, localhost)`,
			field,
		);
	}
	if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
		throw new CredentialConfigError(
			`The credential's ${field} must be only scheme, host and port (it has a path, query or fragment): AppFlow's actions live at the endpoint's root, for example https://vpce-0123-abcd.appflow.us-east-1.vpce.amazonaws.com`,
			field,
		);
	}
	return `${url.protocol}//${url.host}`;
}

function staticKeys(data: AppFlowCredentialData): AwsCredentialIdentity {
	const accessKeyId = data.accessKeyId?.trim();
	const secretAccessKey = data.secretAccessKey?.trim();
	if (!accessKeyId) throw new CredentialConfigError('The credential has no Access Key ID', 'accessKeyId');
	if (!secretAccessKey) throw new CredentialConfigError('The credential has no Secret Access Key', 'secretAccessKey');
	const sessionToken = data.sessionToken?.trim();
	return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}

async function baseIdentity(
	data: AppFlowCredentialData,
): Promise<AwsCredentialIdentity | AwsCredentialIdentityProvider> {
	if ((data.credentialSource ?? 'accessKeys') === 'accessKeys') return staticKeys(data);
	if (process.env[HOST_IDENTITY_ENV] !== 'true') {
		throw new CredentialConfigError(
			`Using the n8n host's AWS identity is disabled. The n8n administrator can allow it by setting ${HOST_IDENTITY_ENV}=true; otherwise choose Access Keys in the credential.`,
			'credentialSource',
		);
	}
	const { defaultProvider } = await import('@aws-sdk/credential-provider-node');
	return defaultProvider();
}

/** Settings both clients (AppFlow, and STS for Assume Role) take from the node, never from the host. */
function explicitSettings(options: Required<ClientOptions>) {
	return {
		maxAttempts: options.maxAttempts,
		retryMode: options.retryMode,
		requestHandler: requestHandlerOptions(options),
		// Reuse each command's resolved middleware stack instead of rebuilding it on every call (transport/send.ts
		// keeps calls free of per-call options so the cache holds): most of the SDK's own CPU per call.
		cacheMiddleware: true,
		// Each of these would otherwise be read from the host's environment or ~/.aws/config.
		ignoreConfiguredEndpointUrls: true,
		useFipsEndpoint: false,
		useDualstackEndpoint: false,
	};
}

/** Trades the base identity for the role's temporary credentials, refreshed five minutes before they expire. */
async function assumedRole(
	data: AppFlowCredentialData,
	region: string,
	base: AwsCredentialIdentity | AwsCredentialIdentityProvider,
	options: Required<ClientOptions>,
): Promise<AwsCredentialIdentityProvider> {
	const roleArn = data.roleArn?.trim();
	if (!roleArn) throw new CredentialConfigError('Assume Role is on but the credential has no Role ARN', 'roleArn');
	const { STSClient, AssumeRoleCommand } = await import('@aws-sdk/client-sts');
	const sts = new STSClient({
		region,
		endpoint: checkEndpoint(data.stsEndpoint, 'Custom STS Endpoint'),
		credentials: base,
		...explicitSettings(options),
	});
	let cached: AwsCredentialIdentity | undefined;
	return async () => {
		const freshUntil = Date.now() + 5 * 60_000;
		if (cached?.expiration && cached.expiration.getTime() > freshUntil) return cached;
		let answer: AssumeRoleCommandOutput;
		try {
			answer = await sts.send(
				new AssumeRoleCommand({
					RoleArn: roleArn,
					RoleSessionName: data.roleSessionName?.trim() || 'n8n-appflow',
					ExternalId: data.externalId?.trim() || undefined,
				}),
			);
		} catch (error) {
			// Raised while signing an AppFlow call, this would otherwise read as a failure of AppFlow itself.
			const { name, message, $fault } = error as { name?: string; message?: string; $fault?: string };
			const fromSts = $fault === 'client' || $fault === 'server';
			throw new CredentialConfigError(
				`AWS STS could not assume the role ${roleArn}: ${fromSts ? `${name}: ` : ''}${message ?? String(error)}`,
				fromSts || !data.stsEndpoint?.trim() ? 'roleArn' : 'stsEndpoint',
			);
		}
		const { Credentials } = answer;
		if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey) {
			throw new CredentialConfigError(`STS returned no credentials for role ${roleArn}`, 'roleArn');
		}
		cached = {
			accessKeyId: Credentials.AccessKeyId,
			secretAccessKey: Credentials.SecretAccessKey,
			sessionToken: Credentials.SessionToken,
			expiration: Credentials.Expiration,
		};
		return cached;
	};
}

export async function createAppflowClient(
	data: AppFlowCredentialData,
	clientOptions: ClientOptions = {},
): Promise<AppflowClient> {
	const options = { ...DEFAULT_CLIENT_OPTIONS, ...clientOptions };
	const region = data.region?.trim();
	if (!region) throw new CredentialConfigError('The credential has no Region', 'region');
	const endpoint = checkEndpoint(data.endpoint, 'Custom Endpoint');
	const base = await baseIdentity(data);
	const credentials = data.assumeRole ? await assumedRole(data, region, base, options) : base;

	const { AppflowClient } = await import('@aws-sdk/client-appflow');
	const client = new AppflowClient({
		region,
		endpoint,
		credentials,
		...explicitSettings(options),
	});
	guardJsonObjectAnswers(client);
	// The node gives the SDK no logger, yet the SDK's logger middleware builds a masked copy of every input and
	// output on each call to log it nowhere: about 5% of the SDK's CPU per call (npm run bench), and copies of
	// request secrets for nothing.
	client.middlewareStack.remove('loggerMiddleware');
	return client;
}

/**
 * Every AppFlow answer is a JSON object. The SDK reads an array, a string or a number in a successful answer as an
 * empty result, so a proxy's or a broken endpoint's answer would pass as "nothing there"; this refuses it. It sits
 * inside the SDK's deserializer (the raw HTTP answer, before parsing), and the error it throws carries the HTTP
 * status the way the SDK's own read errors do (transport/errors.ts reports it as an unreadable answer).
 */
/** A secret-free summary of a body that is not a JSON object: what it looks like, never what it says. */
function describeBody(start: string, size: number): string {
	const kind = start.startsWith('<')
		? 'HTML or XML (a proxy or load balancer page?)'
		: start.startsWith('[')
			? 'a JSON list'
			: start.startsWith('"')
				? 'a JSON string'
				: /^[-\d]/.test(start)
					? 'a number'
					: /^(true|false|null)\b/.test(start)
						? `JSON ${/^\w+/.exec(start)![0]}`
						: 'plain text';
	return `${kind}, ${size} bytes`;
}

function guardJsonObjectAnswers(client: AppflowClient): void {
	type Next = (args: unknown) => Promise<{ response: unknown; output?: unknown }>;
	const guard = (next: Next) => async (args: unknown) => {
		const result = await next(args);
		const response = result.response as { statusCode?: number; body?: unknown } | undefined;
		const status = response?.statusCode ?? 0;
		const body = response?.body as AsyncIterable<Uint8Array> | undefined;
		if (status < 200 || status >= 300 || !body || typeof body[Symbol.asyncIterator] !== 'function') return result;
		const chunks: Uint8Array[] = [];
		for await (const chunk of body) chunks.push(chunk);
		// A copy in this realm: the SDK recognises a Uint8Array body, and reads it as it would have read the stream.
		const bytes = new Uint8Array(Buffer.concat(chunks));
		const text = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString('utf8').trimStart();
		if (text !== '' && !text.startsWith('{')) {
			// A foreign answer's body is not quoted (it may hold anything): only what kind of text it is, and its size.
			throw Object.assign(
				new Error(`a successful answer must be a JSON object, but its body is ${describeBody(text, bytes.length)}`),
				{ name: 'MalformedResponseError', $metadata: { httpStatusCode: status } },
			);
		}
		response!.body = bytes;
		return result;
	};
	(client.middlewareStack as unknown as { addRelativeTo(mw: unknown, options: object): void }).addRelativeTo(guard, {
		relation: 'after',
		toMiddleware: 'deserializerMiddleware',
		name: 'appflowJsonObjectGuard',
		override: true,
	});
}
