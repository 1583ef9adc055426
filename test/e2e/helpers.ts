/**
 * End-to-end helpers: a real n8n (installed by globalSetup) with this package installed as a community package,
 * an AppFlow emulator on a loopback ephemeral port, and workflows built, imported and run through the n8n CLI.
 */
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/server';
import type { WorkflowJson } from '../../scripts/demo/lib/examples';
import { summarizeRun, type Json } from '../../scripts/demo/lib/summary';
import {
	emulatorCredential,
	ensureN8n,
	EXAMPLE_CREDENTIAL,
	lineFor,
	N8nHome,
	NODE_TYPE,
	type ExecuteResult,
	type N8nRun,
} from '../../scripts/n8n';
import { tail } from '../../scripts/n8n/proc';
import type { E2eTarget } from './targets';

export { ALL_TARGETS, describeE2E, LINE_TARGETS } from './targets';

export type NodeJson = WorkflowJson['nodes'][number];

/** A node of this package, with the emulator credential the stack imports. */
export function appflow(
	name: string,
	resource: string,
	operation: string,
	parameters: Json = {},
	extra: Partial<NodeJson> = {},
): NodeJson {
	return {
		id: randomUUID(),
		name,
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { resource, operation, ...parameters },
		credentials: { awsAppFlowApi: { ...EXAMPLE_CREDENTIAL } },
		...extra,
	};
}

/** JSON input mode with the request given as an object (or as text holding expressions). */
export function jsonRequest(request: Json | string): Json {
	return { inputMode: 'json', requestJson: typeof request === 'string' ? request : JSON.stringify(request, null, 2) };
}

export function setNode(name: string, values: Record<string, string>): NodeJson {
	return {
		id: randomUUID(),
		name,
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		position: [0, 0],
		parameters: {
			assignments: {
				assignments: Object.entries(values).map(([key, value]) => ({
					id: randomUUID(),
					name: key,
					value,
					type: 'string',
				})),
			},
			options: {},
		},
	};
}

export function codeNode(name: string, jsCode: string): NodeJson {
	return {
		id: randomUUID(),
		name,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position: [0, 0],
		parameters: { jsCode },
	};
}

/** Workflow ids must be at most 16 characters for `n8n execute --id`. */
export function workflowId(tag: string): string {
	return `e2e${tag}`
		.replace(/[^A-Za-z0-9]/g, '')
		.padEnd(16, '0')
		.slice(0, 16);
}

/** A workflow: a Manual Trigger, then `nodes` one after the other. */
export function chain(tag: string, name: string, nodes: NodeJson[]): WorkflowJson {
	const trigger: NodeJson = {
		id: randomUUID(),
		name: 'Start',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const all = [trigger, ...nodes].map((node, i) => ({ ...node, position: [i * 220, 300] }));
	const connections: Record<string, unknown> = {};
	for (let i = 0; i < all.length - 1; i++)
		connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] };
	return {
		id: workflowId(tag),
		name,
		versionId: randomUUID(),
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: all,
		connections,
	};
}

/** Items per run of a node: `[run][output][item]` json. */
export function runsOf(run: N8nRun, nodeName: string): Json[][][] {
	const tasks = run.data.resultData.runData[nodeName];
	if (!tasks)
		throw new Error(`Node "${nodeName}" did not run; ran: ${Object.keys(run.data.resultData.runData).join(', ')}`);
	return tasks.map((t) => (t.data?.main ?? []).map((items) => (items ?? []).map((item) => item.json)));
}

/** Items of a node's last run (all outputs). */
export function out(run: N8nRun, nodeName: string): Json[] {
	const runs = runsOf(run, nodeName);
	return runs[runs.length - 1].flat();
}

/** pairedItem of each item a node emitted on its last run. */
export function pairedItems(run: N8nRun, nodeName: string): unknown[] {
	const tasks = run.data.resultData.runData[nodeName];
	return (tasks[tasks.length - 1].data?.main ?? []).flatMap((items) => (items ?? []).map((item) => item.pairedItem));
}

/** A running n8n user folder plus emulator for one test file. */
export class Stack {
	private constructor(
		readonly version: string,
		readonly emulator: Emulator,
		readonly home: N8nHome,
		private readonly folder: string,
	) {}

	static async start(target: E2eTarget, emulatorOptions: EmulatorOptions = {}): Promise<Stack> {
		if (!target?.template) throw new Error('Run the end-to-end tests with npm run test:e2e (jest.e2e.config.js)');
		const emulator = await startEmulator({ host: '127.0.0.1', port: 0, runDurationMs: 1000, ...emulatorOptions });
		const folder = await mkdtemp(join(tmpdir(), `appflow-e2e-${target.version}-${target.route}-`));
		try {
			const install = await ensureN8n(lineFor(target.version), () => undefined);
			const home = new N8nHome(install, folder, `e2e-${randomUUID()}`);
			// The package as globalSetup installed it by this target's route.
			await cp(join(target.template, '.n8n', 'nodes'), join(folder, '.n8n', 'nodes'), {
				recursive: true,
				verbatimSymlinks: true,
			});
			await home.importCredentials([emulatorCredential(emulator.url)]);
			return new Stack(target.version, emulator, home, folder);
		} catch (error) {
			await emulator.close();
			await rm(folder, { recursive: true, force: true });
			throw error;
		}
	}

	async importWorkflows(workflows: WorkflowJson[]): Promise<void> {
		await this.home.importWorkflows(workflows);
	}

	/** Runs an imported workflow; `expectSuccess` (default) fails the test with n8n's output if it did not succeed. */
	async execute(id: string, expectSuccess = true): Promise<ExecuteResult & { run: N8nRun }> {
		const result = await this.home.execute(id);
		if (!result.run) {
			throw new Error(
				`n8n printed no run for ${id} (exit ${result.command.code}):\n${tail(result.command.stdout + result.command.stderr, 40)}`,
			);
		}
		if (expectSuccess && !result.ok) {
			const nodes = summarizeRun(result.run)
				.map((n) => `${n.name}: ${n.items.length} items${n.error ? `, error: ${n.error}` : ''}`)
				.join('\n');
			throw new Error(`Workflow ${id} failed on n8n ${this.version}:\n${nodes}\n${tail(result.command.stderr, 20)}`);
		}
		return result as ExecuteResult & { run: N8nRun };
	}

	async stop(): Promise<void> {
		await this.emulator.close();
		if (!process.env.APPFLOW_E2E_KEEP) await rm(this.folder, { recursive: true, force: true });
	}
}
