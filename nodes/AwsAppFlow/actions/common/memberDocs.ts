/**
 * Our own short descriptions of AppFlow's members, keyed by member name: the one table for every field built from
 * the model (top-level request members, the connector properties of flow sources and destinations, connector
 * profile properties and credentials). They are what n8n's editor and its AI Agent read, so each says what the
 * value is and what format it takes. The same name means the same thing everywhere, except where a key is scoped:
 * `profile.<member>` is the connector profile's meaning.
 */
export interface MemberDoc {
	displayName?: string;
	description: string;
	placeholder?: string;
}

export const MEMBER_DOCS: Record<string, MemberDoc> = {
	// Top-level request members
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
		placeholder: 'e.g. Account',
	},
	connectorLabel: {
		description: 'Label of a custom connector registered in this account (only for connector type CustomConnector)',
		placeholder: 'e.g. my_custom_connector',
	},
	connectorProfileConfig: {
		displayName: 'Connector Profile Config (JSON)',
		description:
			'Connector properties and credentials, per connector type: {"connectorProfileProperties": {"Salesforce": {...}}, "connectorProfileCredentials": {"Salesforce": {...}}}',
	},
	connectorProfileName: {
		description: 'Name of the connector profile (a saved connection to an application)',
		placeholder: 'e.g. my-salesforce-profile',
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
		placeholder: 'e.g. salesforce-accounts-to-s3',
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
		placeholder: 'e.g. arn:aws:appflow:us-east-1:123456789012:flow/my-flow',
	},
	sourceFlowConfig: {
		displayName: 'Source (JSON)',
		description:
			'Source configuration in AppFlow syntax, for example {"connectorType": "Salesforce", "connectorProfileName": "sf", "sourceConnectorProperties": {"Salesforce": {"object": "Account"}}}',
	},
	tagKeys: { description: 'Keys of the tags to remove, comma-separated or an array', placeholder: 'e.g. team, env' },
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
	// Connector properties of flow sources and destinations
	object: {
		description: 'Object (entity) in the application, for example Account for Salesforce or tickets for Zendesk',
		placeholder: 'e.g. Account',
	},
	bucketName: {
		description: 'Name of the S3 bucket (for Upsolver it starts with upsolver-appflow)',
		placeholder: 'e.g. my-bucket',
	},
	bucketPrefix: {
		description: 'Folder (key prefix) in the bucket, without a leading slash',
		placeholder: 'e.g. appflow/accounts',
	},
	intermediateBucketName: {
		description: 'S3 bucket where AppFlow stages the data before loading it into the warehouse',
		placeholder: 'e.g. my-staging-bucket',
	},
	enableDynamicFieldUpdate: {
		description: 'Whether to pick up fields added to the Salesforce object after the flow was created',
	},
	includeDeletedRecords: { description: 'Whether to include records that are in the Salesforce recycle bin' },
	dataTransferApi: {
		displayName: 'Data Transfer API',
		description:
			'Salesforce API for the transfer: Automatic chooses by data size, Bulk API 2.0 for large volumes, REST for small ones',
	},
	documentType: { description: 'Veeva document type to transfer, for example Promotional Piece' },
	includeSourceFiles: { description: 'Whether to transfer the Veeva source files' },
	includeRenditions: { description: 'Whether to transfer the Veeva renditions of the documents' },
	includeAllVersions: { description: 'Whether to transfer every version of the Veeva documents, not only the latest' },
	objectPath: {
		description: 'Path of the SAP OData object, for example /sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder',
	},
	entityName: { description: 'Entity of the custom connector to read or write' },
	idFieldNames: {
		displayName: 'ID Field Names',
		description: 'Fields that identify a record for upsert, update or delete, comma-separated',
		placeholder: 'e.g. Id',
	},
	writeOperationType: {
		description: 'How records are written: Insert (the default), Upsert or Update (need ID field names), or Delete',
	},
	domainName: { description: 'Name of the Amazon Connect Customer Profiles domain' },
	objectTypeName: { description: 'Object type of the Customer Profiles domain to write' },
	// Connector profile properties and credentials
	accessKeyId: { description: 'Access key ID of the Infor Nexus account' },
	accessToken: { description: 'OAuth access token; with a refresh token AppFlow renews it' },
	accountName: { description: 'Snowflake account name, for example xy12345.us-east-1' },
	apiKey: { description: 'API key that authenticates AppFlow with the application' },
	apiSecretKey: { description: 'Secret that goes with the API key' },
	apiToken: { description: 'Dynatrace API token' },
	applicationHostUrl: {
		description: 'Base URL of the SAP system, https://...',
		placeholder: 'e.g. https://sap.example.com',
	},
	applicationKey: { description: 'Datadog application key' },
	applicationServicePath: {
		description: 'Path of the OData service on the SAP system',
		placeholder: 'e.g. /sap/opu/odata/sap/API_SALES_ORDER_SRV',
	},
	authCodeUrl: {
		description: 'URL of the OAuth authorization endpoint, where a user signs in and grants access',
		placeholder: 'e.g. https://example.com/oauth/authorize',
	},
	authCode: { description: 'Authorization code from the OAuth redirect; AppFlow exchanges it for tokens' },
	authenticationType: { description: 'How AppFlow authenticates with the custom connector' },
	'profile.bucketName': { description: 'S3 bucket AppFlow stages data in before loading it' },
	'profile.bucketPrefix': { description: 'Key prefix inside the staging bucket' },
	businessUnitId: { description: 'Pardot business unit ID (starts with 0Uv)' },
	clientCredentialsArn: {
		description: 'ARN of the Secrets Manager secret holding the OAuth client ID and secret',
		placeholder: 'e.g. arn:aws:secretsmanager:us-east-1:123456789012:secret:my-app',
	},
	clientId: { description: 'OAuth client ID of the app registered with the application' },
	clientNumber: { description: 'Three-digit SAP client number', placeholder: 'e.g. 100' },
	clientSecret: { description: 'OAuth client secret of the app registered with the application' },
	clusterIdentifier: { description: 'ID of the provisioned Redshift cluster (for the Data API)' },
	credentialsMap: { description: 'Credential values the custom authentication scheme expects' },
	customAuthenticationType: { description: 'Name of the custom authentication scheme the connector declares' },
	dataApiRoleArn: { description: 'ARN of the IAM role AppFlow assumes to use the Redshift Data API' },
	databaseName: { description: 'Name of the Redshift database' },
	databaseUrl: {
		description: 'JDBC URL of the Redshift database',
		placeholder: 'e.g. jdbc:redshift://cluster.abc.us-east-1.redshift.amazonaws.com:5439/dev',
	},
	datakey: { description: 'Infor Nexus data key' },
	disableSSO: { description: 'Whether to turn off single sign-on when connecting to SAP' },
	instanceUrl: {
		description:
			'Base URL of your instance of the application, such as https://acme.my.salesforce.com, https://acme.zendesk.com or https://acme.service-now.com',
		placeholder: 'e.g. https://acme.example.com',
	},
	isRedshiftServerless: {
		description: 'Whether the database is in Redshift Serverless (give a workgroup name) rather than a cluster',
	},
	isSandboxEnvironment: { description: 'Whether the instance is a sandbox rather than production' },
	jwtToken: { description: 'Signed JWT for the JWT bearer grant' },
	logonLanguage: { description: 'Two-letter SAP logon language, for example EN' },
	oAuth2GrantType: { description: 'OAuth 2.0 grant AppFlow uses to get tokens' },
	oAuthScopes: { description: 'OAuth scopes, comma-separated' },
	password: { description: 'Password of the user' },
	portNumber: { description: 'Port of the SAP system' },
	privateLinkServiceName: { description: 'Endpoint service name for AWS PrivateLink, com.amazonaws.vpce....' },
	profileProperties: { description: 'Properties the custom connector asks for, as key/value pairs' },
	redirectUri: { description: 'Redirect URI used when the authorization code was obtained' },
	refreshToken: { description: 'OAuth refresh token AppFlow uses to renew the access token' },
	region: { description: 'AWS Region of the Snowflake account' },
	roleArn: { description: 'ARN of the IAM role that lets the database read the staging bucket' },
	secretAccessKey: { description: 'Secret access key of the Infor Nexus account' },
	secretKey: { description: 'Secret key that goes with the API key (Amplitude project settings)' },
	stage: {
		description: 'Name of the Snowflake external stage on the bucket, database.schema.stage',
		placeholder: 'e.g. MYDB.PUBLIC.APPFLOW_STAGE',
	},
	tokenUrl: { description: 'URL of the OAuth token endpoint', placeholder: 'e.g. https://example.com/oauth/token' },
	tokenUrlCustomProperties: { description: 'Extra parameters sent to the token endpoint, as key/value pairs' },
	usePrivateLinkForMetadataAndAuthorization: {
		description: 'Whether metadata and authorization calls go over AWS PrivateLink too',
	},
	userId: { description: 'Infor Nexus user ID' },
	username: { description: 'Name of the user AppFlow signs in as' },
	warehouse: { description: 'Name of the Snowflake warehouse' },
	workgroupName: { description: 'Name of the Redshift Serverless workgroup' },
};

/** The description of `member`, in the connector profile's meaning when `scope` is 'profile'. */
export function memberDoc(member: string, scope?: 'profile'): MemberDoc | undefined {
	return (scope && MEMBER_DOCS[`${scope}.${member}`]) || MEMBER_DOCS[member];
}

/** "connectorProfileName" -> "Connector Profile Name" */
export function titleCase(member: string): string {
	const spaced = member.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
	return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
