/**
 * Sends one AppFlow action through the SDK: `send(new <Action>Command(input))`, looked up by name so no switch
 * grows with the operations. Returns AWS's response without the SDK's `$metadata`.
 *
 * Cancellation keeps the SDK's middleware cache. Smithy's Client.send reuses a command's resolved middleware stack
 * only when it is called without options (and the client has `cacheMiddleware: true`, see client.ts); a per-call
 * `{ abortSignal }` rebuilds the whole stack on every call, which was most of the SDK's CPU per call (npm run bench).
 * The router gives every call of its client the same signal, the execution's, so the first signal a client sees is
 * wired into that client once: one abort listener per client (not one per call in flight, which also warned
 * MaxListenersExceeded in batches over 10), a check before every attempt so no retry leaves after a cancel, and on
 * abort every call in flight rejects at once and the client's sockets close, ending their requests as the SDK's
 * own per-call signal does. A call with another signal (a wait's deadline) passes it per call, as the SDK offers,
 * and so does every call to a stand-in client (an injected factory's), which has no middleware stack.
 */
import type { AppflowClient } from '@aws-sdk/client-appflow';

type SdkModule = typeof import('@aws-sdk/client-appflow');
type CommandClass = new (input: object) => Parameters<AppflowClient['send']>[0];

let sdk: SdkModule | undefined;
async function loadSdk(): Promise<SdkModule> {
	sdk ??= await import('@aws-sdk/client-appflow');
	return sdk;
}

export type AppFlowResponse = Record<string, unknown>;

/** What the node needs of an AppFlow client: the SDK's AppflowClient, or a test's or benchmark's stand-in. */
export interface AppFlowClientLike {
	send(command: Parameters<AppflowClient['send']>[0], options?: { abortSignal?: AbortSignal }): Promise<unknown>;
	destroy(): void;
}

/** An Error from any realm (n8n's AbortController gives a DOMException, made outside a sandbox's Error). */
const isError = (value: unknown): value is Error =>
	value instanceof Error ||
	(typeof value === 'object' && value !== null && typeof (value as Error).name === 'string' && 'message' in value);

/** What an aborted call rejects with: the error the SDK's HTTP handler gives for an aborted request. */
export function abortErrorFor(signal: AbortSignal): Error {
	const reason: unknown = signal.reason;
	const error = new Error(reason === undefined || isError(reason) ? 'Request aborted' : String(reason));
	error.name = 'AbortError';
	if (isError(reason)) error.cause = reason;
	return error;
}

interface BoundSignal {
	signal: AbortSignal;
	/** Rejecters of the calls in flight on the client with the bound signal. */
	inFlight: Set<(error: Error) => void>;
	/** Calls in flight with a signal of their own (the SDK's per-call options), left to that signal. */
	others: number;
}

const boundSignals = new WeakMap<AppFlowClientLike, BoundSignal>();

type Handler = (args: unknown) => Promise<unknown>;
type Context = { __smithy_context?: { abortSignal?: unknown } };
interface Stack {
	add(
		middleware: (next: Handler, context: Context) => Handler,
		options: { step: string; priority: string; name: string },
	): void;
}

/** Whether a call was sent with another signal in its options (@smithy/types SMITHY_CONTEXT_KEY holds it). */
const hasOwnSignal = (context: Context, bound: AbortSignal) => {
	const own = context.__smithy_context?.abortSignal;
	return own !== undefined && own !== bound;
};

function bindSignal(client: AppflowClient, signal: AbortSignal): void {
	const bound: BoundSignal = { signal, inFlight: new Set(), others: 0 };
	boundSignals.set(client, bound);
	const stack = client.middlewareStack as unknown as Stack;
	stack.add(
		(next, context) => async (args) => {
			if (hasOwnSignal(context, signal)) {
				bound.others++;
				try {
					return await next(args);
				} finally {
					bound.others--;
				}
			}
			if (signal.aborted) throw abortErrorFor(signal);
			return await new Promise((resolve, reject) => {
				bound.inFlight.add(reject);
				void next(args)
					.then(resolve, reject)
					.finally(() => bound.inFlight.delete(reject));
			});
		},
		{ step: 'initialize', priority: 'high', name: 'appflowBoundAbortSignal' },
	);
	// Inside the retry loop: runs before every attempt.
	stack.add(
		(next, context) => async (args) => {
			if (signal.aborted && !hasOwnSignal(context, signal)) throw abortErrorFor(signal);
			return await next(args);
		},
		{ step: 'finalizeRequest', priority: 'low', name: 'appflowBoundAbortSignalPerAttempt' },
	);
	signal.addEventListener(
		'abort',
		() => {
			const error = abortErrorFor(signal);
			for (const reject of bound.inFlight) reject(error);
			bound.inFlight.clear();
			// Ends the aborted calls' requests (the sockets are the client's, not a call's), unless a call with a
			// signal of its own still needs them.
			if (bound.others === 0) client.config.requestHandler.destroy?.();
		},
		{ once: true },
	);
}

/** The SDK's client (a stand-in has no middleware stack: it gets its signal per call). */
const isSdkClient = (client: AppFlowClientLike): client is AppflowClient =>
	'middlewareStack' in client && 'config' in client;

export async function sendAction(
	client: AppFlowClientLike,
	action: string,
	input: object,
	abortSignal?: AbortSignal,
): Promise<AppFlowResponse> {
	const module = await loadSdk();
	const Command = (module as unknown as Record<string, CommandClass | undefined>)[`${action}Command`];
	if (!Command) throw new Error(`The AppFlow SDK has no ${action}Command`);
	const command = new Command(input);
	let options: { abortSignal: AbortSignal } | undefined;
	if (abortSignal) {
		const bound = boundSignals.get(client);
		if (bound?.signal === abortSignal) options = undefined;
		else if (!bound && isSdkClient(client)) {
			bindSignal(client, abortSignal);
			// Once per client: a call with options drops any stack the SDK cached before the binding existed.
			options = { abortSignal };
		} else options = { abortSignal };
	}
	const output = (await (options ? client.send(command, options) : client.send(command))) as unknown as AppFlowResponse;
	const response = { ...output };
	delete response.$metadata;
	return response;
}
