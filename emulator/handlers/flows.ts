/** CreateFlow, DescribeFlow, ListFlows, UpdateFlow, DeleteFlow. */
import { builtInConnector } from '../catalog/connectors';
import { AwsError, conflict, notFound, validationError } from '../errors';
import { memberFor } from '../model';
import { paginate, type PageRequest } from '../pagination';
import { idempotent } from '../state/idempotency';
import { isActive, lastRunDetails } from '../state/runs';
import type { FlowRecord, FlowStatus, Json, Tags } from '../state/types';
import { compact, epochSeconds } from '../wire';
import type { Handler, HandlerContext } from './context';
import { checkTags } from './tags';

/** AppFlow's documented quota of flows per account. */
export const MAX_FLOWS = 1000;

interface ConnectorConfig extends Json {
	connectorType: string;
	connectorProfileName?: string;
	apiVersion?: string;
}

interface FlowDefinitionInput {
	flowName: string;
	description?: string;
	triggerConfig: { triggerType: string; triggerProperties?: { Scheduled?: { scheduleExpression: string } } };
	sourceFlowConfig: ConnectorConfig & { sourceConnectorProperties: Json };
	destinationFlowConfigList: (ConnectorConfig & { destinationConnectorProperties: Json })[];
	tasks: Json[];
	metadataCatalogConfig?: Json;
	clientToken?: string;
}

interface CreateInput extends FlowDefinitionInput {
	kmsArn?: string;
	tags?: Tags;
}

/** AWS accepts rate(...) and cron(...) schedule expressions. */
const SCHEDULE_EXPRESSION = /^(rate\(\s*\d+\s*(minute|minutes|hour|hours|day|days)\s*\)|cron\(.+\))$/;

/** The connector profile a source or destination refers to, checked the way AppFlow checks it. */
function checkProfile(ctx: HandlerContext, config: ConnectorConfig, where: string): void {
	const builtIn = builtInConnector(config.connectorType);
	// Connectors such as S3 take no profile: a name given for them is not looked up.
	if (builtIn && !builtIn.needsProfile) return;
	if (!config.connectorProfileName) {
		throw validationError(`${where}.connectorProfileName is required for connector type ${config.connectorType}.`);
	}
	const profile = ctx.store.profiles.get(config.connectorProfileName);
	if (!profile) throw notFound(`The connector profile ${config.connectorProfileName} does not exist.`);
	if (profile.connectorType !== config.connectorType) {
		throw validationError(
			`The connector profile ${profile.name} is for ${profile.connectorType}, not ${config.connectorType}.`,
		);
	}
}

function checkConnector(
	ctx: HandlerContext,
	config: ConnectorConfig,
	role: 'source' | 'destination',
	properties: Json,
	where: string,
): void {
	const type = config.connectorType;
	const builtIn = builtInConnector(type);
	const capable =
		type === 'CustomConnector' || (role === 'source' ? builtIn?.canUseAsSource : builtIn?.canUseAsDestination);
	if (!capable) throw validationError(`${type} cannot be used as a ${role} connector.`);
	const union = role === 'source' ? 'SourceConnectorProperties' : 'DestinationConnectorProperties';
	const member = memberFor(union, type)!;
	if (!properties[member])
		throw validationError(`${where}.${role}ConnectorProperties.${member} is required for connector type ${type}.`);
	checkProfile(ctx, config, where);
}

/** Checks a flow definition beyond the model's constraints: connectors, profiles and trigger must fit together. */
function checkDefinition(ctx: HandlerContext, input: FlowDefinitionInput): void {
	const source = input.sourceFlowConfig;
	checkConnector(ctx, source, 'source', source.sourceConnectorProperties, 'sourceFlowConfig');
	input.destinationFlowConfigList.forEach((destination, i) =>
		checkConnector(
			ctx,
			destination,
			'destination',
			destination.destinationConnectorProperties,
			`destinationFlowConfigList.${i + 1}.member`,
		),
	);
	if (input.destinationFlowConfigList.length === 0)
		throw validationError('destinationFlowConfigList must contain one destination.');
	const { triggerType, triggerProperties } = input.triggerConfig;
	const sourceTriggers = builtInConnector(source.connectorType)?.triggerTypes ?? ['OnDemand', 'Scheduled', 'Event'];
	if (!sourceTriggers.includes(triggerType)) {
		throw validationError(`${source.connectorType} does not support the trigger type ${triggerType}.`);
	}
	if (triggerType === 'Scheduled') {
		const expression = triggerProperties?.Scheduled?.scheduleExpression;
		if (!expression)
			throw validationError('triggerConfig.triggerProperties.Scheduled is required for a Scheduled trigger.');
		if (!SCHEDULE_EXPRESSION.test(expression.trim())) {
			throw validationError(`The schedule expression ${expression} is not valid. Use rate(...) or cron(...).`);
		}
	}
}

export function requireFlow(ctx: HandlerContext, flowName: string): FlowRecord {
	const flow = ctx.store.flows.get(flowName);
	if (!flow) throw notFound(`The flow ${flowName} does not exist.`);
	return flow;
}

/** On-demand flows can run at once; scheduled and event flows wait as Draft until StartFlow activates them. */
const initialStatus = (triggerType: string): FlowStatus => (triggerType === 'OnDemand' ? 'Active' : 'Draft');

export const triggerTypeOf = (flow: FlowRecord) => (flow.triggerConfig as { triggerType: string }).triggerType;

function lastRunMetadataCatalogDetails(flow: FlowRecord): Json[] | undefined {
	const glue = flow.metadataCatalogConfig?.glueDataCatalog as { tablePrefix?: string } | undefined;
	if (!glue || flow.runs.length === 0) return undefined;
	return [
		{
			catalogType: 'GLUE',
			tableName: `${glue.tablePrefix ?? ''}${flow.name}`,
			tableRegistrationOutput: { status: 'Successful', message: 'Table registered' },
		},
	];
}

export const createFlow: Handler = (ctx, input: CreateInput) =>
	idempotent(ctx.store, 'CreateFlow', input as unknown as Json, ctx.now, () => {
		const { store, now } = ctx;
		if (store.flows.has(input.flowName)) throw conflict(`A flow with the name ${input.flowName} already exists.`);
		if (store.flows.size >= ctx.flowQuota) {
			throw new AwsError(
				'ServiceQuotaExceededException',
				`The quota of ${ctx.flowQuota} flows per account is reached.`,
			);
		}
		checkDefinition(ctx, input);
		checkTags(input.tags ?? {});
		const flow: FlowRecord = {
			arn: store.arn('flow', input.flowName),
			name: input.flowName,
			description: input.description,
			// Without a key of their own, AppFlow encrypts with the account's AWS managed key for AppFlow.
			kmsArn:
				input.kmsArn ?? `arn:aws:kms:${store.region}:${store.accountId}:key/6e9a1b0c-3f4d-4c2a-9d6e-${store.accountId}`,
			status: initialStatus(input.triggerConfig.triggerType),
			triggerConfig: input.triggerConfig,
			sourceFlowConfig: input.sourceFlowConfig,
			destinationFlowConfigList: input.destinationFlowConfigList,
			tasks: input.tasks,
			metadataCatalogConfig: input.metadataCatalogConfig,
			tags: { ...input.tags },
			createdAt: now,
			lastUpdatedAt: now,
			createdBy: ctx.caller,
			lastUpdatedBy: ctx.caller,
			schemaVersion: 1,
			runs: [],
		};
		store.flows.set(flow.name, flow);
		ctx.counters.flowsCreated++;
		return { flowArn: flow.arn, flowStatus: flow.status };
	});

export const describeFlow: Handler = (ctx, input: { flowName: string }) => {
	const flow = requireFlow(ctx, input.flowName);
	return compact({
		flowArn: flow.arn,
		description: flow.description,
		flowName: flow.name,
		kmsArn: flow.kmsArn,
		flowStatus: flow.status,
		sourceFlowConfig: flow.sourceFlowConfig,
		destinationFlowConfigList: flow.destinationFlowConfigList,
		lastRunExecutionDetails: lastRunDetails(flow, ctx.now, ctx.runs) ?? {},
		triggerConfig: flow.triggerConfig,
		tasks: flow.tasks,
		createdAt: epochSeconds(flow.createdAt),
		lastUpdatedAt: epochSeconds(flow.lastUpdatedAt),
		createdBy: flow.createdBy,
		lastUpdatedBy: flow.lastUpdatedBy,
		tags: flow.tags,
		metadataCatalogConfig: flow.metadataCatalogConfig,
		lastRunMetadataCatalogDetails: lastRunMetadataCatalogDetails(flow),
		schemaVersion: flow.schemaVersion,
	});
};

export const listFlows: Handler = (ctx, input: PageRequest) => {
	const flows = [...ctx.store.flows.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
	const page = paginate(flows, (f) => f.name, input, 'ListFlows');
	return compact({
		flows: page.items.map((flow) => {
			const destination = flow.destinationFlowConfigList[0] as
				{ connectorType: string; connectorProfileName?: string } | undefined;
			// Connector labels name the custom connector behind a profile.
			const labelOf = (profileName: unknown) =>
				typeof profileName === 'string' ? ctx.store.profiles.get(profileName)?.connectorLabel : undefined;
			return compact({
				flowArn: flow.arn,
				description: flow.description,
				flowName: flow.name,
				flowStatus: flow.status,
				sourceConnectorType: flow.sourceFlowConfig.connectorType,
				sourceConnectorLabel: labelOf(flow.sourceFlowConfig.connectorProfileName),
				destinationConnectorType: destination?.connectorType,
				destinationConnectorLabel: labelOf(destination?.connectorProfileName),
				triggerType: triggerTypeOf(flow),
				createdAt: epochSeconds(flow.createdAt),
				lastUpdatedAt: epochSeconds(flow.lastUpdatedAt),
				createdBy: flow.createdBy,
				lastUpdatedBy: flow.lastUpdatedBy,
				tags: flow.tags,
				lastRunExecutionDetails: lastRunDetails(flow, ctx.now, ctx.runs),
			});
		}),
		nextToken: page.nextToken,
	});
};

export const updateFlow: Handler = (ctx, input: FlowDefinitionInput) =>
	idempotent(ctx.store, 'UpdateFlow', input as unknown as Json, ctx.now, () => {
		const flow = requireFlow(ctx, input.flowName);
		checkDefinition(ctx, input);
		const newTrigger = input.triggerConfig.triggerType;
		// A flow that changes trigger type starts over (on-demand: Active, scheduled/event: Draft until started).
		if (newTrigger !== triggerTypeOf(flow)) flow.status = initialStatus(newTrigger);
		// UpdateFlow replaces the whole definition: members left out are removed.
		flow.description = input.description;
		flow.triggerConfig = input.triggerConfig;
		flow.sourceFlowConfig = input.sourceFlowConfig;
		flow.destinationFlowConfigList = input.destinationFlowConfigList;
		flow.tasks = input.tasks;
		flow.metadataCatalogConfig = input.metadataCatalogConfig;
		flow.lastUpdatedAt = ctx.now;
		flow.lastUpdatedBy = ctx.caller;
		flow.schemaVersion++;
		return { flowStatus: flow.status };
	});

export const deleteFlow: Handler = (ctx, input: { flowName: string; forceDelete?: boolean }) => {
	const flow = requireFlow(ctx, input.flowName);
	const running = flow.runs.filter((run) => isActive(run, ctx.now));
	if (running.length > 0 && !input.forceDelete) {
		throw conflict(`The flow ${flow.name} has ${running.length} run(s) in progress. Cancel them or set forceDelete.`);
	}
	ctx.store.flows.delete(flow.name);
	return {};
};
