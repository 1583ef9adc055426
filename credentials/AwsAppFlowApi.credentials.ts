import type { ICredentialType, INodeProperties } from 'n8n-workflow';

import { APPFLOW_REGION_NAMES, APPFLOW_REGIONS } from './regions.generated';

/** Regions by name ("US East (N. Virginia)"), the code as value and description, in alphabetical order. */
function regionOptions() {
	return APPFLOW_REGIONS.map((code) => ({
		name: APPFLOW_REGION_NAMES[code] ?? code,
		value: code,
		description: code,
	})).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * AWS keys for Amazon AppFlow. Tested by the AWS AppFlow node's `awsAppFlowApiTest` method, which makes one cheap
 * AppFlow call (ListFlows with maxResults 1) through the same client the node uses.
 */
export class AwsAppFlowApi implements ICredentialType {
	name = 'awsAppFlowApi';

	displayName = 'AWS AppFlow API';

	documentationUrl = 'https://docs.aws.amazon.com/appflow/latest/userguide/security-iam.html';

	icon = { light: 'file:../icons/appflow.svg', dark: 'file:../icons/appflow.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: regionOptions(),
			default: 'us-east-1',
			description:
				'AWS Region of your AppFlow resources. For a region not listed, use an expression that returns its code.',
		},
		{
			displayName: 'Credential Source',
			name: 'credentialSource',
			type: 'options',
			options: [
				{
					name: 'Access Keys',
					value: 'accessKeys',
					description: 'An access key ID and secret access key, optionally with a session token',
				},
				{
					name: "n8n Host's AWS Identity",
					value: 'hostIdentity',
					description:
						'The identity of the machine n8n runs on (environment, web identity/IRSA, ECS task role, instance profile). Allowed only when the n8n administrator sets N8N_AWS_SYSTEM_CREDENTIALS_ACCESS_ENABLED=true.',
				},
			],
			default: 'accessKeys',
		},
		{
			displayName: 'Access Key ID',
			name: 'accessKeyId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { credentialSource: ['accessKeys'] } },
		},
		{
			displayName: 'Secret Access Key',
			name: 'secretAccessKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { credentialSource: ['accessKeys'] } },
		},
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Only for temporary security credentials (keys that start with ASIA)',
			displayOptions: { show: { credentialSource: ['accessKeys'] } },
		},
		{
			displayName: 'Assume Role',
			name: 'assumeRole',
			type: 'boolean',
			default: false,
			description: 'Whether to trade these credentials for temporary ones of another IAM role through AWS STS',
		},
		{
			displayName: 'Role ARN',
			name: 'roleArn',
			type: 'string',
			default: '',
			placeholder: 'e.g. arn:aws:iam::123456789012:role/AppFlowOperator',
			required: true,
			displayOptions: { show: { assumeRole: [true] } },
		},
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			default: '',
			description: "The external ID the role's trust policy requires, if any",
			displayOptions: { show: { assumeRole: [true] } },
		},
		{
			displayName: 'Role Session Name',
			name: 'roleSessionName',
			type: 'string',
			default: 'n8n-appflow',
			displayOptions: { show: { assumeRole: [true] } },
		},
		{
			displayName: 'Custom Endpoint',
			name: 'endpoint',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://vpce-0123-abcd.appflow.us-east-1.vpce.amazonaws.com',
			description:
				'AppFlow endpoint to use instead of the public one: a VPC interface endpoint, or a local AppFlow emulator. Leave empty for AWS.',
		},
		{
			displayName: 'Custom STS Endpoint',
			name: 'stsEndpoint',
			type: 'string',
			default: '',
			description: 'STS endpoint for Assume Role instead of the regional one (a VPC endpoint or an emulator)',
			displayOptions: { show: { assumeRole: [true] } },
		},
	];
}
