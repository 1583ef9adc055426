/**
 * sendAction keeps the SDK's middleware cache (no per-call options for the execution's signal) and still cancels:
 * calls in flight, retries waiting for their backoff, calls not sent yet; a call with another signal (a wait's
 * deadline) is cancelled by that one. Against the emulator, with the node's own client factory.
 */
import { getEventListeners } from 'node:events';

import { CreateFlowCommand, DescribeFlowCommand, ListFlowsCommand } from '@aws-sdk/client-appflow';

import { createAppflowClient, SOCKETS_PER_CLIENT } from '../../nodes/AwsAppFlow/transport/client';
import { MAX_BATCH_SIZE } from '../../nodes/AwsAppFlow/transport/executionOptions';
import { sendAction } from '../../nodes/AwsAppFlow/transport/send';
import { s3Flow, startEmulatorBed, type EmulatorBed } from '../emulator/helpers';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());

const newClient = (options: { maxAttempts?: number } = {}) =>
	createAppflowClient(
		{ region: bed.emulator.region, endpoint: bed.emulator.url, ...bed.emulator.credentials },
		{ retryMode: 'standard', ...options },
	);

interface HandlerWithAgent {
	httpHandlerConfigs(): { httpAgent: { sockets: Record<string, unknown[] | undefined> } };
}
const openSockets = (agent: { sockets: Record<string, unknown[] | undefined> }) =>
	Object.values(agent.sockets).reduce((sum, list) => sum + (list?.length ?? 0), 0);

const listFlowsRequests = () => bed.emulator.stats().requests.ListFlows ?? 0;

async function settledWithin<T>(promise: Promise<T>): Promise<{ error: Error; ms: number }> {
	const started = Date.now();
	const error = await promise.then(
		() => new Error('expected the call to be aborted'),
		(e: Error) => e,
	);
	return { error, ms: Date.now() - started };
}

describe('sendAction', () => {
	it("resolves each command's middleware once per client, with or without the execution's signal", async () => {
		await bed.client.send(new CreateFlowCommand(s3Flow('cached')));
		const resolved = jest.spyOn(DescribeFlowCommand.prototype, 'resolveMiddleware');
		const listed = jest.spyOn(ListFlowsCommand.prototype, 'resolveMiddleware');
		try {
			const plain = await newClient();
			for (let i = 0; i < 5; i++)
				expect(await sendAction(plain, 'DescribeFlow', { flowName: 'cached' })).toMatchObject({ flowName: 'cached' });
			plain.destroy();
			expect(resolved).toHaveBeenCalledTimes(1);

			resolved.mockClear();
			const signal = new AbortController().signal;
			const withSignal = await newClient();
			await Promise.all(
				Array.from({ length: 20 }, () => sendAction(withSignal, 'DescribeFlow', { flowName: 'cached' }, signal)),
			);
			await sendAction(withSignal, 'ListFlows', {}, signal);
			await sendAction(withSignal, 'ListFlows', {}, signal);
			withSignal.destroy();
			// The first call binds the signal (with per-call options, dropping any stale cache); the next ones reuse one stack.
			expect(resolved).toHaveBeenCalledTimes(2);
			expect(listed).toHaveBeenCalledTimes(1);
			expect(await sendAction(plain, 'DescribeFlow', { flowName: 'cached' })).not.toHaveProperty('$metadata');
		} finally {
			resolved.mockRestore();
			listed.mockRestore();
		}
	});

	it('aborts calls in flight at once, with one listener on the signal however many calls are in flight', async () => {
		const client = await newClient();
		const controller = new AbortController();
		try {
			await sendAction(client, 'ListFlows', {}, controller.signal);
			bed.emulator.faults.add({ action: 'ListFlows', kind: 'delay', ms: 10_000, count: 30 });
			const calls = Promise.all(
				Array.from({ length: 30 }, () => sendAction(client, 'ListFlows', {}, controller.signal)),
			);
			await new Promise((resolve) => setTimeout(resolve, 200));
			// One per call in flight would pass Node's limit of 10 and print MaxListenersExceededWarning in n8n's log.
			expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
			const agent = (client.config.requestHandler as unknown as HandlerWithAgent).httpHandlerConfigs().httpAgent;
			expect(openSockets(agent)).toBe(30);
			controller.abort();
			const { error, ms } = await settledWithin(calls);
			expect(error).toMatchObject({ name: 'AbortError', message: 'Request aborted' });
			expect(ms).toBeLessThan(500);
			// Their requests ended too: no socket of this client is left open on the emulator (closed sockets leave
			// the agent's list on their close event).
			await new Promise((resolve) => setTimeout(resolve, 50));
			expect(openSockets(agent)).toBe(0);
			expect(await settledWithin(sendAction(client, 'ListFlows', {}, controller.signal))).toMatchObject({
				error: { name: 'AbortError' },
			});
		} finally {
			client.destroy();
		}
	});

	it('sends no retry after the signal aborts during a backoff, and nothing when it was aborted already', async () => {
		const client = await newClient({ maxAttempts: 5 });
		const controller = new AbortController();
		try {
			await sendAction(client, 'ListFlows', {}, controller.signal);
			bed.emulator.faults.add({ action: 'ListFlows', kind: 'throttle', count: 10 });
			const before = listFlowsRequests();
			const call = sendAction(client, 'ListFlows', {}, controller.signal);
			// The first attempt is throttled at once; the retry waits for its backoff (standard mode: up to 20 s).
			await new Promise((resolve) => setTimeout(resolve, 30));
			controller.abort();
			const { error, ms } = await settledWithin(call);
			expect(error.name).toBe('AbortError');
			expect(ms).toBeLessThan(200);
			const sent = listFlowsRequests() - before;
			await new Promise((resolve) => setTimeout(resolve, 3000)); // longer than the backoff of a second attempt
			expect(listFlowsRequests() - before).toBe(sent);

			const beforeAborted = listFlowsRequests();
			await expect(sendAction(client, 'ListFlows', {}, controller.signal)).rejects.toMatchObject({
				name: 'AbortError',
			});
			expect(listFlowsRequests()).toBe(beforeAborted);
		} finally {
			client.destroy();
		}
	});

	it("honours another signal per call (a wait's deadline) on a client bound to the execution's signal", async () => {
		const client = await newClient();
		const execution = new AbortController();
		try {
			await sendAction(client, 'ListFlows', {}, execution.signal);
			bed.emulator.faults.add({ action: 'ListFlows', kind: 'delay', ms: 10_000 });
			const { error, ms } = await settledWithin(sendAction(client, 'ListFlows', {}, AbortSignal.timeout(150)));
			expect(error.name).toBe('AbortError');
			expect(ms).toBeGreaterThanOrEqual(140);
			expect(ms).toBeLessThan(1000);
			// The execution's signal still works, and the client too.
			expect(await sendAction(client, 'ListFlows', {}, execution.signal)).toHaveProperty('flows');
		} finally {
			client.destroy();
		}
	});
	it('leaves a call with a signal of its own running when the bound signal aborts', async () => {
		const client = await newClient({ maxAttempts: 1 }); // a closed socket would fail it, not be retried
		const first = new AbortController();
		try {
			await sendAction(client, 'ListFlows', {}, first.signal);
			bed.emulator.faults.add({ action: 'ListFlows', kind: 'delay', ms: 400, count: 2 });
			const own = sendAction(client, 'ListFlows', {}, new AbortController().signal);
			const bound = sendAction(client, 'ListFlows', {}, first.signal).catch((e: Error) => e);
			await new Promise((resolve) => setTimeout(resolve, 100));
			first.abort();
			expect(await bound).toMatchObject({ name: 'AbortError' });
			// Its socket was not closed under it: it gets its answer.
			expect(await own).toHaveProperty('flows');
		} finally {
			client.destroy();
		}
	});
});

describe("the client's socket pool", () => {
	it('holds a full batch: the largest batch allowed is in flight at once, over kept-alive sockets', async () => {
		expect(SOCKETS_PER_CLIENT).toBeGreaterThanOrEqual(MAX_BATCH_SIZE);
		const client = await newClient();
		try {
			const handler = client.config.requestHandler as unknown as {
				httpHandlerConfigs(): Record<'httpAgent' | 'httpsAgent', { maxSockets: number; keepAlive: boolean }>;
			};
			await sendAction(client, 'ListFlows', {});
			const { httpAgent, httpsAgent } = handler.httpHandlerConfigs();
			for (const agent of [httpAgent, httpsAgent]) expect(agent).toMatchObject({ maxSockets: 50, keepAlive: true });
			bed.emulator.faults.add({ action: 'ListFlows', kind: 'delay', ms: 400, count: MAX_BATCH_SIZE });
			const started = Date.now();
			await Promise.all(Array.from({ length: MAX_BATCH_SIZE }, () => sendAction(client, 'ListFlows', {})));
			// Queued for sockets, they would take one delay per wave (10 sockets: 5 waves, 2 s).
			expect(Date.now() - started).toBeLessThan(800);
		} finally {
			client.destroy();
		}
	});
});
