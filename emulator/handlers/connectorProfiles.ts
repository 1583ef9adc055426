/** CreateConnectorProfile, DescribeConnectorProfiles, UpdateConnectorProfile, DeleteConnectorProfile. */
import { randomBytes } from 'node:crypto';
import { builtInConnector } from '../catalog/connectors';
import { AwsError, conflict, notFound, validationError } from '../errors';
import { memberFor } from '../model';
import { paginate, type PageRequest } from '../pagination';
import { idempotent } from '../state/idempotency';
import type { Json, ProfileRecord } from '../state/types';
import { compact, epochSeconds } from '../wire';
import type { Handler, HandlerContext } from './context';

/** AppFlow's documented soft quota of connector profiles per account. */
export const MAX_CONNECTOR_PROFILES = 100;

/** A credential value that the emulated application rejects, to exercise ConnectorAuthenticationException. */
export const REJECTED_CREDENTIAL = 'emulator-rejected-credential';

interface ProfileConfig {
	connectorProfileProperties: Json;
	connectorProfileCredentials?: Json;
}

interface CreateInput {
	connectorProfileName: string;
	kmsArn?: string;
	connectorType: string;
	connectorLabel?: string;
	connectionMode: string;
	connectorProfileConfig: ProfileConfig;
	clientToken?: string;
}

type UpdateInput = Pick<
	CreateInput,
	'connectorProfileName' | 'connectionMode' | 'connectorProfileConfig' | 'clientToken'
>;

const containsRejectedCredential = (value: unknown): boolean =>
	value === REJECTED_CREDENTIAL ||
	(value !== null && typeof value === 'object' && Object.values(value as Json).some(containsRejectedCredential));

/** Checks what the model cannot express: the config must be the one for the profile's connector type. */
function checkConfig(
	ctx: HandlerContext,
	connectorType: string,
	connectorLabel: string | undefined,
	config: ProfileConfig,
): void {
	const builtIn = builtInConnector(connectorType);
	if (builtIn && !builtIn.needsProfile) {
		throw validationError(`Connector type ${connectorType} does not use connector profiles.`);
	}
	if (connectorType === 'CustomConnector') {
		if (!connectorLabel) throw validationError('connectorLabel is required when connectorType is CustomConnector.');
		if (!ctx.store.connectors.has(connectorLabel))
			throw validationError(`No custom connector is registered with the label ${connectorLabel}.`);
	}
	const member = memberFor('ConnectorProfileProperties', connectorType)!;
	if (!config.connectorProfileProperties[member]) {
		throw validationError(
			`connectorProfileConfig.connectorProfileProperties.${member} is required for connector type ${connectorType}.`,
		);
	}
	const credentials = config.connectorProfileCredentials;
	if (credentials && containsRejectedCredential(credentials)) {
		throw new AwsError(
			'ConnectorAuthenticationException',
			`${connectorType} rejected the credentials of the connector profile.`,
		);
	}
}

function describe(profile: ProfileRecord): Json {
	return compact({
		connectorProfileArn: profile.arn,
		connectorProfileName: profile.name,
		connectorType: profile.connectorType,
		connectorLabel: profile.connectorLabel,
		connectionMode: profile.connectionMode,
		credentialsArn: profile.credentialsArn,
		connectorProfileProperties: profile.properties,
		createdAt: epochSeconds(profile.createdAt),
		lastUpdatedAt: epochSeconds(profile.lastUpdatedAt),
		privateConnectionProvisioningState: profile.connectionMode === 'Private' ? { status: 'CREATED' } : undefined,
	});
}

export const createConnectorProfile: Handler = (ctx, input: CreateInput) =>
	idempotent(ctx.store, 'CreateConnectorProfile', input as unknown as Json, ctx.now, () => {
		const { store, now } = ctx;
		const name = input.connectorProfileName;
		if (store.profiles.has(name)) throw conflict(`A connector profile with the name ${name} already exists.`);
		if (store.profiles.size >= MAX_CONNECTOR_PROFILES) {
			throw new AwsError(
				'ServiceQuotaExceededException',
				`The quota of ${MAX_CONNECTOR_PROFILES} connector profiles per account is reached.`,
			);
		}
		checkConfig(ctx, input.connectorType, input.connectorLabel, input.connectorProfileConfig);
		const profile: ProfileRecord = {
			arn: store.arn('connectorprofile', name),
			name,
			connectorType: input.connectorType,
			connectorLabel: input.connectorLabel,
			connectionMode: input.connectionMode,
			properties: input.connectorProfileConfig.connectorProfileProperties,
			credentials: input.connectorProfileConfig.connectorProfileCredentials,
			// AppFlow keeps the credentials in a Secrets Manager secret named after the profile.
			credentialsArn: `arn:aws:secretsmanager:${store.region}:${store.accountId}:secret:appflow!${store.accountId}-${name}-${Math.floor(now / 1000)}-${randomBytes(3).toString('hex')}`,
			kmsArn: input.kmsArn,
			createdAt: now,
			lastUpdatedAt: now,
			tags: {},
		};
		store.profiles.set(name, profile);
		return { connectorProfileArn: profile.arn };
	});

interface DescribeInput extends PageRequest {
	connectorProfileNames?: string[];
	connectorType?: string;
	connectorLabel?: string;
}

export const describeConnectorProfiles: Handler = (ctx, input: DescribeInput) => {
	const names = input.connectorProfileNames ? new Set(input.connectorProfileNames) : undefined;
	const matching = [...ctx.store.profiles.values()]
		.filter((p) => !names || names.has(p.name))
		.filter((p) => !input.connectorType || p.connectorType === input.connectorType)
		.filter((p) => !input.connectorLabel || p.connectorLabel === input.connectorLabel)
		.sort((a, b) => (a.name < b.name ? -1 : 1));
	const scope = JSON.stringify([
		'DescribeConnectorProfiles',
		input.connectorProfileNames ?? null,
		input.connectorType ?? null,
		input.connectorLabel ?? null,
	]);
	const page = paginate(matching, (p) => p.name, input, scope);
	return compact({ connectorProfileDetails: page.items.map(describe), nextToken: page.nextToken });
};

export const updateConnectorProfile: Handler = (ctx, input: UpdateInput) =>
	idempotent(ctx.store, 'UpdateConnectorProfile', input as unknown as Json, ctx.now, () => {
		const profile = ctx.store.profiles.get(input.connectorProfileName);
		if (!profile) throw notFound(`The connector profile ${input.connectorProfileName} does not exist.`);
		checkConfig(ctx, profile.connectorType, profile.connectorLabel, input.connectorProfileConfig);
		profile.connectionMode = input.connectionMode;
		profile.properties = input.connectorProfileConfig.connectorProfileProperties;
		// Credentials left out of an update stay as they were (AWS keeps the secret).
		profile.credentials = input.connectorProfileConfig.connectorProfileCredentials ?? profile.credentials;
		profile.lastUpdatedAt = ctx.now;
		return { connectorProfileArn: profile.arn };
	});

/** Names of the flows whose source or a destination uses the profile. */
export function flowsUsingProfile(ctx: HandlerContext, profileName: string): string[] {
	const uses = (config: Json) => config.connectorProfileName === profileName;
	return [...ctx.store.flows.values()]
		.filter((flow) => uses(flow.sourceFlowConfig) || flow.destinationFlowConfigList.some(uses))
		.map((flow) => flow.name);
}

export const deleteConnectorProfile: Handler = (
	ctx,
	input: { connectorProfileName: string; forceDelete?: boolean },
) => {
	const name = input.connectorProfileName;
	if (!ctx.store.profiles.has(name)) throw notFound(`The connector profile ${name} does not exist.`);
	const users = flowsUsingProfile(ctx, name);
	if (users.length > 0 && !input.forceDelete) {
		throw conflict(
			`The connector profile ${name} is used by the flows ${users.join(', ')}. Delete them first or set forceDelete.`,
		);
	}
	ctx.store.profiles.delete(name);
	return {};
};
