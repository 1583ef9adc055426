/**
 * Runs a polling trigger's `poll()` inside n8n-core's real PollContext (n8n-core 2.0.2), as n8n's ActiveWorkflows
 * does on activation and on each scheduled poll, and as WorkflowExecute does for "Fetch Test Event" (mode manual).
 *
 * One `Poller` is one activated workflow: it keeps one `Workflow`, so the node's workflow static data (its cursor)
 * persists from poll to poll exactly as n8n keeps it between polls. Parameters are resolved by `Workflow`
 * (defaults filled in, hidden ones dropped). Logging is silenced unless N8N_LOG_LEVEL is set.
 */
import { PollContext } from 'n8n-core';
import {
	UnexpectedError,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type Workflow,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { additionalDataFor, buildWorkflow, setUpContainer } from './runNode';

export interface PollerOptions {
	parameters: INodeParameters;
	credentials: Record<string, ICredentialDataDecryptedObject>;
}

export interface Poller {
	/** One poll in mode 'trigger', as n8n runs on activation and then on the schedule. */
	poll(): Promise<INodeExecutionData[][] | null>;
	/** "Fetch Test Event": mode 'manual'. */
	fetchTestEvent(): Promise<INodeExecutionData[][] | null>;
	/** The node's workflow static data, as n8n would save it with the workflow. */
	staticData(): IDataObject;
	/** Replaces the node's parameters, keeping the static data (the user edited the active workflow). */
	setParameters(parameters: INodeParameters): void;
}

export function createPoller(nodeType: INodeType, options: PollerOptions): Poller {
	setUpContainer();
	if (!nodeType.poll) throw new UnexpectedError('test harness: node type has no poll()');
	const additionalData = additionalDataFor(options.credentials);
	let staticData: IDataObject = {};
	let workflow: Workflow;
	let node: INode;
	const build = (parameters: INodeParameters) => {
		({ workflow, node } = buildWorkflow(
			nodeType,
			parameters,
			options.credentials,
			{ typeVersion: 1 },
			{ active: true, staticData },
		));
		staticData = workflow.staticData;
	};
	build(options.parameters);
	const run = async (mode: WorkflowExecuteMode) => {
		const context = new PollContext(workflow, node, additionalData, mode, mode === 'manual' ? 'manual' : 'activate');
		return await nodeType.poll!.call(context);
	};
	return {
		poll: async () => await run('trigger'),
		fetchTestEvent: async () => await run('manual'),
		staticData: () => JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject,
		setParameters: (parameters) => build(parameters),
	};
}
