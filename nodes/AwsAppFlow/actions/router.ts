/**
 * The router owns the item loop: one AppFlow client for the whole execution, dispatch by lookup, pairedItem on
 * every item, and Continue On Fail handled once for every operation.
 */
import type { AppflowClient } from '@aws-sdk/client-appflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { createAppflowClient } from '../transport/client';
import { secretsOf, type AppFlowCredentialData } from '../transport/credentials';
import { toNodeError } from '../transport/errors';
import { sendAction } from '../transport/send';
import type { ItemContext } from './common/operation';
import { findOperation } from './registry';

export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const credentials = (await this.getCredentials('awsAppFlowApi')) as AppFlowCredentialData;
	const secrets = secretsOf(credentials);
	const cancelSignal = this.getExecutionCancelSignal?.();
	let client: Promise<AppflowClient> | undefined;
	const output: INodeExecutionData[] = [];

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const resource = this.getNodeParameter('resource', itemIndex) as string;
		const operationName = this.getNodeParameter('operation', itemIndex) as string;
		let action: string | undefined;
		try {
			const operation = findOperation(resource, operationName);
			if (!operation) {
				throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of resource "${resource}" is not known`, { itemIndex });
			}
			const ctx: ItemContext = {
				fn: this,
				itemIndex,
				send: async (sentAction, input) => {
					action = sentAction;
					client ??= createAppflowClient(credentials);
					return await sendAction(await client, sentAction, input, cancelSignal);
				},
			};
			action = operation.definition.action;
			const results = await operation.execute(ctx);
			for (const json of results) output.push({ json, pairedItem: { item: itemIndex } });
		} catch (error) {
			const nodeError = toNodeError(error, { node: this.getNode(), itemIndex, secrets, action });
			if (this.continueOnFail()) {
				const json: IDataObject = { error: nodeError.message };
				if (nodeError.description) json.description = nodeError.description;
				if ('httpCode' in nodeError && nodeError.httpCode) json.httpCode = nodeError.httpCode;
				output.push({ json, pairedItem: { item: itemIndex } });
				continue;
			}
			throw nodeError;
		}
	}
	return [output];
}
