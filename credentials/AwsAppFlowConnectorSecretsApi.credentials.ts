import type { ICredentialType, INodeProperties } from 'n8n-workflow';

import { withReadableOptions } from '../nodes/AwsAppFlow/actions/common/optionCopy';
import { connectorSecretsProperties } from '../nodes/AwsAppFlow/actions/connectorProfile/forms/connectorSecrets';

/**
 * One connector type's connectorProfileCredentials (a Salesforce refresh token, a Datadog application key, ...),
 * kept by n8n encrypted instead of in the workflow's parameters. The AWS AppFlow node offers it on Connector
 * Profile > Create and Update when Credentials Source is this credential. Its Test button (the node's
 * `awsAppFlowConnectorSecretsTest`) checks the values against AppFlow's constraints without sending them anywhere:
 * only AppFlow itself can check them with the application, when a profile is created or updated.
 */
export class AwsAppFlowConnectorSecretsApi implements ICredentialType {
	name = 'awsAppFlowConnectorSecretsApi';

	displayName = 'AWS AppFlow Connector Secrets';

	documentationUrl = 'https://docs.aws.amazon.com/appflow/1.0/APIReference/API_ConnectorProfileCredentials.html';

	icon = { light: 'file:../icons/appflow.svg', dark: 'file:../icons/appflow.dark.svg' } as const;

	properties: INodeProperties[] = withReadableOptions(connectorSecretsProperties());
}
