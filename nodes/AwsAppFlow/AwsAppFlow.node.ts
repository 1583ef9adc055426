import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IExecuteFunctions,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties, subtitleExpression } from './actions/description';
import { loadOptions } from './methods/flowPickers';
import { listSearch } from './methods/listSearch';
import { route } from './actions/router';
import { testCredential } from './transport/credentialTest';
import { testConnectorSecrets } from './actions/connectorProfile/forms/connectorSecrets';
import { CREDENTIALS_SOURCE } from './actions/connectorProfile/forms/profileFormProperties';

export class AwsAppFlow implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AWS AppFlow',
		name: 'awsAppFlow',
		icon: { light: 'file:../../icons/appflow.svg', dark: 'file:../../icons/appflow.dark.svg' },
		group: ['transform'],
		// 2: Simplify (on by default), Create's output names the resource, wait settings in Options. Version 1 nodes,
		// saved before, keep their parameters and emit what they did.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: subtitleExpression(),
		description:
			'Create and run Amazon AppFlow flows, inspect runs, manage connector profiles, connectors and entities, and tag resources',
		defaults: { name: 'AWS AppFlow' },
		usableAsTool: {
			// What an AI agent is told when it picks the node as a tool and no operation's action text applies.
			replacements: {
				description:
					'Works with Amazon AppFlow in one AWS account and Region: lists, gets, creates, updates, deletes, starts and stops flows (one item per flow, or the flow ARN and status); gets one run of a flow by execution ID or many runs newest first, filtered by status and start time (one item per run with status, records processed and errors); manages connector profiles, custom connectors and connector entities; adds, lists and removes tags. Start Flow can wait for the run to end (2 minutes at most by default for agents) and returns the run record.',
			},
		},
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'awsAppFlowApi', required: true, testedBy: 'awsAppFlowApiTest' },
			{
				// Offered only where connector profile credentials are sent, and only when chosen as their source. Credentials
				// Source exists only in the Create and Update Connector Profile forms, so it alone decides; naming more
				// parameters would move the editor's credential picker down to the last of them (Input Mode, near the end).
				name: 'awsAppFlowConnectorSecretsApi',
				required: false,
				testedBy: 'awsAppFlowConnectorSecretsTest',
				displayOptions: { show: { [CREDENTIALS_SOURCE]: ['credential'] } },
			},
		],
		properties: nodeProperties(),
	};

	methods = {
		listSearch,
		loadOptions,
		credentialTest: {
			async awsAppFlowApiTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				return await testCredential(credential);
			},
			async awsAppFlowConnectorSecretsTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				return testConnectorSecrets((credential.data ?? {}) as Record<string, unknown>);
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this);
	}
}
