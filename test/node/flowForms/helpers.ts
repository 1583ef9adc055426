/**
 * Shared set-up of the guided Create Flow / Update Flow form tests: each reader builds the member in AppFlow's
 * request syntax on the parameter-checker fake (test/harness/parameterChecker.ts), which refuses any parameter path
 * the operation never declared, so a reader cannot read a field the form lacks.
 */
import type { AppFlowOperation } from '../../../nodes/AwsAppFlow/actions/common/operation';
import { operationForAction } from '../../../nodes/AwsAppFlow/actions/registry';
import { readRequest } from '../../../nodes/AwsAppFlow/actions/common/request';
import { parameterChecker } from '../../harness/parameterChecker';

export const createFlow = operationForAction('CreateFlow');
export const updateFlow = operationForAction('UpdateFlow');

export interface SentCall {
	action: string;
	input: Record<string, unknown>;
}

export function fakeSend(responses: Record<string, Record<string, unknown>>) {
	const calls: SentCall[] = [];
	const send = async (action: string, input: object) => {
		calls.push({ action, input: input as Record<string, unknown> });
		if (!responses[action]) throw new Error(`Unexpected ${action}`);
		return JSON.parse(JSON.stringify(responses[action])) as Record<string, unknown>;
	};
	return { calls, send };
}

export async function createRequest(parameters: Record<string, unknown>): Promise<Record<string, unknown>> {
	return await readRequest(parameterChecker(createFlow, parameters), 0, 'CreateFlow', {
		readers: createFlow.definition.readers,
	});
}

export async function readMember(
	member: string,
	parameters: Record<string, unknown>,
	op: AppFlowOperation = createFlow,
): Promise<unknown> {
	return await op.definition.readers![member](parameterChecker(op, parameters), 0);
}

export const strict = { rejectUnknownMembers: true };
