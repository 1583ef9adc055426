/**
 * Everything the running emulator holds: AppFlow's resources, injected faults, run settings, counters and the log
 * of received requests, plus the pending delays that close() must end. reset() returns it all to start-up.
 */
import type { ReceivedRequest } from '../api';
import { Faults } from '../faults';
import type { Counters, HandlerContext, RunSettings } from '../handlers/context';
import { Store } from '../state/store';
import type { EmulatorSettings } from './settings';

/** Received requests kept at most: a long benchmark must not grow the log without bound. */
const RECEIVED_KEPT = 1000;

const newCounters = (): Counters => ({
	requests: {},
	flowsCreated: 0,
	runsStarted: 0,
	metadataCacheResets: 0,
	authFailures: 0,
	faultsInjected: 0,
});

export class EmulatorState {
	readonly store: Store;
	readonly faults = new Faults();
	readonly runs: RunSettings;
	counters = newCounters();
	private readonly log: ReceivedRequest[] = [];
	private readonly pendingDelays = new Set<NodeJS.Timeout>();
	private readonly caller: string;

	constructor(private readonly settings: EmulatorSettings) {
		this.store = new Store(settings.region, settings.accountId);
		this.runs = { ...settings.runs, failFlows: new Set(settings.runs.failFlows) };
		this.faults.setLatency(settings.latencyMs);
		this.caller = `arn:aws:iam::${settings.accountId}:user/appflow-emulator`;
	}

	/** What a handler gets for one request, at time `now`. */
	context(now: number): HandlerContext {
		const { store, runs, counters, caller } = this;
		return { store, runs, counters, now, caller, flowQuota: this.settings.flowQuota };
	}

	record(request: ReceivedRequest): void {
		this.log.push(request);
		if (this.log.length > RECEIVED_KEPT) this.log.shift();
	}

	received(): ReceivedRequest[] {
		return this.log.map((r) => ({ ...r }));
	}

	/** A wait that close() ends. */
	delay(ms: number): Promise<void> {
		return new Promise<void>((resolve) => {
			const timer = setTimeout(() => {
				this.pendingDelays.delete(timer);
				resolve();
			}, ms);
			this.pendingDelays.add(timer);
		});
	}

	endDelays(): void {
		for (const timer of this.pendingDelays) clearTimeout(timer);
		this.pendingDelays.clear();
	}

	reset(): void {
		const initial = this.settings.runs;
		this.log.length = 0;
		this.store.clear();
		this.faults.clear();
		this.faults.setLatency(this.settings.latencyMs);
		this.counters = newCounters();
		this.runs.runDurationMs = initial.runDurationMs;
		this.runs.cancelDurationMs = initial.cancelDurationMs;
		this.runs.recordDelayMs = initial.recordDelayMs;
		this.runs.recordOrder = initial.recordOrder;
		this.runs.failFlows.clear();
		for (const name of initial.failFlows) this.runs.failFlows.add(name);
	}
}
