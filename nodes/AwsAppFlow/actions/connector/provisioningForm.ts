/**
 * The form for connectorProvisioningConfig: the user picks the provisioning type (the model's enum, LAMBDA today)
 * and gives its one setting, the Lambda function's ARN; or writes the config as JSON. Types the form does not know
 * yet (a value AWS adds to the enum) go through the JSON escape.
 */
import type { INodeProperties } from 'n8n-workflow';

import { showValue } from '../../model/validate';
import { memberProperty } from '../common/fields';
import { inputError, type MemberReader } from '../common/request';

export type ProvisioningAction = 'RegisterConnector' | 'UpdateConnectorRegistration';

export const PROVISIONING_CONFIG_MODE = 'connectorProvisioningConfigMode';
const FORM_ONLY = { [PROVISIONING_CONFIG_MODE]: ['form'] };

/** The only provisioning type the model defines; its config is { lambda: { lambdaArn } }. */
const LAMBDA = 'LAMBDA';

/** Register Connector's connectorProvisioningType, given its own parameter (the model marks it optional). */
export function provisioningTypeProperty(): INodeProperties {
	return memberProperty('RegisterConnector', 'connectorProvisioningType', { default: LAMBDA });
}

export function provisioningFormProperties(action: ProvisioningAction): INodeProperties[] {
	const register = action === 'RegisterConnector';
	return [
		{
			displayName: 'Specify Connector Provisioning Config',
			name: PROVISIONING_CONFIG_MODE,
			type: 'options',
			options: [
				{
					name: 'Using Form Fields',
					value: 'form',
					description: 'Give the ARN of the Lambda function that implements the connector',
				},
				{ name: 'Using JSON', value: 'json', description: 'Write connectorProvisioningConfig in AppFlow syntax' },
			],
			default: 'form',
		},
		{
			displayName: 'Lambda Function ARN',
			name: 'lambdaArn',
			type: 'string',
			default: '',
			required: register,
			placeholder: 'e.g. arn:aws:lambda:us-east-1:123456789012:function:my-connector',
			description: register
				? 'ARN of the Lambda function that implements the connector'
				: 'ARN of the Lambda function that implements the connector; leave empty to keep the current one',
			displayOptions: { show: register ? { ...FORM_ONLY, connectorProvisioningType: [LAMBDA] } : FORM_ONLY },
		},
		memberProperty(action, 'connectorProvisioningConfig', {
			required: register,
			default: register ? JSON.stringify({ lambda: { lambdaArn: '' } }, null, 2) : '{}',
			displayOptions: { show: { [PROVISIONING_CONFIG_MODE]: ['json'] } },
		}),
	];
}

/** Register Connector always sends the type it shows; the model marks it optional, so it is not read from Additional Fields. */
export const readProvisioningType: MemberReader = (fn, itemIndex) =>
	fn.getNodeParameter('connectorProvisioningType', itemIndex, LAMBDA);

export function provisioningConfigReader(action: ProvisioningAction): MemberReader {
	return (fn, itemIndex) => {
		if (fn.getNodeParameter(PROVISIONING_CONFIG_MODE, itemIndex, 'form') === 'json') {
			return fn.getNodeParameter('connectorProvisioningConfig', itemIndex, '{}');
		}
		const type =
			action === 'RegisterConnector'
				? (fn.getNodeParameter('connectorProvisioningType', itemIndex, LAMBDA) as string)
				: LAMBDA;
		if (type !== LAMBDA) {
			throw inputError(
				fn,
				itemIndex,
				`The form has no fields for connector provisioning type ${showValue(type)}`,
				'Set Specify Connector Provisioning Config to Using JSON.',
			);
		}
		const lambdaArn = fn.getNodeParameter('lambdaArn', itemIndex, '') as string;
		// Registering needs the ARN: send { lambda: {} } so the validator names connectorProvisioningConfig.lambda.lambdaArn.
		if (lambdaArn === '') return action === 'RegisterConnector' ? { lambda: {} } : undefined;
		return { lambda: { lambdaArn } };
	};
}
