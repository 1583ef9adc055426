/**
 * The one client lifecycle. An execution, a picker call, a trigger poll and a credential test each open a session:
 * the client is made on first use from the credential (transport/client.ts) and destroyed when the work ends, so
 * no keep-alive socket outlives it. Tests and the benchmark inject a client factory instead of patching modules.
 */
import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';

import { createAppflowClient, type ClientOptions } from './client';
import { secretsOf, type AppFlowCredentialData } from './credentials';
import { isAwsServiceError, isThrottling, toNodeError } from './errors';
import { sendAction, type AppFlowClientLike, type AppFlowResponse } from './send';
import { sleep } from './sleep';

export type ClientFactory = (credentials: AppFlowCredentialData, options: ClientOptions) => Promise<AppFlowClientLike>;

// Called through the module binding so a jest.spyOn on createAppflowClient still sees every call.
const realFactory: ClientFactory = async (credentials, options) => await createAppflowClient(credentials, options);
let clientFactory: ClientFactory = realFactory;

/** Makes every session build its client with `factory` (tests, benchmarks); no argument restores the real one. */
export function useClientFactory(factory?: ClientFactory): void {
	clientFactory = factory ?? realFactory;
}

/** Raw AppFlow calls: failures are the SDK's own errors, for the caller to map (the router does so per item). */
export interface ClientSession {
	send(action: string, input: object, abortSignal?: AbortSignal): Promise<AppFlowResponse>;
	close(): Promise<void>;
}

/**
 * Throttling is AWS's way to say "slower", not "no": when the SDK's own attempts all came back throttled, the call
 * is sent again after a growing, jittered pause, this many more times (pauses of about 1, 2, 4 and 8 s). AWS did
 * not perform a call it throttled, so this is safe for every action, create and start calls included.
 */
export const THROTTLED_CALL_ROUNDS = 4;
const THROTTLE_PAUSE_MS = 1000;

/** Attempts the SDK made for one call (its error's $metadata.attempts; 1 when it does not say). */
function countAttempts(error: unknown): number {
	const attempts = (error as { $metadata?: { attempts?: unknown } } | undefined)?.$metadata?.attempts;
	return typeof attempts === 'number' ? attempts : 1;
}

/** The error, saying how many attempts all rounds made together (the error mapping reports it). */
function withAttempts(error: unknown, attempts: number): unknown {
	const metadata = (error as { $metadata?: { attempts?: number } } | undefined)?.$metadata;
	if (metadata && attempts > (metadata.attempts ?? 0)) metadata.attempts = attempts;
	return error;
}

export function openSession(credentials: AppFlowCredentialData, options: ClientOptions = {}): ClientSession {
	let client: Promise<AppFlowClientLike> | undefined;
	return {
		async send(action, input, abortSignal) {
			client ??= clientFactory(credentials, options);
			let attempts = 0;
			let throttled: unknown;
			for (let round = 0; ; round++) {
				try {
					return await sendAction(await client, action, input, abortSignal);
				} catch (error) {
					attempts += countAttempts(error);
					// Aborted (cancel, a wait's deadline) after throttling: the throttling is what the caller should hear of.
					if (abortSignal?.aborted && throttled) throw withAttempts(throttled, attempts);
					// The SDK's own error: every caller maps it once (router per item, withSession below).
					if (round >= THROTTLED_CALL_ROUNDS || !isThrottling(error)) throw withAttempts(error, attempts);
					throttled = error;
					await sleep(THROTTLE_PAUSE_MS * 2 ** round * (0.5 + Math.random() / 2), abortSignal).catch(() => {
						throw withAttempts(error, attempts);
					});
				}
			}
		},
		async close() {
			if (client)
				await client.then(
					(c) => c.destroy(),
					() => undefined,
				);
			client = undefined;
		},
	};
}

/** Runs `work` with a session and closes it afterwards, whatever happens. */
export async function withClientSession<T>(
	credentials: AppFlowCredentialData,
	options: ClientOptions,
	work: (session: ClientSession) => Promise<T>,
): Promise<T> {
	const session = openSession(credentials, options);
	try {
		return await work(session);
	} finally {
		await session.close();
	}
}

/** What pickers and trigger polls run in: an n8n context with the node's credential. */
export interface SessionHost {
	getNode(): INode;
	getCredentials(type: string): Promise<ICredentialDataDecryptedObject | object>;
}

/** Calls for work outside the item loop: failures are already n8n errors with secrets masked. */
export interface AppFlowSession {
	send(action: string, input: object): Promise<AppFlowResponse>;
	/** As send, but undefined when AppFlow answers ResourceNotFoundException. */
	sendIfFound(action: string, input: object): Promise<AppFlowResponse | undefined>;
}

/** Runs `work` (a picker call, a poll) with the host's credential; the client is destroyed afterwards. */
export async function withSession<T>(
	host: SessionHost,
	work: (session: AppFlowSession) => Promise<T>,
	abortSignal?: AbortSignal,
): Promise<T> {
	const credentials = (await host.getCredentials('awsAppFlowApi')) as AppFlowCredentialData;
	const secrets = secretsOf(credentials);
	return await withClientSession(credentials, {}, async (client) => {
		const call = async (action: string, input: object, notFound: boolean) => {
			try {
				return await client.send(action, input, abortSignal);
			} catch (error) {
				if (notFound && isAwsServiceError(error) && error.name === 'ResourceNotFoundException') return undefined;
				throw toNodeError(error, { node: host.getNode(), itemIndex: 0, secrets, action });
			}
		};
		return await work({
			send: async (action, input) => (await call(action, input, false))!,
			sendIfFound: async (action, input) => await call(action, input, true),
		});
	});
}
