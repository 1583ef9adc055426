/**
 * Built-in connector types. Capabilities come from the model table (a type can be a source if
 * SourceConnectorProperties has a member for it, and so on); only display names and a few AWS facts are listed here.
 */
import { CONNECTOR_TYPES, enumValues, memberEnumValues, memberFor } from '../model';
import type { Json } from '../state/types';

interface Display {
	name: string;
	description: string;
	/** Trigger types besides OnDemand and Scheduled. */
	eventTrigger?: boolean;
	metadata?: Json;
	fileTransfer?: boolean;
}

const DISPLAY: Record<string, Display> = {
	Salesforce: {
		name: 'Salesforce',
		description: 'Customer relationship management platform, with standard and custom objects',
		eventTrigger: true,
		metadata: {
			oAuthScopes: ['api', 'refresh_token'],
			dataTransferApis: ['AUTOMATIC', 'BULKV2', 'REST_SYNC'],
			oauth2GrantTypesSupported: ['AUTHORIZATION_CODE', 'CLIENT_CREDENTIALS', 'JWT_BEARER'],
		},
	},
	S3: {
		name: 'Amazon S3',
		description: 'Object storage, as a source of files or a destination for flow output',
		fileTransfer: true,
	},
	Zendesk: {
		name: 'Zendesk',
		description: 'Customer service platform with tickets, users and organizations',
		metadata: { oAuthScopes: ['read', 'write'] },
	},
	Slack: {
		name: 'Slack',
		description: 'Messaging platform, conversations and messages',
		metadata: { oAuthScopes: ['channels:read', 'channels:history', 'users:read'] },
	},
	Redshift: { name: 'Amazon Redshift', description: 'Data warehouse, as a destination' },
	Snowflake: {
		name: 'Snowflake',
		description: 'Cloud data warehouse, as a destination',
		metadata: { supportedRegions: ['us-east-1', 'us-west-2', 'eu-west-1'] },
	},
	Marketo: { name: 'Marketo', description: 'Marketing automation platform' },
	Googleanalytics: { name: 'Google Analytics', description: 'Web analytics reports' },
	Servicenow: { name: 'ServiceNow', description: 'IT service management platform' },
	Datadog: { name: 'Datadog', description: 'Monitoring and analytics platform' },
	Trendmicro: { name: 'Trend Micro', description: 'Security platform' },
	Singular: { name: 'Singular', description: 'Marketing analytics platform' },
	Dynatrace: { name: 'Dynatrace', description: 'Application performance monitoring' },
	Infornexus: { name: 'Infor Nexus', description: 'Supply chain network' },
	Amplitude: { name: 'Amplitude', description: 'Product analytics platform' },
	Veeva: { name: 'Veeva', description: 'Life sciences content management' },
	EventBridge: { name: 'Amazon EventBridge', description: 'Event bus, as a destination' },
	LookoutMetrics: { name: 'Amazon Lookout for Metrics', description: 'Anomaly detection, as a destination' },
	Upsolver: { name: 'Upsolver', description: 'Data lake platform, as a destination' },
	Honeycode: { name: 'Amazon Honeycode', description: 'No-code application builder, as a destination' },
	CustomerProfiles: {
		name: 'Amazon Connect Customer Profiles',
		description: 'Unified customer profiles, as a destination',
	},
	SAPOData: { name: 'SAP OData', description: 'SAP systems through OData services' },
	Pardot: { name: 'Salesforce Pardot', description: 'B2B marketing automation' },
};

export interface BuiltInConnector {
	connectorType: string;
	canUseAsSource: boolean;
	canUseAsDestination: boolean;
	/** False for the connectors that take no connector profile (S3, EventBridge, ...): no profile member in the model. */
	needsProfile: boolean;
	triggerTypes: string[];
	display: Display;
}

export const BUILT_IN_CONNECTORS: BuiltInConnector[] = CONNECTOR_TYPES.filter((t) => t !== 'CustomConnector').map(
	(type) => {
		const display = DISPLAY[type] ?? { name: type, description: `${type} connector` };
		const canUseAsSource = memberFor('SourceConnectorProperties', type) !== undefined;
		return {
			connectorType: type,
			canUseAsSource,
			canUseAsDestination: memberFor('DestinationConnectorProperties', type) !== undefined,
			needsProfile: memberFor('ConnectorProfileProperties', type) !== undefined,
			triggerTypes: canUseAsSource
				? ['OnDemand', 'Scheduled', ...(display.eventTrigger ? ['Event'] : [])]
				: ['OnDemand'],
			display,
		};
	},
);

export const builtInConnector = (type: string) => BUILT_IN_CONNECTORS.find((c) => c.connectorType === type);

const DESTINATION_TYPES = [
	...BUILT_IN_CONNECTORS.filter((c) => c.canUseAsDestination).map((c) => c.connectorType),
	'CustomConnector',
];

/** The ConnectorConfiguration that DescribeConnector(s) returns for a built-in type. */
export function builtInConfiguration(c: BuiltInConnector): Json {
	const metadataMember = memberFor('ConnectorMetadata', c.connectorType);
	return {
		connectorType: c.connectorType,
		connectorName: c.display.name,
		connectorDescription: c.display.description,
		connectorOwner: 'Amazon AppFlow',
		connectorVersion: '1.0',
		canUseAsSource: c.canUseAsSource,
		canUseAsDestination: c.canUseAsDestination,
		supportedDestinationConnectors: c.canUseAsSource ? DESTINATION_TYPES : [],
		supportedSchedulingFrequencies: c.canUseAsSource ? enumValues('ScheduleFrequencyType') : [],
		supportedTriggerTypes: c.triggerTypes,
		isPrivateLinkEnabled: c.connectorType === 'Salesforce',
		isPrivateLinkEndpointUrlRequired: false,
		connectorMetadata: metadataMember ? { [metadataMember]: c.display.metadata ?? {} } : undefined,
		connectorModes: modes(c),
		supportedOperators: memberEnumValues('ConnectorOperator', c.connectorType),
		supportedWriteOperations: c.canUseAsDestination
			? c.connectorType === 'Salesforce'
				? ['INSERT', 'UPSERT', 'UPDATE', 'DELETE']
				: ['INSERT']
			: [],
		supportedDataTransferTypes: c.display.fileTransfer ? ['RECORD', 'FILE'] : ['RECORD'],
	};
}

function modes(c: BuiltInConnector): string[] {
	return [...(c.canUseAsSource ? ['SOURCE'] : []), ...(c.canUseAsDestination ? ['DESTINATION'] : [])];
}

/** The ConnectorDetail that ListConnectors and DescribeConnectors list for a built-in type. */
export function builtInDetail(c: BuiltInConnector): Json {
	return {
		connectorType: c.connectorType,
		connectorName: c.display.name,
		connectorDescription: c.display.description,
		connectorOwner: 'Amazon AppFlow',
		connectorVersion: '1.0',
		applicationType: c.connectorType,
		connectorModes: modes(c),
		supportedDataTransferTypes: c.display.fileTransfer ? ['RECORD', 'FILE'] : ['RECORD'],
	};
}
