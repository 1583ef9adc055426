/** What the emulator keeps about AppFlow resources. Definitions sent by clients are kept as received (JSON). */

export type Json = Record<string, unknown>;
export type Tags = Record<string, string>;

export type FlowStatus = 'Active' | 'Deprecated' | 'Deleted' | 'Draft' | 'Errored' | 'Suspended';
export type ExecutionStatus = 'InProgress' | 'Successful' | 'Error' | 'CancelStarted' | 'Canceled';
export type RunOutcome = { status: 'Successful' } | { status: 'Error'; message?: string };

export interface ProfileRecord {
	arn: string;
	name: string;
	connectorType: string;
	connectorLabel?: string;
	connectionMode: string;
	/** `connectorProfileProperties` as sent. */
	properties: Json;
	/** `connectorProfileCredentials` as sent: stored (AWS puts them in Secrets Manager), never returned. */
	credentials?: Json;
	credentialsArn: string;
	kmsArn?: string;
	createdAt: number;
	lastUpdatedAt: number;
	tags: Tags;
}

export interface CustomConnectorRecord {
	arn: string;
	label: string;
	description?: string;
	lambdaArn: string;
	/** Bumped by UpdateConnectorRegistration, as AWS does when it re-reads the Lambda. */
	version: number;
	registeredAt: number;
	registeredBy: string;
}

export interface RunRecord {
	executionId: string;
	/** Store-wide sequence number: orders runs newest first. */
	sequence: number;
	startedAt: number;
	/** When an uncanceled run finishes. Status is computed from these timestamps when read (no timers). */
	endsAt: number;
	outcome: RunOutcome;
	canceledAt?: number;
	dataPullStartTime: number;
	dataPullEndTime: number;
	recordsProcessed: number;
}

export interface FlowRecord {
	arn: string;
	name: string;
	description?: string;
	kmsArn: string;
	status: FlowStatus;
	triggerConfig: Json;
	sourceFlowConfig: Json;
	destinationFlowConfigList: Json[];
	tasks: Json[];
	metadataCatalogConfig?: Json;
	tags: Tags;
	createdAt: number;
	lastUpdatedAt: number;
	createdBy: string;
	lastUpdatedBy: string;
	schemaVersion: number;
	runs: RunRecord[];
}

export interface MetadataCacheReset {
	at: number;
	connectorType?: string;
	connectorProfileName?: string;
	connectorEntityName?: string;
	entitiesPath?: string;
	apiVersion?: string;
}

export interface IdempotentResponse {
	fingerprint: string;
	response: Json;
	expiresAt: number;
}
