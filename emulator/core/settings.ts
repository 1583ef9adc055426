/** The emulator's start-up options resolved and checked once: defaults, loopback-only host, quotas. */
import { DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY, type EmulatorLogger, type EmulatorOptions } from '../api';
import type { RunSettings } from '../handlers/context';
import { MAX_FLOWS } from '../handlers/flows';

export interface EmulatorSettings {
	host: string;
	region: string;
	accountId: string;
	credentials: { accessKeyId: string; secretAccessKey: string };
	verifySignature: boolean;
	checkResponses: boolean;
	logger?: EmulatorLogger;
	flowQuota: number;
	latencyMs: number;
	/** The run settings at start-up; reset() returns to them. */
	runs: Readonly<Omit<RunSettings, 'failFlows'>> & { failFlows: readonly string[] };
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);

export function resolveSettings(options: EmulatorOptions): EmulatorSettings {
	const host = options.host ?? '127.0.0.1';
	if (!isLoopback(host)) throw new Error(`The emulator listens on loopback addresses only, not ${host}`);
	const flowQuota = options.flowQuota ?? MAX_FLOWS;
	if (!Number.isInteger(flowQuota) || flowQuota < 1)
		throw new Error(`flowQuota must be a positive integer, not ${String(options.flowQuota)}`);
	return {
		host,
		region: options.region ?? 'us-east-1',
		accountId: options.accountId ?? '123456789012',
		credentials: {
			accessKeyId: options.accessKeyId ?? DEFAULT_ACCESS_KEY_ID,
			secretAccessKey: options.secretAccessKey ?? DEFAULT_SECRET_ACCESS_KEY,
		},
		verifySignature: options.verifySignature ?? true,
		checkResponses: options.checkResponses ?? true,
		logger: options.logger,
		flowQuota,
		latencyMs: options.latencyMs ?? 0,
		runs: {
			runDurationMs: options.runDurationMs ?? 1500,
			cancelDurationMs: options.cancelDurationMs ?? 300,
			recordDelayMs: options.recordDelayMs ?? 0,
			failFlows: [...(options.failFlows ?? [])],
			recordOrder: options.recordOrder ?? 'newestFirst',
			runOutcome: options.runOutcome,
		},
	};
}
