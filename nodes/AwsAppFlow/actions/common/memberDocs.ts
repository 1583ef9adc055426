/**
 * Our own short descriptions of AppFlow's top-level request members, keyed by member name. They are what n8n's
 * editor and its AI Agent read, so each says what the value is and what format it takes.
 */
export const MEMBER_DOCS: Record<string, { displayName?: string; description: string; placeholder?: string }> = {
	apiVersion: {
		displayName: 'API Version',
		description: 'API version of the connector, for connectors that have several',
	},
	clientToken: {
		description:
			'Idempotency token: AWS does the work of a request once per token and answers every repeat with the first result. A fixed value here means one run or resource for every item and every execution that reuses it (the node warns when items of one execution share a token). Leave empty and the AWS SDK makes a new one per call; use an expression such as {{ $json.id }} to make retries of the same item safe.',
	},
	connectionMode: {
		description: 'Public: AppFlow reaches the application over the internet. Private: over AWS PrivateLink.',
	},
	connectorEntityName: {
		displayName: 'Entity Name',
		description:
			'Name of the entity (object) in the connector, for example Account for Salesforce or a bucket/prefix for S3',
		placeholder: 'Account',
	},
	connectorLabel: {
		description: 'Label of a custom connector registered in this account (only for connector type CustomConnector)',
		placeholder: 'my_custom_connector',
	},
	connectorProfileConfig: {
		displayName: 'Connector Profile Config (JSON)',
		description:
			'Connector properties and credentials, per connector type: {"connectorProfileProperties": {"Salesforce": {...}}, "connectorProfileCredentials": {"Salesforce": {...}}}',
	},
	connectorProfileName: {
		description: 'Name of the connector profile (a saved connection to an application)',
		placeholder: 'my-salesforce-profile',
	},
	connectorProfileNames: { description: 'Names of connector profiles, comma-separated or an array' },
	connectorProvisioningConfig: {
		displayName: 'Connector Provisioning Config (JSON)',
		description: 'For Lambda connectors: {"lambda": {"lambdaArn": "arn:aws:lambda:..."}}',
	},
	connectorProvisioningType: { description: 'How the custom connector is provisioned (LAMBDA)' },
	connectorType: { description: 'Type of the connector, for example Salesforce, S3 or Zendesk' },
	connectorTypes: { description: 'Connector types to describe; all if empty' },
	description: { description: 'Description to store with the resource' },
	destinationFlowConfigList: {
		displayName: 'Destinations (JSON)',
		description:
			'List of destination configurations in AppFlow syntax, for example [{"connectorType": "S3", "destinationConnectorProperties": {"S3": {"bucketName": "my-bucket"}}}]',
	},
	entitiesPath: {
		description: 'Path of the entities to list, for connectors with nested entities (for example an S3 bucket/prefix)',
	},
	executionIds: {
		displayName: 'Execution IDs',
		description: 'Run IDs to cancel, comma-separated or an array; all active runs of the flow if empty',
	},
	flowName: {
		description: 'Name of the flow: letters, digits and _ ! @ # . - only, no spaces',
		placeholder: 'salesforce-accounts-to-s3',
	},
	forceDelete: { description: 'Whether to delete even if the resource is in use (AppFlow refuses otherwise)' },
	kmsArn: {
		displayName: 'KMS Key ARN',
		description: 'ARN of your own AWS KMS key for encryption; AppFlow uses its managed key if empty',
	},
	metadataCatalogConfig: {
		displayName: 'Metadata Catalog Config (JSON)',
		description:
			'Where AppFlow catalogs the transferred data, for example {"glueDataCatalog": {"roleArn": "...", "databaseName": "...", "tablePrefix": "..."}}',
	},
	resourceArn: {
		displayName: 'Resource ARN',
		description:
			'ARN of the flow or connector profile, for example arn:aws:appflow:us-east-1:123456789012:flow/my-flow',
		placeholder: 'arn:aws:appflow:us-east-1:123456789012:flow/my-flow',
	},
	sourceFlowConfig: {
		displayName: 'Source (JSON)',
		description:
			'Source configuration in AppFlow syntax, for example {"connectorType": "Salesforce", "connectorProfileName": "sf", "sourceConnectorProperties": {"Salesforce": {"object": "Account"}}}',
	},
	tagKeys: { description: 'Keys of the tags to remove, comma-separated or an array', placeholder: 'team, env' },
	tags: { description: 'Tags (key/value pairs) to attach' },
	tasks: {
		displayName: 'Tasks (JSON)',
		description:
			'List of tasks in AppFlow syntax, for example [{"taskType": "Map_all", "sourceFields": [], "taskProperties": {}}]',
	},
	triggerConfig: {
		displayName: 'Trigger Config (JSON)',
		description:
			'When the flow runs, for example {"triggerType": "OnDemand"} or {"triggerType": "Scheduled", "triggerProperties": {"Scheduled": {"scheduleExpression": "rate(1hours)"}}}',
	},
};

/** "connectorProfileName" -> "Connector Profile Name" */
export function titleCase(member: string): string {
	const spaced = member.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
	return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
