/**
 * Runs a polling trigger's `poll()` inside n8n-core's real PollContext (n8n-core 2.0.2), as n8n's ActiveWorkflows
 * does on activation and on each scheduled poll, and as WorkflowExecute does for "Fetch Test Event" (mode manual).
 *
 * One `Poller` is one activated workflow: it keeps one `Workflow`, so the node's workflow static data (its cursor)
 * persists from poll to poll exactly as n8n keeps it between polls. Parameters are resolved by `Workflow`
 * (defaults filled in, hidden ones dropped). Logging is silenced unless N8N_LOG_LEVEL is set.
 */
import { Container } from '@n8n/di';
import { InstanceSettings, PollContext } from 'n8n-core';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';
import {
	UnexpectedError,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialsHelper,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

const NODE_NAME = 'Trigger Under Test';

let containerReady = false;
function setUpContainer(): void {
	if (containerReady) return;
	process.env.N8N_LOG_LEVEL ??= 'silent';
	// The same stand-ins as runNode.ts; setting them twice is harmless.
	Container.set(InstanceSettings, {
		instanceId: 'test-instance-id',
		hmacSignatureSecret: 'test-hmac-secret',
		encryptionKey: 'test-encryption-key',
		instanceType: 'main',
		n8nFolder: '/tmp/n8n-node-test-harness',
		staticCacheDir: '/tmp/n8n-node-test-harness/cache',
	} as unknown as InstanceSettings);
	Container.get(SSHClientsManager).onShutdown();
	containerReady = true;
}

function additionalDataFor(credentials: Record<string, ICredentialDataDecryptedObject>): IWorkflowExecuteAdditionalData {
	const unsupported = (what: string) => async () => {
		throw new UnexpectedError(`test harness: ${what} is not supported`);
	};
	const credentialsHelper = {
		getDecrypted: async (_additionalData: unknown, _nodeCredentials: unknown, type: string) => {
			const data = credentials[type];
			if (!data) throw new UnexpectedError(`test harness: no credentials given for type "${type}"`);
			return structuredClone(data);
		},
		getCredentialsProperties: () => [],
		getParentTypes: () => [],
	} as unknown as ICredentialsHelper;
	return {
		credentialsHelper,
		executionId: 'test-execution-id',
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		variables: {},
		executeWorkflow: unsupported('executeWorkflow'),
		getRunExecutionData: unsupported('getRunExecutionData'),
		logAiEvent: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

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
		const raw: INode = {
			id: 'trigger-under-test-id',
			name: NODE_NAME,
			type: nodeType.description.name,
			typeVersion: 1,
			position: [0, 0],
			parameters: structuredClone(parameters),
			credentials: Object.fromEntries(Object.keys(options.credentials).map((type) => [type, { id: `test-${type}`, name: `Test ${type}` }])),
		};
		workflow = new Workflow({
			id: 'test-workflow-id',
			name: 'Test Workflow',
			nodes: [raw],
			connections: {},
			active: true,
			nodeTypes: { getByName: () => nodeType, getByNameAndVersion: () => nodeType, getKnownTypes: () => ({}) },
			staticData,
		});
		staticData = workflow.staticData;
		node = workflow.getNode(NODE_NAME)!;
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
