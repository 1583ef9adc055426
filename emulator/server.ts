/**
 * The AppFlow emulator: an HTTP server that answers AppFlow's REST-JSON API the way AWS does, for the real
 * `@aws-sdk/client-appflow` pointed at it with `endpoint`. Routing, validation and error statuses come from the
 * generated model table; behaviour lives in ./handlers; test controls under /__emulator/ (see ./control).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APPFLOW_MODEL } from '../nodes/AwsAppFlow/model/appflow.generated';
import { validateShape } from '../nodes/AwsAppFlow/model/validate';
import {
	DEFAULT_ACCESS_KEY_ID,
	DEFAULT_SECRET_ACCESS_KEY,
	type Emulator,
	type EmulatorOptions,
	type ReceivedRequest,
} from './api';
import { CONTROL_PREFIX, handleControl } from './control';
import { AwsError } from './errors';
import { faultError, Faults, type ActiveFault } from './faults';
import { HANDLERS } from './handlers';
import type { Counters, HandlerContext, RunSettings } from './handlers/context';
import { triggerRun } from './handlers/executions';
import { MAX_FLOWS } from './handlers/flows';
import { readBody, sendError, sendJson } from './http';
import { SIGNING_NAME } from './model';
import { bindInput, matchRoute } from './routes';
import { verifySigV4 } from './sigv4';
import { Store } from './state/store';
import type { Json } from './state/types';
import { assertValidInput } from './validation';

export * from './api';
export type { ActiveFault, FaultKind, FaultSpec, Faults } from './faults';
export type { RunSettings } from './handlers/context';
export type { RunOutcome } from './state/types';

/** Errors AWS can answer any action with, whether or not the action's model lists them. */
const UNDECLARED_OK = new Set([
	'ValidationException',
	'SerializationException',
	'ThrottlingException',
	'InternalServerException',
	'AccessDeniedException',
]);

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);

const newCounters = (): Counters => ({
	requests: {},
	flowsCreated: 0,
	runsStarted: 0,
	metadataCacheResets: 0,
	authFailures: 0,
	faultsInjected: 0,
});

function assertHandlersMatchModel(): void {
	const modelled = Object.keys(APPFLOW_MODEL.operations).sort().join();
	const handled = Object.keys(HANDLERS).sort().join();
	if (modelled !== handled)
		throw new Error(`Emulator handlers (${handled}) do not match the model's operations (${modelled})`);
}

function parseJsonBody(body: Buffer): Json {
	if (body.length === 0) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(body.toString('utf8'));
	} catch (error) {
		throw new AwsError(
			'SerializationException',
			`Could not parse the request body as JSON: ${(error as Error).message}`,
		);
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new AwsError('SerializationException', 'The request body must be a JSON object.');
	}
	return parsed as Json;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	assertHandlersMatchModel();
	const host = options.host ?? '127.0.0.1';
	if (!isLoopback(host)) throw new Error(`The emulator listens on loopback addresses only, not ${host}`);
	const region = options.region ?? 'us-east-1';
	const accountId = options.accountId ?? '123456789012';
	const credentials = {
		accessKeyId: options.accessKeyId ?? DEFAULT_ACCESS_KEY_ID,
		secretAccessKey: options.secretAccessKey ?? DEFAULT_SECRET_ACCESS_KEY,
	};
	const verifySignature = options.verifySignature ?? true;
	const checkResponses = options.checkResponses ?? true;
	const logger = options.logger;
	const initialFailFlows = [...(options.failFlows ?? [])];
	const runs: RunSettings = {
		runDurationMs: options.runDurationMs ?? 1500,
		cancelDurationMs: options.cancelDurationMs ?? 300,
		recordDelayMs: options.recordDelayMs ?? 0,
		failFlows: new Set(initialFailFlows),
		recordOrder: options.recordOrder ?? 'newestFirst',
		runOutcome: options.runOutcome,
	};
	const initialRuns = { ...runs };
	const store = new Store(region, accountId);
	const faults = new Faults();
	const initialLatencyMs = options.latencyMs ?? 0;
	faults.setLatency(initialLatencyMs);
	let counters = newCounters();
	const received: ReceivedRequest[] = [];
	const pendingDelays = new Set<NodeJS.Timeout>();
	const caller = `arn:aws:iam::${accountId}:user/appflow-emulator`;

	const flowQuota = options.flowQuota ?? MAX_FLOWS;
	if (!Number.isInteger(flowQuota) || flowQuota < 1)
		throw new Error(`flowQuota must be a positive integer, not ${String(options.flowQuota)}`);
	const context = (now: number): HandlerContext => ({ store, runs, counters, now, caller, flowQuota });

	const delay = (ms: number) =>
		new Promise<void>((resolve) => {
			const timer = setTimeout(() => {
				pendingDelays.delete(timer);
				resolve();
			}, ms);
			pendingDelays.add(timer);
		});

	/** Performs one AppFlow action; returns the response body or throws an AwsError. */
	function perform(action: string, input: Json, now: number): Json {
		assertValidInput(action, input);
		let output: Json;
		try {
			output = HANDLERS[action](context(now), input);
		} catch (error) {
			if (
				checkResponses &&
				error instanceof AwsError &&
				!UNDECLARED_OK.has(error.errorName) &&
				!APPFLOW_MODEL.operations[action].errors.includes(error.errorName)
			) {
				throw new AwsError(
					'InternalServerException',
					`Emulator defect: ${action} does not declare ${error.errorName} (${error.message})`,
				);
			}
			throw error;
		}
		if (checkResponses) {
			const violations = validateShape(APPFLOW_MODEL.operations[action].output, JSON.parse(JSON.stringify(output)));
			if (violations.length > 0) {
				const detail = violations.map((v) => `${v.path} ${v.requirement}`).join('; ');
				throw new AwsError(
					'InternalServerException',
					`Emulator defect: ${action} produced an invalid response: ${detail}`,
				);
			}
		}
		return output;
	}

	async function handleAction(
		req: IncomingMessage,
		res: ServerResponse,
		requestId: string,
		body: Buffer,
		url: URL,
	): Promise<string> {
		const now = Date.now();
		if (verifySignature) {
			try {
				verifySigV4(
					{ method: req.method ?? 'GET', rawUrl: req.url ?? '/', headers: req.headersDistinct, body },
					{ credentials, region, service: SIGNING_NAME, now },
				);
			} catch (error) {
				counters.authFailures++;
				throw error;
			}
		}
		const match = matchRoute(req.method ?? 'GET', url.pathname);
		if (!match)
			throw new AwsError('UnknownOperationException', `No AppFlow action answers ${req.method} ${url.pathname}`);
		const { action } = match;
		counters.requests[action] = (counters.requests[action] ?? 0) + 1;

		const fault: ActiveFault | undefined = faults.take(action);
		if (fault) counters.faultsInjected++;
		if (fault?.kind === 'reset') {
			req.socket.destroy();
			return `${action} (fault: reset)`;
		}
		if (fault?.kind === 'delay') await delay(fault.ms ?? 0);
		if (fault?.kind === 'throttle' || fault?.kind === 'error') throw faultError(fault, body);

		const input = bindInput(action, match, url.searchParams, parseJsonBody(body));
		// What AppFlow received, for tests that assert what the node sent (bounded: a long benchmark must not grow it).
		received.push({ action, input: JSON.parse(JSON.stringify(input ?? {})) });
		if (received.length > 1000) received.shift();
		const output = perform(action, input, Date.now());
		if (fault?.kind === 'dropResponse') {
			req.socket.destroy();
			return `${action} (fault: dropResponse)`;
		}
		sendJson(
			res,
			APPFLOW_MODEL.operations[action].code,
			requestId,
			output,
			{},
			{ truncate: fault?.kind === 'truncate' },
		);
		return action;
	}

	const emulatorApi: Omit<Emulator, 'url' | 'port' | 'close'> = {
		host,
		region,
		accountId,
		credentials,
		faults,
		runs,
		stats: () => ({
			requests: { ...counters.requests },
			totalRequests: Object.values(counters.requests).reduce((a, b) => a + b, 0),
			flowsCreated: counters.flowsCreated,
			runsStarted: counters.runsStarted,
			metadataCacheResets: counters.metadataCacheResets,
			authFailures: counters.authFailures,
			faultsInjected: counters.faultsInjected,
			flows: store.flows.size,
			connectorProfiles: store.profiles.size,
			customConnectors: store.connectors.size,
			metadataCacheResetLog: store.metadataCacheResets.map((r) => ({ ...r })),
		}),
		triggerRun: (flowName: string) => triggerRun(context(Date.now()), flowName),
		received: () => received.map((r) => ({ ...r })),
		reset: () => {
			received.length = 0;
			store.clear();
			faults.clear();
			faults.setLatency(initialLatencyMs);
			counters = newCounters();
			runs.runDurationMs = initialRuns.runDurationMs;
			runs.cancelDurationMs = initialRuns.cancelDurationMs;
			runs.recordDelayMs = initialRuns.recordDelayMs;
			runs.recordOrder = initialRuns.recordOrder;
			runs.failFlows.clear();
			for (const name of initialFailFlows) runs.failFlows.add(name);
		},
	};

	const server = createServer((req, res) => {
		const started = Date.now();
		const requestId = randomUUID();
		const url = new URL(req.url ?? '/', 'http://emulator');
		readBody(req)
			.then(async (body) => {
				if (url.pathname.startsWith(CONTROL_PREFIX))
					return handleControl(emulatorApi, req.method ?? 'GET', url.pathname, body, res, requestId);
				// The distance to AWS: every AppFlow call waits, refused ones too (AWS's front door is as far away).
				if (faults.latencyMs > 0) await delay(faults.latencyMs);
				return handleAction(req, res, requestId, body, url);
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
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const port = (server.address() as AddressInfo).port;
	const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

	return {
		...emulatorApi,
		url,
		port,
		close: () =>
			new Promise<void>((resolve) => {
				for (const timer of pendingDelays) clearTimeout(timer);
				pendingDelays.clear();
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
