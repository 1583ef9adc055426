/** Small statistics and timing helpers shared by the measures. */
import { performance } from 'perf_hooks';

export const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
export const mb = (bytes: number): number => round(bytes / 1024 / 1024, 1);

/** Wall time, and the CPU time this process spent (user + system): the client's own work, without the emulator's. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; result: T }> {
	const cpu = process.cpuUsage();
	const started = performance.now();
	const result = await work();
	const ms = performance.now() - started;
	const used = process.cpuUsage(cpu);
	return { ms, cpuMs: (used.user + used.system) / 1000, result };
}

export function expectCount(what: string, got: number, want: number): void {
	if (got !== want) throw new Error(`${what}: ${got} results for ${want} calls`);
}
