/** What every measure runs: the node in n8n-core's real ExecuteContext, and the bare SDK doing the same calls. */
import { AppflowClient, DescribeFlowCommand, type AppflowClientConfig } from '@aws-sdk/client-appflow';
import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import { runNode } from '../../test/harness/runNode';
import type { EmulatorProcess } from './emulator';

export const BENCH_FLOW = 'bench-flow';

/** Get (DescribeFlow) of one flow, its name fixed or read per item from an expression. */
export const DESCRIBE_FIXED: INodeParameters = { resource: 'flow', operation: 'describeFlow', flowName: BENCH_FLOW };
export const DESCRIBE_BY_EXPRESSION: INodeParameters = { ...DESCRIBE_FIXED, flowName: '={{ $json.name }}' };
export const nameItem = (): object => ({ name: BENCH_FLOW });

export function sdkClient(emulator: EmulatorProcess, config: Partial<AppflowClientConfig> = {}): AppflowClient {
	return new AppflowClient({
		region: emulator.region,
		endpoint: emulator.url,
		credentials: emulator.credentials,
		...config,
	});
}

export function credentialFor(emulator: EmulatorProcess): Record<string, ICredentialDataDecryptedObject> {
	return {
		awsAppFlowApi: {
			region: emulator.region,
			credentialSource: 'accessKeys',
			accessKeyId: emulator.credentials.accessKeyId,
			secretAccessKey: emulator.credentials.secretAccessKey,
			endpoint: emulator.url,
		},
	};
}

const node = new AwsAppFlow();

/**
 * One execution of the node over `count` items; returns its output length (checked by the caller). Like n8n, it
 * gives the execution a cancel signal (n8n's getExecutionCancelSignal), which the node wires into its AWS calls.
 */
export async function runNodeOnce(
	emulator: EmulatorProcess,
	parameters: INodeParameters,
	count: number,
	itemsOf: (i: number) => object = () => ({}),
): Promise<number> {
	const items = Array.from({ length: count }, (_, i) => itemsOf(i));
	const output = await runNode(node, {
		parameters,
		items: items as never,
		credentials: credentialFor(emulator),
		abortSignal: new AbortController().signal,
	});
	return output[0].length;
}

/** The same calls with the SDK alone: one client per run, as the node has one per execution. */
export async function runSdkOnce(
	emulator: EmulatorProcess,
	count: number,
	config: Partial<AppflowClientConfig> = {},
): Promise<number> {
	return await runSdkBatchesOnce(emulator, count, 1, config);
}

/** The bare SDK's batching: `size` calls in flight together (Promise.all), batch after batch, on one client. */
export async function runSdkBatchesOnce(
	emulator: EmulatorProcess,
	count: number,
	size: number,
	config: Partial<AppflowClientConfig> = {},
): Promise<number> {
	const client = sdkClient(emulator, config);
	let answered = 0;
	try {
		for (let start = 0; start < count; start += size) {
			const calls = Array.from({ length: Math.min(size, count - start) }, () =>
				client.send(new DescribeFlowCommand({ flowName: BENCH_FLOW })),
			);
			for (const flow of await Promise.all(calls)) if (flow.flowName === BENCH_FLOW) answered++;
		}
	} finally {
		client.destroy();
	}
	return answered;
}
