/**
 * Shared set-up of the guided connector profile and connector registration form tests: `run` executes the operation
 * on the parameter-checker fake (test/harness/parameterChecker.ts: a parameter the operation does not declare
 * throws; a hidden one is not readable) and checks that exactly one request was sent and that it passes the model's
 * validator.
 */
import { type IDataObject } from 'n8n-workflow';

import type { AppFlowOperation } from '../../../nodes/AwsAppFlow/actions/common/operation';
import { operationForAction } from '../../../nodes/AwsAppFlow/actions/registry';
import { validateActionInput } from '../../../nodes/AwsAppFlow/model/validate';
import { parameterChecker } from '../../harness/parameterChecker';

export const registerConnector = operationForAction('RegisterConnector');
export const updateConnectorRegistration = operationForAction('UpdateConnectorRegistration');
export const createConnectorProfile = operationForAction('CreateConnectorProfile');
export const updateConnectorProfile = operationForAction('UpdateConnectorProfile');

export async function run(op: AppFlowOperation, parameters: IDataObject) {
	const sent: Array<{ action: string; input: Record<string, unknown> }> = [];
	const items = await op.execute({
		fn: parameterChecker(op, parameters),
		itemIndex: 0,
		send: async (action, input) => {
			sent.push({ action, input: input as Record<string, unknown> });
			return { connectorProfileArn: 'arn:aws:appflow:us-east-1:123456789012:connectorprofile/p' };
		},
	});
	expect(sent).toHaveLength(1);
	expect(sent[0].action).toBe(op.definition.action);
	expect(validateActionInput(op.definition.action, sent[0].input, { rejectUnknownMembers: true })).toEqual([]);
	return { request: sent[0].input, items };
}

export const profile = { connectorProfileName: 'my-profile', connectionMode: 'Public' };
