/**
 * The router owns the item loop: one AppFlow client for the whole execution, dispatch by lookup, pairedItem on
 * every item, and Continue On Fail handled once for every operation.
 *
 * Items run one after the other by default; with Options > Batching they run in batches whose items are in
 * flight together. Either way the output lists each item's results in input order, every one paired with its
 * input item, and without Continue On Fail the first failing item (in input order) fails the execution once its
 * batch has settled. Throttling is left to the SDK's retries on the shared client: in adaptive mode its rate
 * limiter slows every call of the execution down instead of failing items.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { secretsOf, type AppFlowCredentialData } from '../transport/credentials';
import { toNodeError } from '../transport/errors';
import { addItemSecrets, itemSecrets } from '../transport/itemSecrets';
import { requestSecrets } from '../model/secrets';
import { readExecutionOptions, type ExecutionOptions } from '../transport/executionOptions';
import { openSession } from '../transport/session';
import { sleep } from '../transport/sleep';
import type { ItemContext } from './common/operation';
import { succeededBefore } from './outcomes';
import { findOperation } from './registry';

export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const credentials = (await this.getCredentials('awsAppFlowApi')) as AppFlowCredentialData;
	const secrets = secretsOf(credentials);
	const continueOnFail = this.continueOnFail();
	let options: ExecutionOptions;
	try {
		options = readExecutionOptions(this);
	} catch (error) {
		const optionsError = toNodeError(error, { node: this.getNode(), itemIndex: 0, secrets });
		// Options apply to every item: with Continue On Fail, every item carries the error.
		if (!continueOnFail) throw optionsError;
		const { message, description } = optionsError;
		return [
			items.map((_, item) => ({
				json: description ? { error: message, description } : { error: message },
				pairedItem: { item },
			})),
		];
	}
	const cancelSignal = this.getExecutionCancelSignal?.();
	const session = openSession(credentials, options.client);
	// Resource and operation take no expressions (noDataExpression): the same for every item, so read once.
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = findOperation(resource, operationName);

	/** One item's output items; throws its n8n error unless Continue On Fail turns it into an error item. */
	const runItem = async (itemIndex: number): Promise<INodeExecutionData[]> => {
		let action: string | undefined;
		try {
			if (!operation) {
				throw new NodeOperationError(
					this.getNode(),
					`The operation "${operationName}" of resource "${resource}" is not known`,
					{ itemIndex },
				);
			}
			const ctx: ItemContext = {
				fn: this,
				itemIndex,
				send: async (sentAction, input, abortSignal) => {
					action = sentAction;
					// Whatever the operation built, its secrets are masked in the errors AWS or the network answer with.
					addItemSecrets(this, itemIndex, requestSecrets(sentAction, input));
					const signals = [cancelSignal, abortSignal].filter((s): s is AbortSignal => s !== undefined);
					return await session.send(sentAction, input, signals.length > 1 ? AbortSignal.any(signals) : signals[0]);
				},
			};
			action = operation.definition.action;
			const results = await operation.execute(ctx);
			return results.map((json) => ({ json, pairedItem: { item: itemIndex } }));
		} catch (error) {
			// A cancelled execution stops as it is: not an item's failure to report or to continue past.
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- n8n's own cancellation must reach n8n unchanged
			if (cancelSignal?.aborted) throw error;
			const nodeError = toNodeError(error, {
				node: this.getNode(),
				itemIndex,
				secrets: [...secrets, ...itemSecrets(this, itemIndex)],
				action,
			});
			if (!continueOnFail) throw nodeError;
			const json: IDataObject = { error: nodeError.message };
			if (nodeError.description) json.description = nodeError.description;
			if ('httpCode' in nodeError && nodeError.httpCode) json.httpCode = nodeError.httpCode;
			return [{ json, pairedItem: { item: itemIndex } }];
		}
	};

	const output: INodeExecutionData[] = [];
	const { size, intervalMs } = options.batching;
	/** The item's failure, telling which other items had already succeeded in AWS. */
	const failure = (error: unknown, alsoSucceeded: INodeExecutionData[] = []) => {
		const done = succeededBefore([...output, ...alsoSucceeded]);
		if (done && (error instanceof NodeApiError || error instanceof NodeOperationError)) {
			error.description = [error.description, done].filter(Boolean).join(' ');
		}
		return error;
	};
	try {
		for (let start = 0; start < items.length; start += size) {
			if (start > 0 && intervalMs > 0) await sleep(intervalMs, cancelSignal);
			const end = Math.min(start + size, items.length);
			const batch: Array<Promise<INodeExecutionData[]>> = [];
			for (let itemIndex = start; itemIndex < end; itemIndex++) batch.push(runItem(itemIndex));
			// Every call of the batch settles before anything is reported, so none is left running unobserved.
			const settled = await Promise.allSettled(batch);
			const rejected = settled.find((s) => s.status === 'rejected');
			if (rejected) {
				const batchDone = settled.flatMap((s) => (s.status === 'fulfilled' ? s.value : []));
				// Already the item's n8n error (runItem), or n8n's own cancellation.
				throw failure(rejected.reason, cancelSignal?.aborted ? [] : batchDone);
			}
			for (const s of settled) if (s.status === 'fulfilled') output.push(...s.value);
		}
	} finally {
		// The execution's client goes with it: its keep-alive sockets are closed rather than left to the server.
		await session.close();
	}
	return [output];
}
