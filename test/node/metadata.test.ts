/**
 * What n8n shows around the node: the canvas subtitle (display names, not AWS action values), the codex files the
 * node creator reads (categories, aliases, docs links), named Regions in the credential, and the AI tool variant
 * (its description, and Start Flow's shorter default wait when an agent calls it).
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import type { IDataObject, INode } from 'n8n-workflow';

import { APPFLOW_REGION_NAMES, APPFLOW_REGIONS } from '../../credentials/regions.generated';
import { AwsAppFlowApi } from '../../credentials/AwsAppFlowApi.credentials';
import { RESOURCES } from '../../nodes/AwsAppFlow/actions/registry';
import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import { AI_TOOL_DEFAULT_TIMEOUT_S, readWaitOptions } from '../../nodes/AwsAppFlow/actions/flow/startFlow.operation';
import { AwsAppFlowTrigger } from '../../nodes/AwsAppFlowTrigger/AwsAppFlowTrigger.node';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string };

/** Evaluates a `={{ ... }}` subtitle as n8n's expression engine would, with `$parameter` set. */
function subtitle(expression: string, parameter: IDataObject): string {
	const body = /^=\{\{([\s\S]*)\}\}$/.exec(expression)![1];
	return new Function('$parameter', `return (${body});`)(parameter) as string;
}

describe('canvas subtitle', () => {
	const expr = new AwsAppFlow().description.subtitle!;

	it('shows the operation and resource display names for every operation', () => {
		expect(subtitle(expr, { resource: 'flowExecution', operation: 'describeFlowExecutionRecords' })).toBe(
			'Get Many: Flow Execution',
		);
		expect(subtitle(expr, { resource: 'flowExecution', operation: 'getFlowExecution' })).toBe('Get: Flow Execution');
		for (const r of RESOURCES)
			for (const op of r.operations)
				expect(subtitle(expr, { resource: r.value, operation: op.definition.operation })).toBe(
					`${op.definition.name}: ${r.name}`,
				);
	});

	it('falls back to the defaults n8n does not save, and to the raw value for an unknown one', () => {
		expect(subtitle(expr, {})).toBe('Create: Flow');
		expect(subtitle(expr, { resource: 'tag' })).toBe('Get Many: Tag');
		expect(subtitle(expr, { resource: 'flow', operation: 'somethingNew' })).toBe('somethingNew: Flow');
	});

	it('names the trigger event by its display name', () => {
		const trigger = new AwsAppFlowTrigger().description;
		expect(subtitle(trigger.subtitle!, { event: 'runFinished' })).toBe('Run Finished');
		expect(subtitle(trigger.subtitle!, { event: 'flowStatusChanged' })).toBe('Flow Status Changed');
	});
});

describe('codex files', () => {
	it.each([
		['AwsAppFlow', new AwsAppFlow().description.name],
		['AwsAppFlowTrigger', new AwsAppFlowTrigger().description.name],
	])('%s.node.json names the node and gives categories, aliases and docs links', (file, nodeName) => {
		const codex = JSON.parse(readFileSync(join(root, 'codex', `${file}.node.json`), 'utf8')) as IDataObject;
		expect(codex).toMatchObject({
			node: `${pkg.name}.${nodeName}`,
			nodeVersion: '1.0',
			codexVersion: '1.0',
			categories: expect.arrayContaining(['Data & Storage']),
		});
		expect((codex.alias as string[]).length).toBeGreaterThan(2);
		const resources = codex.resources as Record<string, Array<{ url: string }>>;
		for (const link of [...resources.primaryDocumentation, ...resources.credentialDocumentation])
			expect(link.url).toMatch(/^https:\/\//);
		for (const [category, subcategories] of Object.entries(codex.subcategories as Record<string, string[]>)) {
			expect(codex.categories).toContain(category);
			expect(subcategories.length).toBeGreaterThan(0);
		}
	});

	it('is copied next to the compiled node by the build', () => {
		expect(readFileSync(join(root, 'gulpfile.js'), 'utf8')).toContain("src('codex/*.node.json')");
	});
});

describe('credential Regions', () => {
	it('has a name for every generated Region code, from the SDK endpoints table', () => {
		expect(APPFLOW_REGIONS.filter((code) => !APPFLOW_REGION_NAMES[code])).toEqual([]);
		expect(APPFLOW_REGION_NAMES['us-east-1']).toBe('US East (N. Virginia)');
	});

	it('offers Regions by name, the code as value and description, alphabetically', () => {
		const region = new AwsAppFlowApi().properties.find((p) => p.name === 'region')!;
		const options = region.options as Array<{ name: string; value: string; description: string }>;
		expect(options.map((o) => o.value).sort()).toEqual([...APPFLOW_REGIONS].sort());
		expect(options.find((o) => o.value === 'us-east-1')).toEqual({
			name: 'US East (N. Virginia)',
			value: 'us-east-1',
			description: 'us-east-1',
		});
		const names = options.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(region.default).toBe('us-east-1');
	});
});

describe('as an AI tool', () => {
	const ctx = (type: string, options: IDataObject = {}) => ({
		itemIndex: 0,
		fn: {
			getNode: () => ({ type }) as INode,
			getNodeParameter: (name: string) => (name === 'options' ? options : undefined),
		} as never,
	});

	it("waits 2 minutes by default when n8n runs the node as an agent's tool, 15 minutes otherwise, and as set always", () => {
		expect(readWaitOptions(ctx(`${pkg.name}.awsAppFlowTool`)).timeoutMs).toBe(AI_TOOL_DEFAULT_TIMEOUT_S * 1000);
		expect(readWaitOptions(ctx(`${pkg.name}.awsAppFlow`)).timeoutMs).toBe(900_000);
		expect(readWaitOptions(ctx(`${pkg.name}.awsAppFlowTool`, { timeout: 600 })).timeoutMs).toBe(600_000);
	});

	it('tells the agent what the node does and returns', () => {
		const usable = new AwsAppFlow().description.usableAsTool as { replacements: { description: string } };
		expect(usable.replacements.description).toMatch(/runs? .*newest first/);
		expect(usable.replacements.description).toMatch(/execution ID/);
	});
});
