import { getEventListeners } from 'node:events';

import { sleep, SleepAbortedError } from '../../nodes/AwsAppFlow/transport/sleep';

const abortListeners = (signal: AbortSignal) => getEventListeners(signal, 'abort').length;

describe('sleep', () => {
	it('resolves after its time and leaves no listener on the signal', async () => {
		const controller = new AbortController();
		const started = Date.now();
		await sleep(30, controller.signal);
		expect(Date.now() - started).toBeGreaterThanOrEqual(25);
		expect(abortListeners(controller.signal)).toBe(0);
	});

	it('rejects at once when the signal is already aborted', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(sleep(10_000, controller.signal)).rejects.toBeInstanceOf(SleepAbortedError);
	});

	it('keeps one listener for 50 concurrent sleeps, wakes them all on abort, and warns nothing', async () => {
		const warnings: Error[] = [];
		const onWarning = (warning: Error) => warnings.push(warning);
		process.on('warning', onWarning);
		try {
			const controller = new AbortController();
			const sleeps = Array.from({ length: 50 }, () => sleep(60_000, controller.signal));
			expect(abortListeners(controller.signal)).toBe(1);
			const started = Date.now();
			controller.abort();
			const results = await Promise.allSettled(sleeps);
			expect(Date.now() - started).toBeLessThan(1_000);
			expect(results.every((r) => r.status === 'rejected' && r.reason instanceof SleepAbortedError)).toBe(true);
			await new Promise((resolve) => setImmediate(resolve));
			expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
		} finally {
			process.off('warning', onWarning);
		}
	});

	it('drops the shared listener when the last of several sleeps ends, and a later sleep adds a new one', async () => {
		const controller = new AbortController();
		await Promise.all([sleep(10, controller.signal), sleep(20, controller.signal), sleep(5, controller.signal)]);
		expect(abortListeners(controller.signal)).toBe(0);
		const next = sleep(60_000, controller.signal);
		expect(abortListeners(controller.signal)).toBe(1);
		controller.abort();
		await expect(next).rejects.toBeInstanceOf(SleepAbortedError);
	});

	it('sleeps without a signal', async () => {
		await expect(sleep(5)).resolves.toBeUndefined();
	});
});
