/**
 * One AppFlow request, as AWS answers it: signature, route, injected fault, input bound and validated from the
 * model, the handler, and (unless switched off) the answer checked against the model so the emulator cannot drift.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';
import { validateShape } from '../../nodes/AwsAppFlow/model/validate';
import { AwsError } from '../errors';
import { faultError } from '../faults';
import { HANDLERS } from '../handlers';
import { sendJson } from '../http';
import { SIGNING_NAME } from '../model';
import { bindInput, matchRoute } from '../routes';
import { verifySigV4 } from '../sigv4';
import type { Json } from '../state/types';
import { assertValidInput } from '../validation';
import type { EmulatorSettings } from './settings';
import type { EmulatorState } from './state';

/** Errors AWS can answer any action with, whether or not the action's model lists them. */
const UNDECLARED_OK = new Set([
	'ValidationException',
	'SerializationException',
	'ThrottlingException',
	'InternalServerException',
	'AccessDeniedException',
]);

export function assertHandlersMatchModel(): void {
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

/** Performs one AppFlow action; returns the response body or throws an AwsError. */
function perform(state: EmulatorState, checkResponses: boolean, action: string, input: Json, now: number): Json {
	assertValidInput(action, input);
	let output: Json;
	try {
		output = HANDLERS[action](state.context(now), input);
	} catch (error) {
		const undeclared =
			error instanceof AwsError &&
			!UNDECLARED_OK.has(error.errorName) &&
			!APPFLOW_MODEL.operations[action].errors.includes(error.errorName);
		if (checkResponses && undeclared) {
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

/** Answers one AppFlow request; returns what to log. Throws AwsError for AWS's error answers. */
export async function handleAction(
	settings: EmulatorSettings,
	state: EmulatorState,
	req: IncomingMessage,
	res: ServerResponse,
	request: { requestId: string; body: Buffer; url: URL },
): Promise<string> {
	const { requestId, body, url } = request;
	if (settings.verifySignature) {
		try {
			verifySigV4(
				{ method: req.method ?? 'GET', rawUrl: req.url ?? '/', headers: req.headersDistinct, body },
				{ credentials: settings.credentials, region: settings.region, service: SIGNING_NAME, now: Date.now() },
			);
		} catch (error) {
			state.counters.authFailures++;
			throw error;
		}
	}
	const match = matchRoute(req.method ?? 'GET', url.pathname);
	if (!match)
		throw new AwsError('UnknownOperationException', `No AppFlow action answers ${req.method} ${url.pathname}`);
	const { action } = match;
	state.counters.requests[action] = (state.counters.requests[action] ?? 0) + 1;

	const fault = state.faults.take(action);
	if (fault) state.counters.faultsInjected++;
	if (fault?.kind === 'reset') {
		req.socket.destroy();
		return `${action} (fault: reset)`;
	}
	if (fault?.kind === 'delay') await state.delay(fault.ms ?? 0);
	if (fault?.kind === 'throttle' || fault?.kind === 'error') throw faultError(fault, body);

	const input = bindInput(action, match, url.searchParams, parseJsonBody(body));
	// What AppFlow received, for tests that assert what the node sent.
	state.record({ action, input: JSON.parse(JSON.stringify(input ?? {})) });
	const output = perform(state, settings.checkResponses, action, input, Date.now());
	if (fault?.kind === 'dropResponse') {
		req.socket.destroy();
		return `${action} (fault: dropResponse)`;
	}
	sendJson(res, APPFLOW_MODEL.operations[action].code, requestId, output, {}, { truncate: fault?.kind === 'truncate' });
	return action;
}
