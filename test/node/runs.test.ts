/**
 * Flow Execution > Get (one run by execution ID) and Get Many with Filters, through n8n's execution context
 * against the emulator. AppFlow documents no order for run records, so every test runs in each of the emulator's
 * record orders (newest first, oldest first, shuffled) and the node must answer the same in all of them.
 */
import {
	CreateFlowCommand,
	DescribeFlowExecutionRecordsCommand,
	StartFlowCommand,
	type ExecutionRecord,
} from '@aws-sdk/client-appflow';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { jsonOf, s3FlowRequest, startNodeBed, type NodeBed } from './nodeBed';

const ORDERS = ['newestFirst', 'oldestFirst', 'shuffled'] as const;
/** More than two pages of 100. */
const RUNS = 230;

let bed: NodeBed;
/** Execution IDs in start order, and the moment between the first and the second half. */
const started: string[] = [];
let halfway: Date;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
	bed = await startNodeBed();
	bed.emulator.runs.runDurationMs = 0;
	let n = 0;
	// Every third run fails, so status filters have something to tell apart.
	bed.emulator.runs.runOutcome = () =>
		n++ % 3 === 2 ? { status: 'Error', message: 'boom' } : { status: 'Successful' };
	await bed.client.send(new CreateFlowCommand(s3FlowRequest('orders') as never));
	for (let i = 0; i < RUNS; i++) {
		if (i === RUNS / 2) {
			await pause(20);
			halfway = new Date();
			await pause(20);
		}
		const { executionId } = await bed.client.send(new StartFlowCommand({ flowName: 'orders' }));
		started.push(executionId!);
	}
});
afterAll(async () => bed.close());

/** Every record of the flow, straight from the SDK. */
async function allRecords(): Promise<ExecutionRecord[]> {
	const records: ExecutionRecord[] = [];
	let nextToken: string | undefined;
	do {
		const page = await bed.client.send(
			new DescribeFlowExecutionRecordsCommand({ flowName: 'orders', maxResults: 100, nextToken }),
		);
		records.push(...(page.flowExecutions ?? []));
		nextToken = page.nextToken;
	} while (nextToken);
	return records;
}

/** What Get Many must answer: matching records, latest start first (ties by execution ID), cut to `limit`. */
function expected(records: ExecutionRecord[], keep: (r: ExecutionRecord) => boolean, limit: number): string[] {
	return records
		.filter(keep)
		.sort((a, b) => b.startedAt!.getTime() - a.startedAt!.getTime() || a.executionId!.localeCompare(b.executionId!))
		.slice(0, limit)
		.map((r) => r.executionId!);
}

/** Runs the node in every record order; returns each order's emitted execution IDs. */
async function inEveryOrder(parameters: INodeParameters): Promise<Record<string, string[]>> {
	const out: Record<string, string[]> = {};
	for (const order of ORDERS) {
		bed.emulator.runs.recordOrder = order;
		out[order] = jsonOf(await bed.run({ resource: 'flowExecution', ...parameters })).map((r) => String(r.executionId));
	}
	bed.emulator.runs.recordOrder = 'newestFirst';
	return out;
}

const sameInEveryOrder = (ids: string[]) => Object.fromEntries(ORDERS.map((o) => [o, ids]));

describe('Flow Execution > Get Many', () => {
	it('returns the newest runs first, Limit counting from the newest, in every record order', async () => {
		const got = await inEveryOrder({ operation: 'describeFlowExecutionRecords', flowName: 'orders', limit: 5 });
		expect(got).toEqual(sameInEveryOrder(expected(await allRecords(), () => true, 5)));
	});

	it('filters by status and start time before Limit applies, in every record order', async () => {
		const records = await allRecords();
		const got = await inEveryOrder({
			operation: 'describeFlowExecutionRecords',
			flowName: 'orders',
			limit: 10,
			filters: { statuses: ['Error'], startedAfter: halfway.toISOString() },
		});
		const want = expected(records, (r) => r.executionStatus === 'Error' && r.startedAt! >= halfway, 10);
		expect(want).toHaveLength(10);
		expect(got).toEqual(sameInEveryOrder(want));
		// Limit applied after filtering: ten failed runs, though only one run in three failed.
		expect(want.every((id) => started.indexOf(id) >= RUNS / 2)).toBe(true);
	});

	it('returns every match with Return All, and a Started Before range from an expression', async () => {
		const records = await allRecords();
		const got = await inEveryOrder({
			operation: 'describeFlowExecutionRecords',
			flowName: 'orders',
			returnAll: true,
			filters: { startedBefore: `={{ "${halfway.toISOString()}" }}`, statuses: ['Successful', 'Error'] },
		});
		const want = expected(records, (r) => r.startedAt! < halfway, Infinity);
		expect(want).toHaveLength(RUNS / 2);
		expect(got).toEqual(sameInEveryOrder(want));
	});

	it("reads a date-time picker's wall-clock value in the workflow's time zone", async () => {
		// The picker stores no zone; n8n's default workflow time zone is America/New_York.
		const wall = new Intl.DateTimeFormat('sv-SE', {
			timeZone: 'America/New_York',
			dateStyle: 'short',
			timeStyle: 'medium',
		})
			.format(new Date(halfway.getTime() + 1000))
			.replace(' ', 'T');
		const items = jsonOf(
			await bed.run({
				resource: 'flowExecution',
				operation: 'describeFlowExecutionRecords',
				flowName: 'orders',
				returnAll: true,
				filters: { startedAfter: wall },
			}),
		);
		expect(items.length).toBeLessThan(RUNS / 2);
		expect(items.every((r) => (r.startedAt as Date).getTime() >= halfway.getTime())).toBe(true);
	});

	it('refuses a date that is not one and a range that is empty, naming the filter, sending nothing', async () => {
		const before = bed.received('DescribeFlowExecutionRecords').length;
		const run = (filters: IDataObject) =>
			bed.run({
				resource: 'flowExecution',
				operation: 'describeFlowExecutionRecords',
				flowName: 'orders',
				filters: filters as never,
			});
		await expect(run({ startedAfter: 'yesterday-ish' })).rejects.toThrow(
			/^Filters > Started After is not a date and time \(got "yesterday-ish"\) \[item 0\]$/,
		);
		await expect(run({ startedAfter: '2026-12-02T00:00:00Z', startedBefore: '2026-12-01T00:00:00Z' })).rejects.toThrow(
			/Started Before must be later than Started After \[item 0\]/,
		);
		await expect(run({ statuses: 'Failed' })).rejects.toThrow(/Statuses has "Failed", which is not a run status/);
		expect(bed.received('DescribeFlowExecutionRecords').length).toBe(before);
	});
});

describe('Flow Execution > Get', () => {
	it('finds a run by execution ID on whichever page it is, in every record order', async () => {
		for (const executionId of [started[0], started[RUNS - 1], started[117]]) {
			for (const order of ORDERS) {
				bed.emulator.runs.recordOrder = order;
				const items = jsonOf(
					await bed.run({ resource: 'flowExecution', operation: 'getFlowExecution', flowName: 'orders', executionId }),
				);
				expect({ order, items }).toEqual({
					order,
					items: [expect.objectContaining({ executionId, executionStatus: expect.any(String) })],
				});
			}
		}
		bed.emulator.runs.recordOrder = 'newestFirst';
	});

	it('works in JSON mode, the execution ID beside the request', async () => {
		const items = jsonOf(
			await bed.run({
				resource: 'flowExecution',
				operation: 'getFlowExecution',
				inputMode: 'json',
				requestJson: '{"flowName": "orders"}',
				executionId: started[3],
			}),
		);
		expect(items).toEqual([expect.objectContaining({ executionId: started[3] })]);
	});

	it('says so when the flow has no such run, after reading all its pages', async () => {
		const before = bed.received('DescribeFlowExecutionRecords').length;
		await expect(
			bed.run({ resource: 'flowExecution', operation: 'getFlowExecution', flowName: 'orders', executionId: 'nope' }),
		).rejects.toThrow(/^Flow "orders" has no run with execution ID "nope" \[item 0\]$/);
		expect(bed.received('DescribeFlowExecutionRecords').length - before).toBe(Math.ceil(RUNS / 100));
	});

	it('refuses an execution ID with spaces before sending anything', async () => {
		const before = bed.received('DescribeFlowExecutionRecords').length;
		await expect(
			bed.run({ resource: 'flowExecution', operation: 'getFlowExecution', flowName: 'orders', executionId: 'a b' }),
		).rejects.toThrow(/^Execution ID must be a run's execution ID, text without spaces \(got "a b"\) \[item 0\]$/);
		expect(bed.received('DescribeFlowExecutionRecords').length).toBe(before);
	});
});
