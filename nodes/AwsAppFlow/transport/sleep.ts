/**
 * An abortable sleep of our own. n8n-workflow's `sleepWithAbort` is gone from n8n-workflow 2.34 on, and the
 * package runs against whichever n8n-workflow the host ships, so nothing here may depend on it.
 *
 * Every sleep on one signal shares a single abort listener: a batch of 50 throttled items all pausing on the
 * execution's cancel signal would otherwise add 50 listeners to it, past Node's limit of 10 (a
 * MaxListenersExceededWarning in n8n's log). The listener goes when the signal's last sleep ends.
 */

/** What a sleep ended by its signal rejects with (the router rethrows it as n8n's cancellation). */
export class SleepAbortedError extends Error {
	constructor() {
		super('The execution was cancelled while waiting');
		this.name = 'ExecutionCancelledError';
	}
}

interface Sleepers {
	wake: Set<() => void>;
	onAbort: () => void;
}

const sleepersBySignal = new WeakMap<AbortSignal, Sleepers>();

/** Registers `abort` to run when `signal` aborts; returns the function that unregisters it. */
function onAbortOf(signal: AbortSignal, abort: () => void): () => void {
	let sleepers = sleepersBySignal.get(signal);
	if (!sleepers) {
		const wake = new Set<() => void>();
		const onAbort = () => {
			sleepersBySignal.delete(signal);
			for (const fn of wake) fn();
		};
		sleepers = { wake, onAbort };
		sleepersBySignal.set(signal, sleepers);
		signal.addEventListener('abort', onAbort, { once: true });
	}
	const { wake, onAbort } = sleepers;
	wake.add(abort);
	return () => {
		wake.delete(abort);
		if (wake.size === 0 && sleepersBySignal.get(signal) === sleepers) {
			sleepersBySignal.delete(signal);
			signal.removeEventListener('abort', onAbort);
		}
	};
}

export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
	if (signal?.aborted) throw new SleepAbortedError();
	await new Promise<void>((resolve, reject) => {
		const forget = signal
			? onAbortOf(signal, () => {
					clearTimeout(timer);
					reject(new SleepAbortedError());
				})
			: undefined;
		const timer = setTimeout(() => {
			forget?.();
			resolve();
		}, ms);
	});
}
