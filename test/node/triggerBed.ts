/**
 * The AWS AppFlow Trigger's test bed: the emulator, an SDK client to start runs with, and pollers that keep their
 * workflow static data between polls as n8n does. Call useTriggerBed() once at the top of a test file.
 */
import { CreateFlowCommand, DescribeFlowExecutionRecordsCommand, StartFlowCommand } from '@aws-sdk/client-appflow';
import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { AwsAppFlowTrigger } from '../../nodes/AwsAppFlowTrigger/AwsAppFlowTrigger.node';
import { createPoller, type Poller } from '../harness/runPoll';
import { s3FlowRequest, startNodeBed, type NodeBed } from './nodeBed';

export const trigger = new AwsAppFlowTrigger();
export const FINAL = ['Successful', 'Error', 'Canceled'];
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const items = (output: INodeExecutionData[][] | null): IDataObject[] =>
	output ? output[0].map((i) => i.json) : [];
export const ids = (output: INodeExecutionData[][] | null) => items(output).map((i) => String(i.executionId));
export type RecordsRequest = { flowName: string; maxResults: number; nextToken?: string };

export function useTriggerBed() {
	let bed: NodeBed;
	beforeAll(async () => {
		bed = await startNodeBed();
	});
	afterAll(async () => await bed.close());
	beforeEach(() => bed.emulator.reset());

	const poller = (parameters: INodeParameters): Poller =>
		createPoller(trigger, {
			parameters,
			credentials: bed.credentials as unknown as Record<string, ICredentialDataDecryptedObject>,
		});
	const runFinished = (flowName: string, extra: INodeParameters = {}) =>
		poller({ event: 'runFinished', watch: 'flow', flowName: { __rl: true, mode: 'list', value: flowName }, ...extra });
	const createFlow = async (name: string, scheduled = false) =>
		bed.client.send(
			new CreateFlowCommand({
				...(s3FlowRequest(name) as object),
				...(scheduled
					? {
							triggerConfig: {
								triggerType: 'Scheduled',
								triggerProperties: { Scheduled: { scheduleExpression: 'rate(1hours)' } },
							},
						}
					: {}),
			} as never),
		);
	const start = async (flowName: string, times = 1): Promise<string[]> => {
		const started: string[] = [];
		for (let batch = 0; batch < times; batch += 25) {
			const answers = await Promise.all(
				Array.from({ length: Math.min(25, times - batch) }, () => bed.client.send(new StartFlowCommand({ flowName }))),
			);
			started.push(...answers.map((a) => a.executionId!));
		}
		return started;
	};
	const allRecords = async (flowName: string) => {
		const records: Array<{ executionId?: string; executionStatus?: string }> = [];
		let nextToken: string | undefined;
		do {
			const page = await bed.client.send(
				new DescribeFlowExecutionRecordsCommand({ flowName, maxResults: 100, nextToken }),
			);
			records.push(...(page.flowExecutions ?? []));
			nextToken = page.nextToken;
		} while (nextToken);
		return records;
	};
	async function untilAllFinal(flowName: string, expected: number): Promise<void> {
		const until = Date.now() + 10_000;
		for (;;) {
			const records = await allRecords(flowName);
			if (records.length === expected && records.every((r) => FINAL.includes(r.executionStatus!))) return;
			if (Date.now() > until) throw new Error(`runs of ${flowName} did not all finish`);
			await sleep(25);
		}
	}
	const recordsCalls = () => bed.emulator.stats().requests.DescribeFlowExecutionRecords ?? 0;
	/** The DescribeFlowExecutionRecords requests `act` made (counted, so the emulator's bounded log cannot skew it). */
	async function recordRequestsOf<T>(act: () => Promise<T>): Promise<{ result: T; requests: RecordsRequest[] }> {
		const before = recordsCalls();
		const result = await act();
		const count = recordsCalls() - before;
		return {
			result,
			requests: count === 0 ? [] : (bed.received('DescribeFlowExecutionRecords') as RecordsRequest[]).slice(-count),
		};
	}
	return {
		bed: () => bed,
		sdk: () => bed.client,
		poller,
		runFinished,
		createFlow,
		start,
		allRecords,
		untilAllFinal,
		recordRequestsOf,
	};
}
