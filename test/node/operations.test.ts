/**
 * Every one of the 25 operations, in Fields mode and in JSON mode, through n8n's execution context and the real
 * SDK against the emulator over HTTP: what AppFlow received, and the items the node emitted.
 */
import type { INodeParameters } from 'n8n-workflow';

import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';
import { jsonOf, startNodeBed, type NodeBed } from './nodeBed';
import { type Case, useClient } from './operations/setup';
import { FLOW_CASES } from './operations/flowCases';
import { RESOURCE_CASES } from './operations/resourceCases';

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed();
	useClient(bed.client);
});
afterAll(async () => bed.close());
beforeEach(() => bed.emulator.reset());

const CASES: Case[] = [...FLOW_CASES, ...RESOURCE_CASES];

describe.each(['fields', 'json'] as const)('every operation in %s mode', (inputMode) => {
	it("covers every AppFlow action of AWS's model", () => {
		expect([...new Set(CASES.map((c) => c.action))].sort()).toEqual(Object.keys(APPFLOW_MODEL.operations).sort());
	});

	it.each(CASES.map((c) => [c.operation, c] as const))('%s', async (_name, c) => {
		// Prepare
		await c.prepare?.();
		const parameters: INodeParameters =
			inputMode === 'fields'
				? { resource: c.resource, operation: c.operation, inputMode, ...c.fields }
				: {
						resource: c.resource,
						operation: c.operation,
						inputMode,
						requestJson: JSON.stringify(c.json),
						returnAll: true,
					};
		// Act
		const items = await bed.run(parameters);
		// Assess: what AppFlow received, and what the node emitted, paired with the one input item.
		const sent = bed.received(c.action);
		expect(sent.length).toBeGreaterThan(0);
		expect(sent[sent.length - 1]).toMatchObject(c.sent);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		c.check(jsonOf(items));
	});
});
