/**
 * The benchmark's command-line flags, read once:
 *   --items N (1000)        items per execution in the per-item measure
 *   --reps R (9)            repetitions of each measure
 *   --flows F (10000)       flows to list
 *   --latency MS (25)       the emulator's delay on every call in the batching measure (a cross-region call: 20-80 ms)
 *   --latency-items N (200) items per execution in the batching measure
 *   --only a,b              run only these measures: perItem, batching, listing, startup
 *   --quick                 200 items, 3 reps, 1000 flows (a smoke run; figures are not worth quoting)
 */
function flag(name: string, fallback: number): number {
	const at = process.argv.indexOf(`--${name}`);
	if (at === -1) return fallback;
	const value = Number(process.argv[at + 1]);
	if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a non-negative number`);
	return value;
}

function only(): Set<string> | undefined {
	const at = process.argv.indexOf('--only');
	return at === -1 ? undefined : new Set(process.argv[at + 1]?.split(',') ?? []);
}

const QUICK = process.argv.includes('--quick');
const selected = only();

export const OPTIONS = {
	quick: QUICK,
	items: flag('items', QUICK ? 200 : 1000),
	reps: flag('reps', QUICK ? 3 : 9),
	flows: flag('flows', QUICK ? 1000 : 10_000),
	latencyMs: flag('latency', 25),
	latencyItems: flag('latency-items', 200),
	batchSizes: [10, 50],
	runs: (measure: 'perItem' | 'batching' | 'listing' | 'startup') => !selected || selected.has(measure),
};
