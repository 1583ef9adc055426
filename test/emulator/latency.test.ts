/** The emulator's steady per-call latency (the distance to AWS that loopback lacks), used by `npm run bench`. */
import { performance } from 'node:perf_hooks';
import { ListFlowsCommand } from '@aws-sdk/client-appflow';
import { Faults } from '../../emulator/faults';
import { control, startEmulatorBed, type EmulatorBed } from './helpers';

const LATENCY_MS = 120;

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed({ latencyMs: LATENCY_MS });
});
afterAll(() => bed.close());
afterEach(() => bed.emulator.reset());

async function elapsed(work: () => Promise<unknown>): Promise<number> {
	const started = performance.now();
	await work();
	return performance.now() - started;
}

describe('per-call latency', () => {
	it('delays every AppFlow call by the start-up option, but not the control endpoints', async () => {
		await bed.client.send(new ListFlowsCommand({})); // opens the connection, so the next call times the delay only
		expect(await elapsed(() => bed.client.send(new ListFlowsCommand({})))).toBeGreaterThanOrEqual(LATENCY_MS - 5);
		expect(await elapsed(() => control(bed.emulator.url, 'GET', 'stats'))).toBeLessThan(LATENCY_MS / 2);
	});

	it('delays calls in flight together side by side, not one after the other', async () => {
		const client = bed.clientWith({});
		const calls = () => Promise.all(Array.from({ length: 10 }, () => client.send(new ListFlowsCommand({}))));
		await calls();
		const ms = await elapsed(calls);
		expect(ms).toBeGreaterThanOrEqual(LATENCY_MS - 5);
		expect(ms).toBeLessThan(LATENCY_MS * 4); // one after the other would be 10 x the latency
	});

	it('is set and read over HTTP, survives clearing faults, and reset() restores the start-up value', async () => {
		expect(await control(bed.emulator.url, 'POST', 'latency', { latencyMs: 0 })).toEqual({
			status: 200,
			body: { latencyMs: 0 },
		});
		expect(await elapsed(() => bed.client.send(new ListFlowsCommand({})))).toBeLessThan(LATENCY_MS / 2);
		await control(bed.emulator.url, 'POST', 'latency', { latencyMs: 30 });
		expect(await control(bed.emulator.url, 'DELETE', 'faults')).toMatchObject({ status: 200 });
		expect((await control(bed.emulator.url, 'GET', 'latency')).body).toEqual({ latencyMs: 30 });
		bed.emulator.reset();
		expect(bed.emulator.faults.latencyMs).toBe(LATENCY_MS);
	});

	it('refuses a latency that is not a number of milliseconds from 0 to 60000, naming the field', async () => {
		for (const latencyMs of [-1, 'soon', 60_001, null]) {
			expect(await control(bed.emulator.url, 'POST', 'latency', { latencyMs })).toEqual({
				status: 400,
				body: { message: expect.stringMatching(/latencyMs must be a number of milliseconds between 0 and 60000/) },
			});
		}
		expect(bed.emulator.faults.latencyMs).toBe(LATENCY_MS);
		expect(() => new Faults().setLatency(Number.NaN)).toThrow(/latencyMs/);
	});
});
