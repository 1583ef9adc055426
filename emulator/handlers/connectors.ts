/**
 * Connectors: the built-in types AppFlow vends and custom connectors registered from a Lambda function
 * (RegisterConnector, UpdateConnectorRegistration, UnregisterConnector, DescribeConnector(s), ListConnectors).
 */
import {
	BUILT_IN_CONNECTORS,
	builtInConfiguration,
	builtInConnector,
	builtInDetail,
	type BuiltInConnector,
} from '../catalog/connectors';
import { AwsError, conflict, notFound, validationError } from '../errors';
import { enumValues } from '../model';
import { paginate, type PageRequest } from '../pagination';
import { idempotent } from '../state/idempotency';
import type { CustomConnectorRecord, Json } from '../state/types';
import { compact, epochSeconds } from '../wire';
import type { Handler, HandlerContext } from './context';

/** AppFlow's quota of registered custom connectors per account. */
export const MAX_CUSTOM_CONNECTORS = 100;

const LAMBDA_ARN = /^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/;

interface RegistrationInput {
	connectorLabel?: string;
	description?: string;
	connectorProvisioningType?: string;
	connectorProvisioningConfig?: { lambda?: { lambdaArn: string } };
	clientToken?: string;
}

/** ConnectorDescription allows fewer characters than the registration's description. */
const describeText = (text: string | undefined) => text?.replace(/[^\w!@#\-.?,\s]/g, ' ');

function lambdaArnOf(input: RegistrationInput): string | undefined {
	const arn = input.connectorProvisioningConfig?.lambda?.lambdaArn;
	if (arn !== undefined && !LAMBDA_ARN.test(arn)) throw validationError(`${arn} is not the ARN of a Lambda function.`);
	return arn;
}

function customDetail(c: CustomConnectorRecord): Json {
	return compact({
		connectorType: 'CustomConnector',
		connectorLabel: c.label,
		connectorName: c.label,
		connectorDescription: describeText(c.description),
		connectorOwner: c.registeredBy.split(':')[4],
		connectorVersion: `${c.version}.0`,
		applicationType: 'CustomConnector',
		registeredAt: epochSeconds(c.registeredAt),
		registeredBy: c.registeredBy,
		connectorProvisioningType: 'LAMBDA',
		connectorModes: ['SOURCE', 'DESTINATION'],
		supportedDataTransferTypes: ['RECORD'],
	});
}

function customConfiguration(c: CustomConnectorRecord): Json {
	return compact({
		...customDetail(c),
		connectorArn: c.arn,
		canUseAsSource: true,
		canUseAsDestination: true,
		supportedDestinationConnectors: BUILT_IN_CONNECTORS.filter((b) => b.canUseAsDestination).map(
			(b) => b.connectorType,
		),
		supportedSchedulingFrequencies: enumValues('ScheduleFrequencyType'),
		supportedTriggerTypes: ['OnDemand', 'Scheduled'],
		isPrivateLinkEnabled: false,
		isPrivateLinkEndpointUrlRequired: false,
		supportedApiVersions: ['v1.0'],
		supportedOperators: enumValues('Operator'),
		supportedWriteOperations: ['INSERT', 'UPSERT', 'UPDATE', 'DELETE'],
		authenticationConfig: {
			isBasicAuthSupported: false,
			isApiKeyAuthSupported: true,
			isOAuth2Supported: false,
			isCustomAuthSupported: false,
		},
		connectorRuntimeSettings: [],
		connectorProvisioningConfig: { lambda: { lambdaArn: c.lambdaArn } },
		applicationType: undefined,
		registeredAt: epochSeconds(c.registeredAt),
	});
}

function requireConnector(ctx: HandlerContext, label: string): CustomConnectorRecord {
	const connector = ctx.store.connectors.get(label);
	if (!connector) throw notFound(`No custom connector is registered with the label ${label}.`);
	return connector;
}

export const registerConnector: Handler = (ctx, input: RegistrationInput) =>
	idempotent(ctx.store, 'RegisterConnector', input as unknown as Json, ctx.now, () => {
		const { store } = ctx;
		const label = input.connectorLabel;
		if (!label) throw validationError('connectorLabel is required.');
		if (store.connectors.has(label) || builtInConnector(label))
			throw conflict(`A connector with the label ${label} is already registered.`);
		if (store.connectors.size >= MAX_CUSTOM_CONNECTORS) {
			throw new AwsError(
				'ServiceQuotaExceededException',
				`The quota of ${MAX_CUSTOM_CONNECTORS} custom connectors per account is reached.`,
			);
		}
		if ((input.connectorProvisioningType ?? 'LAMBDA') !== 'LAMBDA')
			throw validationError('connectorProvisioningType must be LAMBDA.');
		const lambdaArn = lambdaArnOf(input);
		if (!lambdaArn) throw validationError('connectorProvisioningConfig.lambda.lambdaArn is required.');
		const connector: CustomConnectorRecord = {
			arn: store.arn('connector', label),
			label,
			description: input.description,
			lambdaArn,
			version: 1,
			registeredAt: ctx.now,
			registeredBy: ctx.caller,
		};
		store.connectors.set(label, connector);
		return { connectorArn: connector.arn };
	});

export const updateConnectorRegistration: Handler = (ctx, input: RegistrationInput & { connectorLabel: string }) =>
	idempotent(ctx.store, 'UpdateConnectorRegistration', input as unknown as Json, ctx.now, () => {
		const connector = requireConnector(ctx, input.connectorLabel);
		connector.lambdaArn = lambdaArnOf(input) ?? connector.lambdaArn;
		connector.description = input.description ?? connector.description;
		// AppFlow reads the Lambda's connector configuration again, which makes a new connector version.
		connector.version++;
		return { connectorArn: connector.arn };
	});

export const unregisterConnector: Handler = (ctx, input: { connectorLabel: string; forceDelete?: boolean }) => {
	const connector = requireConnector(ctx, input.connectorLabel);
	const profiles = [...ctx.store.profiles.values()]
		.filter((p) => p.connectorLabel === connector.label)
		.map((p) => p.name);
	if (profiles.length > 0 && !input.forceDelete) {
		throw conflict(
			`The connector ${connector.label} is used by the connector profiles ${profiles.join(', ')}. Delete them first or set forceDelete.`,
		);
	}
	ctx.store.connectors.delete(connector.label);
	return {};
};

export const describeConnector: Handler = (ctx, input: { connectorType: string; connectorLabel?: string }) => {
	if (input.connectorType === 'CustomConnector') {
		if (!input.connectorLabel)
			throw validationError('connectorLabel is required when connectorType is CustomConnector.');
		return { connectorConfiguration: customConfiguration(requireConnector(ctx, input.connectorLabel)) };
	}
	return { connectorConfiguration: builtInConfiguration(builtInConnector(input.connectorType)!) };
};

type Listed = { key: string; builtIn?: BuiltInConnector; custom?: CustomConnectorRecord };

export const describeConnectors: Handler = (ctx, input: PageRequest & { connectorTypes?: string[] }) => {
	const wanted = input.connectorTypes?.length ? new Set(input.connectorTypes) : undefined;
	const entries: Listed[] = [
		...BUILT_IN_CONNECTORS.filter((c) => !wanted || wanted.has(c.connectorType)).map((c) => ({
			key: `0:${c.connectorType}`,
			builtIn: c,
		})),
		...(!wanted || wanted.has('CustomConnector') ? [...ctx.store.connectors.values()] : []).map((c) => ({
			key: `1:${c.label}`,
			custom: c,
		})),
	].sort((a, b) => (a.key < b.key ? -1 : 1));
	const page = paginate(
		entries,
		(e) => e.key,
		input,
		JSON.stringify(['DescribeConnectors', [...(wanted ?? [])].sort()]),
	);
	const connectorConfigurations: Json = {};
	for (const entry of page.items) {
		if (entry.builtIn) connectorConfigurations[entry.builtIn.connectorType] = builtInConfiguration(entry.builtIn);
	}
	return compact({
		connectorConfigurations,
		connectors: page.items.map((e) => (e.builtIn ? builtInDetail(e.builtIn) : customDetail(e.custom!))),
		nextToken: page.nextToken,
	});
};

/** AWS lists only the custom connectors registered in the account here, not the built-in ones. */
export const listConnectors: Handler = (ctx, input: PageRequest) => {
	const connectors = [...ctx.store.connectors.values()].sort((a, b) => (a.label < b.label ? -1 : 1));
	const page = paginate(connectors, (c) => c.label, input, 'ListConnectors');
	return compact({ connectors: page.items.map(customDetail), nextToken: page.nextToken });
};
