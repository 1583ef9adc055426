/**
 * Workflows and AWS calls shared by the trigger and queue-mode tests: an S3-to-S3 flow created straight through the
 * AWS SDK against the emulator, the AWS AppFlow Trigger watching it, a webhook that starts it and waits, and the
 * run data n8n stores (serialised with `flatted`, read with n8n's own copy).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

import { AppflowClient, CreateFlowCommand, StartFlowCommand } from '@aws-sdk/client-appflow';

import type { Emulator } from '../../emulator/server';
import { EXAMPLE_CREDENTIAL, TRIGGER_NODE_TYPE, type N8nInstall, type N8nRun } from '../../scripts/n8n';
import { appflow, jsonRequest, type NodeJson } from './helpers';
import type { WorkflowJson } from '../../scripts/demo/lib/examples';

export function s3FlowRequest(flowName: string) {
	return {
		flowName,
		triggerConfig: { triggerType: 'OnDemand' as const },
		sourceFlowConfig: {
			connectorType: 'S3' as const,
			sourceConnectorProperties: { S3: { bucketName: 'appflow-demo-raw' } },
		},
		destinationFlowConfigList: [
			{ connectorType: 'S3' as const, destinationConnectorProperties: { S3: { bucketName: 'appflow-demo-landing' } } },
		],
		tasks: [
			{
				taskType: 'Map_all' as const,
				sourceFields: [],
				taskProperties: {},
				connectorOperator: { S3: 'NO_OP' as const },
			},
		],
	};
}

/** The AWS SDK pointed at the emulator: what another system (or AppFlow's own scheduler) does outside n8n. */
export class EmulatorAws {
	readonly sdk: AppflowClient;
	constructor(emulator: Emulator) {
		this.sdk = new AppflowClient({ region: 'us-east-1', endpoint: emulator.url, credentials: emulator.credentials });
	}
	async createFlow(flowName: string): Promise<void> {
		await this.sdk.send(new CreateFlowCommand(s3FlowRequest(flowName)));
	}
	async startFlow(flowName: string): Promise<string> {
		const { executionId } = await this.sdk.send(new StartFlowCommand({ flowName }));
		return executionId!;
	}
	close(): void {
		this.sdk.destroy();
	}
}

function workflow(name: string, nodes: NodeJson[], connections: Record<string, unknown>): WorkflowJson {
	return {
		id: '',
		name,
		versionId: randomUUID(),
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: nodes.map((node, i) => ({ ...node, position: [i * 240, 300] })),
		connections,
	};
}

/** An active workflow: the AWS AppFlow Trigger (Run Finished, one flow, polled every minute). */
export function triggerWorkflow(name: string, flowName: string): WorkflowJson {
	const trigger: NodeJson = {
		id: randomUUID(),
		name: 'Run finished',
		type: TRIGGER_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {
			pollTimes: { item: [{ mode: 'everyMinute' }] },
			event: 'runFinished',
			watch: 'flow',
			flowName: { __rl: true, mode: 'list', value: flowName },
		},
		credentials: { awsAppFlowApi: { ...EXAMPLE_CREDENTIAL } },
	};
	return workflow(name, [trigger], {});
}

/** POST /webhook/<path> with {"flowName"}: starts that flow, waits for its run, answers with the merged record. */
export function webhookStartAndWait(name: string, path: string): WorkflowJson {
	const webhook: NodeJson = {
		id: randomUUID(),
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', options: {} },
	};
	const start = appflow('Start and wait', 'flow', 'startFlow', {
		...jsonRequest('={{ JSON.stringify({ flowName: $json.body.flowName }) }}'),
		waitForCompletion: true,
		options: { pollInterval: 0.5, timeout: 120 },
	});
	return workflow(name, [webhook, start], {
		Webhook: { main: [[{ node: 'Start and wait', type: 'main', index: 0 }]] },
	});
}

/** Execution data as n8n stores it (execution_data.data, GET /rest/executions/:id): `flatted` text of the run. */
export function parseStoredRun(install: N8nInstall, data: string): N8nRun {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const flatted = require(join(install.dir, 'node_modules', 'flatted')) as { parse: (text: string) => unknown };
	const parsed = flatted.parse(data) as N8nRun | N8nRun['data'];
	return 'resultData' in parsed ? ({ data: parsed } as N8nRun) : parsed;
}

/** Waits until `check` returns a value (polling every `everyMs`), or fails with `what` after `timeoutMs`. */
export async function eventually<T>(
	what: string,
	timeoutMs: number,
	check: () => Promise<T | undefined>,
	everyMs = 1000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((r) => setTimeout(r, everyMs));
	}
}
