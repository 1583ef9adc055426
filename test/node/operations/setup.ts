/**
 * What the operation tests share: AppFlow resources to prepare through the SDK (`setup`, on the client given to
 * `useClient`) and the shape of one operation case.
 */
import {
	type AppflowClient,
	CreateConnectorProfileCommand,
	CreateFlowCommand,
	RegisterConnectorCommand,
} from '@aws-sdk/client-appflow';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { s3FlowRequest } from '../nodeBed';

export let sdk: AppflowClient;
export const flowArn = (name: string) => `arn:aws:appflow:us-east-1:123456789012:flow/${name}`;
export const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:my-connector';
export const zendeskConfig = {
	connectorProfileProperties: { Zendesk: { instanceUrl: 'https://acme.zendesk.com' } },
	connectorProfileCredentials: {
		Zendesk: { clientId: 'client', clientSecret: 'zd-client-secret-5e3', accessToken: 'zd-access-token-77a' },
	},
};

export const setup = {
	flow: async (name = 'orders') => sdk.send(new CreateFlowCommand(s3FlowRequest(name) as never)),
	scheduledFlow: async (name = 'nightly') =>
		sdk.send(
			new CreateFlowCommand({
				...(s3FlowRequest(name) as object),
				triggerConfig: {
					triggerType: 'Scheduled',
					triggerProperties: { Scheduled: { scheduleExpression: 'rate(1hours)' } },
				},
			} as never),
		),
	profile: async (name = 'zendesk-main') =>
		sdk.send(
			new CreateConnectorProfileCommand({
				connectorProfileName: name,
				connectorType: 'Zendesk',
				connectionMode: 'Public',
				connectorProfileConfig: zendeskConfig,
			}),
		),
	/** A Salesforce profile "sf", whose Account and Opportunity entities have fields in the emulator's catalog. */
	salesforceProfile: async () =>
		sdk.send(
			new CreateConnectorProfileCommand({
				connectorProfileName: 'sf',
				connectorType: 'Salesforce',
				connectionMode: 'Public',
				connectorProfileConfig: {
					connectorProfileProperties: { Salesforce: { instanceUrl: 'https://acme.my.salesforce.com' } },
					connectorProfileCredentials: { Salesforce: { accessToken: 'a' } },
				},
			}),
		),
	connector: async (label = 'my_connector') =>
		sdk.send(
			new RegisterConnectorCommand({
				connectorLabel: label,
				connectorProvisioningType: 'LAMBDA',
				connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA } },
			}),
		),
};

export interface Case {
	resource: string;
	operation: string;
	action: string;
	prepare?: () => Promise<unknown>;
	fields: INodeParameters;
	json: IDataObject;
	/** What AppFlow must have received (a subset match of the last request of `action`). */
	sent: IDataObject;
	check: (items: IDataObject[]) => void;
}

/** The SDK client the cases prepare with: the test file's bed, set in its beforeAll. */
export function useClient(client: AppflowClient): void {
	sdk = client;
}
