/**
 * The AppFlow emulator: an HTTP server that answers AppFlow's REST-JSON API the way AWS does, for the real
 * `@aws-sdk/client-appflow` pointed at it with `endpoint`. Routing, validation and error statuses come from the
 * generated model table; behaviour lives in ./handlers; test controls under /__emulator/ (see ./control).
 * Start-up is in parts: core/settings.ts (options), core/state.ts (what it holds), core/actions.ts (one request).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Emulator, EmulatorOptions } from './api';
import { CONTROL_PREFIX, handleControl } from './control';
import { assertHandlersMatchModel, handleAction } from './core/actions';
import { resolveSettings, type EmulatorSettings } from './core/settings';
import { EmulatorState } from './core/state';
import { AwsError } from './errors';
import { triggerRun } from './handlers/executions';
import { readBody, sendError } from './http';

export * from './api';
export type { ActiveFault, FaultKind, FaultSpec, Faults } from './faults';
export type { RunSettings } from './handlers/context';
export type { RunOutcome } from './state/types';

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	assertHandlersMatchModel();
	const settings = resolveSettings(options);
	const state = new EmulatorState(settings);
	const api = controlApi(settings, state);
	const server = createServer((req, res) => serve(settings, state, api, req, res));
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, settings.host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const port = (server.address() as AddressInfo).port;
	const host = settings.host;
	return {
		...api,
		url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
		port,
		close: () =>
			new Promise<void>((resolve) => {
				state.endDelays();
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

type EmulatorApi = Omit<Emulator, 'url' | 'port' | 'close'>;

/** What tests and the control endpoints see of a running emulator. */
function controlApi(settings: EmulatorSettings, state: EmulatorState): EmulatorApi {
	const { store } = state;
	return {
		host: settings.host,
		region: settings.region,
		accountId: settings.accountId,
		credentials: settings.credentials,
		faults: state.faults,
		runs: state.runs,
		stats: () => ({
			requests: { ...state.counters.requests },
			totalRequests: Object.values(state.counters.requests).reduce((a, b) => a + b, 0),
			flowsCreated: state.counters.flowsCreated,
			runsStarted: state.counters.runsStarted,
			metadataCacheResets: state.counters.metadataCacheResets,
			authFailures: state.counters.authFailures,
			faultsInjected: state.counters.faultsInjected,
			flows: store.flows.size,
			connectorProfiles: store.profiles.size,
			customConnectors: store.connectors.size,
			metadataCacheResetLog: store.metadataCacheResets.map((r) => ({ ...r })),
		}),
		triggerRun: (flowName: string) => triggerRun(state.context(Date.now()), flowName),
		received: () => state.received(),
		reset: () => state.reset(),
	};
}

/** One HTTP request: a control request, or an AppFlow action after the configured latency; errors as AWS's. */
function serve(
	settings: EmulatorSettings,
	state: EmulatorState,
	api: EmulatorApi,
	req: IncomingMessage,
	res: ServerResponse,
): void {
	const { logger } = settings;
	const started = Date.now();
	const requestId = randomUUID();
	const url = new URL(req.url ?? '/', 'http://emulator');
	readBody(req)
		.then(async (body) => {
			if (url.pathname.startsWith(CONTROL_PREFIX))
				return handleControl(api, req.method ?? 'GET', url.pathname, body, res, requestId);
			// The distance to AWS: every AppFlow call waits, refused ones too (AWS's front door is as far away).
			if (state.faults.latencyMs > 0) await state.delay(state.faults.latencyMs);
			return handleAction(settings, state, req, res, { requestId, body, url });
		})
		.then((what) =>
			logger?.info(
				`${req.method} ${url.pathname} ${what} -> ${res.headersSent ? res.statusCode : 'no response'} (${Date.now() - started} ms)`,
			),
		)
		.catch((error: unknown) => {
			const awsError =
				error instanceof AwsError
					? error
					: new AwsError('InternalServerException', 'An internal error occurred in the emulator.');
			if (!(error instanceof AwsError))
				logger?.warn(`${req.method} ${url.pathname} failed: ${(error as Error)?.stack ?? String(error)}`);
			if (awsError.status >= 500) logger?.warn(`${req.method} ${url.pathname}: ${awsError.message}`);
			if (!res.headersSent && !res.destroyed) sendError(res, requestId, awsError);
			logger?.info(
				`${req.method} ${url.pathname} -> ${awsError.status} ${awsError.errorName} (${Date.now() - started} ms)`,
			);
		});
}
