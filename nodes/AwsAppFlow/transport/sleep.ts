/**
 * An abortable sleep of our own. n8n-workflow's `sleepWithAbort` is gone from n8n-workflow 2.34 on, and the
 * package runs against whichever n8n-workflow the host ships, so nothing here may depend on it. The listener is
 * removed when the sleep ends, so a long wait does not pile listeners onto the execution's cancel signal.
 */

/** What a sleep ended by its signal rejects with (the router rethrows it as n8n's cancellation). */
export class SleepAbortedError extends Error {
	constructor() {
		super('The execution was cancelled while waiting');
		this.name = 'ExecutionCancelledError';
	}
}

export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
	if (signal?.aborted) throw new SleepAbortedError();
	await new Promise<void>((resolve, reject) => {
		const onAbort = () => {
			clearTimeout(timer);
			reject(new SleepAbortedError());
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		signal?.addEventListener('abort', onAbort, { once: true });
	});
}
