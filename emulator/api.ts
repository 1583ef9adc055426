/** The public face of the emulator: start-up options, the running emulator's interface and its statistics. */
import type { Faults } from './faults';
import type { RecordOrder, RunSettings } from './handlers/context';
import type { MetadataCacheReset, RunOutcome } from './state/types';

export const DEFAULT_ACCESS_KEY_ID = 'AKIAEMULATORTESTKEY1';
export const DEFAULT_SECRET_ACCESS_KEY = 'emulator-secret-key-do-not-use-in-aws';

export interface EmulatorLogger {
	info(message: string): void;
	warn(message: string): void;
}

export interface EmulatorOptions {
	/** Port to listen on; 0 (default) picks a free one. */
	port?: number;
	/** Loopback address to listen on (default 127.0.0.1). Other addresses are refused. */
	host?: string;
	accessKeyId?: string;
	secretAccessKey?: string;
	region?: string;
	accountId?: string;
	/** How long a run stays InProgress (default 1500 ms). */
	runDurationMs?: number;
	/** How long a canceled run stays CancelStarted before it is Canceled (default 300 ms). */
	cancelDurationMs?: number;
	/** How long after StartFlow a run appears in DescribeFlowExecutionRecords (default 0; AWS lags a few seconds). */
	recordDelayMs?: number;
	/** Flows whose runs end in Error. */
	failFlows?: Iterable<string>;
	/** The order of execution records (default newestFirst; AWS documents none). */
	recordOrder?: RecordOrder;
	/** How runs of flows not in failFlows end (default: Successful). */
	runOutcome?: (flowName: string) => RunOutcome;
	/** Refuse requests not signed with the key pair (default true). */
	verifySignature?: boolean;
	/** Answer 500 when a handler produces a response the model does not allow, or an error the action does not declare (default true). */
	checkResponses?: boolean;
	/** Milliseconds added before every AppFlow call is answered (default 0); change it with faults.setLatency. */
	latencyMs?: number;
	/** Flows the account may hold (default 1000, AppFlow's documented quota); raise it for benchmarks over more flows. */
	flowQuota?: number;
	/** Receives one line per request; silent by default. Never given bodies or secrets. */
	logger?: EmulatorLogger;
}

export interface EmulatorStats {
	/** Requests that reached an action (correctly signed), by action name. */
	requests: Record<string, number>;
	totalRequests: number;
	flowsCreated: number;
	runsStarted: number;
	metadataCacheResets: number;
	authFailures: number;
	faultsInjected: number;
	/** Resources that exist now. */
	flows: number;
	connectorProfiles: number;
	customConnectors: number;
	/** What each ResetConnectorMetadataCache call asked for, oldest first. */
	metadataCacheResetLog: MetadataCacheReset[];
}

export interface ReceivedRequest {
	action: string;
	input: unknown;
}

export interface Emulator {
	/** Base URL to give the SDK as `endpoint`, for example http://127.0.0.1:41234. */
	readonly url: string;
	readonly port: number;
	readonly host: string;
	readonly region: string;
	readonly accountId: string;
	readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
	readonly faults: Faults;
	/** Run timing and outcomes; change them at any time (failFlows is a live Set). */
	readonly runs: RunSettings;
	stats(): EmulatorStats;
	/** Starts a run of an active scheduled or event flow as if its trigger fired; returns the execution id. */
	triggerRun(flowName: string): string;
	/** The signed requests that reached an action, oldest first (the last 1000), with their input as AppFlow read it. */
	received(): ReceivedRequest[];
	/** Forgets all resources, counters and faults, and puts the run settings back to the options it was started with. */
	reset(): void;
	/** Stops listening, closes every connection and cancels pending delays. */
	close(): Promise<void>;
}
