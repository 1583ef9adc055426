/**
 * Runs a node inside n8n's real execution machinery (n8n-core 2.0.2, n8n-workflow 2.0.1), without a server.
 *
 * What is real: `Workflow` (parameter defaults and displayOptions pruning, expression engine), n8n-core's
 * `ExecuteContext` / `LoadOptionsContext` / `CredentialTestContext` (getNodeParameter, getCredentials,
 * continueOnFail, helpers such as returnJsonArray / constructExecutionMetaData, getExecutionCancelSignal,
 * logger). `runNode` mirrors `WorkflowExecute.executeNode`: build the context, call `execute`, run the close
 * functions. What is not there: other nodes (so `$('Other Node')` cannot resolve), binary-data storage, sub-
 * workflows, task runners. Unlike a full workflow run, missing `pairedItem`s are NOT filled in afterwards
 * (`WorkflowExecute.assignPairedItems`), so tests see exactly what the node emits.
 *
 * Logging is silenced unless N8N_LOG_LEVEL is set (e.g. `N8N_LOG_LEVEL=debug npx jest ...`).
 */
import { Container } from '@n8n/di';
import { CredentialTestContext, ExecuteContext, InstanceSettings, LoadOptionsContext } from 'n8n-core';
// Not exported from n8n-core's index; see setUpContainer().
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';
import {
	createEmptyRunExecutionData,
	Node as NodeClass,
	UnexpectedError,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialsHelper,
	type IDataObject,
	type INode,
	type INodeCredentialTestResult,
	type INodeExecutionData,
	type INodeListSearchResult,
	type INodeParameters,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypes,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

export interface RunNodeOptions {
	/** The node's parameters as n8n stores them; expressions start with `=` (`'={{ $json.name }}'`). */
	parameters: INodeParameters;
	/** Input items of the node's single main input. Plain objects are wrapped as `{ json }`. Default: one empty item. */
	items?: IDataObject[] | INodeExecutionData[];
	/** Decrypted credential data by credential type name, e.g. `{ awsAppFlowApi: { region: 'us-east-1', ... } }`. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** The node setting "On Error: Continue" (`onError: 'continueRegularOutput'`). */
	continueOnFail?: boolean;
	/** Defaults to the node type's `defaultVersion`, else its highest version. */
	typeVersion?: number;
	/** What `this.getExecutionCancelSignal()` returns. */
	abortSignal?: AbortSignal;
}

const NODE_NAME = 'Node Under Test';

let containerReady = false;

/**
 * n8n-core's contexts take a few services from the @n8n/di Container. The real InstanceSettings reads and
 * writes ~/.n8n/config, so it is replaced by a fixed stand-in. The real Logger, BinaryDataService etc. are
 * built by the Container on demand. The real SSHClientsManager starts a 60 s cleanup interval that would keep
 * jest from exiting; its own shutdown hook stops it (SSH tunnels are not used by our nodes).
 */
export function setUpContainer(): void {
	if (containerReady) return;
	process.env.N8N_LOG_LEVEL ??= 'silent';
	Container.set(InstanceSettings, {
		instanceId: 'test-instance-id',
		hmacSignatureSecret: 'test-hmac-secret',
		encryptionKey: 'test-encryption-key',
		instanceType: 'main',
		n8nFolder: '/tmp/n8n-node-test-harness', // only turned into paths; nothing is written unless binary data is used
		staticCacheDir: '/tmp/n8n-node-test-harness/cache',
	} as unknown as InstanceSettings);
	Container.get(SSHClientsManager).onShutdown();
	containerReady = true;
}

/** The one-node-type registry a `Workflow` needs. */
function nodeTypesFor(nodeType: INodeType): INodeTypes {
	return {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
}

function defaultTypeVersion(nodeType: INodeType): number {
	const { version, defaultVersion } = nodeType.description;
	if (defaultVersion !== undefined) return defaultVersion;
	return Array.isArray(version) ? Math.max(...version) : version;
}

/** Only what nodes can reach through their context; the rest fails loudly if ever used. */
function credentialsHelperFor(credentials: Record<string, ICredentialDataDecryptedObject>): ICredentialsHelper {
	const unsupported = (what: string) => () => {
		throw new UnexpectedError(`test harness: credentialsHelper.${what} is not supported`);
	};
	return {
		// n8n decrypts and returns the credential's data; a fresh copy keeps tests independent.
		getDecrypted: async (_additionalData: unknown, _nodeCredentials: unknown, type: string) => {
			const data = credentials[type];
			if (!data) throw new UnexpectedError(`test harness: no credentials given for type "${type}"`);
			return structuredClone(data);
		},
		getCredentialsProperties: () => [],
		getParentTypes: () => [],
		authenticate: unsupported('authenticate'),
		preAuthentication: unsupported('preAuthentication'),
		getCredentials: unsupported('getCredentials'),
		updateCredentials: unsupported('updateCredentials'),
		updateCredentialsOauthTokenData: unsupported('updateCredentialsOauthTokenData'),
	} as unknown as ICredentialsHelper;
}

export function additionalDataFor(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	currentNodeParameters?: INodeParameters,
): IWorkflowExecuteAdditionalData {
	const unsupported = (what: string) => async () => {
		throw new UnexpectedError(`test harness: ${what} is not supported`);
	};
	return {
		credentialsHelper: credentialsHelperFor(credentials),
		executionId: 'test-execution-id',
		currentNodeExecutionIndex: 0,
		currentNodeParameters,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
		executeWorkflow: unsupported('executeWorkflow'),
		getRunExecutionData: unsupported('getRunExecutionData'),
		startRunnerTask: unsupported('startRunnerTask'),
		logAiEvent: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

/**
 * A one-node workflow. `Workflow` replaces the node's parameters with the resolved set (defaults filled in,
 * parameters hidden by displayOptions dropped), exactly as n8n does, so use the node it holds.
 */
export function buildWorkflow(
	nodeType: INodeType,
	parameters: INodeParameters,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	settings: Partial<INode>,
	/** An active workflow and its static data, for polling triggers (test/harness/runPoll.ts). */
	state: { active?: boolean; staticData?: IDataObject } = {},
): { workflow: Workflow; node: INode } {
	const node: INode = {
		id: 'node-under-test-id',
		name: NODE_NAME,
		type: nodeType.description.name,
		typeVersion: settings.typeVersion ?? defaultTypeVersion(nodeType),
		position: [0, 0],
		parameters: structuredClone(parameters),
		// What the editor stores when a credential is selected: a reference, resolved by credentialsHelper.
		credentials: Object.fromEntries(
			Object.keys(credentials).map((type) => [type, { id: `test-${type}`, name: `Test ${type}` }]),
		),
		...settings,
	};
	const workflow = new Workflow({
		id: 'test-workflow-id',
		name: 'Test Workflow',
		nodes: [node],
		connections: {},
		active: state.active ?? false,
		nodeTypes: nodeTypesFor(nodeType),
		staticData: state.staticData,
	});
	return { workflow, node: workflow.getNode(NODE_NAME)! };
}

function toExecutionData(items: IDataObject[] | INodeExecutionData[]): INodeExecutionData[] {
	return items.map((item) => {
		const isExecutionData =
			typeof (item as INodeExecutionData).json === 'object' && (item as INodeExecutionData).json !== null;
		return isExecutionData
			? structuredClone(item as INodeExecutionData)
			: { json: structuredClone(item as IDataObject) };
	});
}

/** Runs `nodeType.execute` once, as n8n's WorkflowExecute.executeNode does. Throws what the node throws. */
export async function runNode(nodeType: INodeType, options: RunNodeOptions): Promise<INodeExecutionData[][]> {
	setUpContainer();
	const credentials = options.credentials ?? {};
	const settings: Partial<INode> = {};
	if (options.typeVersion !== undefined) settings.typeVersion = options.typeVersion;
	if (options.continueOnFail) settings.onError = 'continueRegularOutput';
	const { workflow, node } = buildWorkflow(nodeType, options.parameters, credentials, settings);

	const items = toExecutionData(options.items ?? [{}]);
	const inputData = { main: [items] };
	const closeFunctions: Array<() => Promise<void>> = [];
	const context = new ExecuteContext(
		workflow,
		node,
		additionalDataFor(credentials),
		'manual',
		createEmptyRunExecutionData(),
		0, // runIndex
		items, // connectionInputData: what $json / $input resolve against
		inputData,
		{ node, data: inputData, source: null },
		closeFunctions,
		options.abortSignal,
	);

	if (!nodeType.execute) throw new UnexpectedError('test harness: node type has no execute()');
	const result = nodeType instanceof NodeClass ? await nodeType.execute(context) : await nodeType.execute.call(context);
	await Promise.all(closeFunctions.map(async (close) => await close()));
	return result as INodeExecutionData[][];
}

function loadOptionsContext(
	nodeType: INodeType,
	parameters: INodeParameters,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	path = '',
): LoadOptionsContext {
	setUpContainer();
	const { workflow, node } = buildWorkflow(nodeType, parameters, credentials, {});
	// As n8n's DynamicNodeParametersService: the editor's current parameters also travel in additionalData.
	return new LoadOptionsContext(workflow, node, additionalDataFor(credentials, node.parameters), path);
}

/** Calls `nodeType.methods.listSearch[methodName]` (a resource locator's "From list" mode) as the editor does. */
export async function runListSearch(
	nodeType: INodeType,
	methodName: string,
	parameters: INodeParameters,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const method = nodeType.methods?.listSearch?.[methodName];
	if (!method) throw new UnexpectedError(`test harness: no listSearch method "${methodName}"`);
	return await method.call(loadOptionsContext(nodeType, parameters, credentials), filter, paginationToken);
}

/**
 * Calls `nodeType.methods.loadOptions[methodName]` (an options field's dropdown) as the editor does. `path` is the
 * dropdown's parameter path as the editor sends it (e.g. `parameters.sourceFlowConfig.source.object`), which
 * "&sibling" dependencies are read beside.
 */
export async function runLoadOptions(
	nodeType: INodeType,
	methodName: string,
	parameters: INodeParameters,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	path?: string,
): Promise<INodePropertyOptions[]> {
	const method = nodeType.methods?.loadOptions?.[methodName];
	if (!method) throw new UnexpectedError(`test harness: no loadOptions method "${methodName}"`);
	return await method.call(loadOptionsContext(nodeType, parameters, credentials, path));
}

/**
 * Calls `nodeType.methods.credentialTest[methodName]` as the credentials modal's "Test" does: `this` is
 * n8n-core's CredentialTestContext, the argument the decrypted credential. The credential type name is the
 * one whose `testedBy` names this method, else the node's first credential.
 */
export async function runCredentialTest(
	nodeType: INodeType,
	methodName: string,
	credentialData: ICredentialDataDecryptedObject,
): Promise<INodeCredentialTestResult> {
	setUpContainer();
	const method = nodeType.methods?.credentialTest?.[methodName];
	if (!method) throw new UnexpectedError(`test harness: no credentialTest method "${methodName}"`);
	const declared = nodeType.description.credentials ?? [];
	const type = (declared.find((c) => c.testedBy === methodName) ?? declared[0])?.name ?? 'unknown';
	return await method.call(new CredentialTestContext(), {
		id: `test-${type}`,
		name: `Test ${type}`,
		type,
		data: structuredClone(credentialData),
	});
}
