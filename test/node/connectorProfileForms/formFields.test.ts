/** The connector profile form fields: secrets are password fields, and what n8n keeps on save. */
import { NodeHelpers, type INode, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { AwsAppFlow } from '../../../nodes/AwsAppFlow/AwsAppFlow.node';
import type { AppFlowOperation } from '../../../nodes/AwsAppFlow/actions/common/operation';
import {
	CONNECTOR_TYPE_FORMS,
	PART_SHAPES,
} from '../../../nodes/AwsAppFlow/actions/connectorProfile/forms/connectorTypeForms';
import { APPFLOW_MODEL } from '../../../nodes/AwsAppFlow/model/appflow.generated';
import { createConnectorProfile, updateConnectorProfile } from './helpers';

describe('form fields', () => {
	/** Paths of the members the model marks sensitive in a structure, found by walking the model here. */
	function sensitivePaths(shapeName: string, prefix: string[] = []): string[][] {
		const shape = APPFLOW_MODEL.shapes[shapeName];
		return Object.entries(shape.members ?? {}).flatMap(([member, spec]) => {
			const target = APPFLOW_MODEL.shapes[spec.target];
			if (target.type === 'structure') return sensitivePaths(spec.target, [...prefix, member]);
			const sensitive = target.sensitive || (target.type === 'map' && APPFLOW_MODEL.shapes[target.value!].sensitive);
			return sensitive ? [[...prefix, member]] : [];
		});
	}

	function propertyOf(op: AppFlowOperation, name: string, collection?: string): INodeProperties {
		const top = op.properties.find((p) => p.name === (collection ?? name))!;
		return collection ? ((top.options as INodeProperties[]).find((o) => o.name === name) as INodeProperties) : top;
	}

	function isPassword(property: INodeProperties): boolean {
		if (property.type === 'fixedCollection') {
			const value = (property.options![0] as { values: INodeProperties[] }).values.find((v) => v.name === 'value')!;
			return value.typeOptions?.password === true;
		}
		return property.typeOptions?.password === true;
	}

	it.each([createConnectorProfile, updateConnectorProfile])(
		'makes every credential from a sensitive shape a password field ($definition.operation)',
		(op) => {
			const credentials = APPFLOW_MODEL.shapes[PART_SHAPES.credentials].members!;
			let checked = 0;
			for (const form of CONNECTOR_TYPE_FORMS.values()) {
				if (!credentials[form.member]) continue;
				for (const path of sensitivePaths(credentials[form.member].target)) {
					const field = form.fields.find((f) => f.part === 'credentials' && f.leaf.path.join('.') === path.join('.'));
					expect({ type: form.connectorType, path, hasField: field !== undefined }).toEqual({
						type: form.connectorType,
						path,
						hasField: true,
					});
					const property = propertyOf(op, field!.name, field!.collection);
					expect({ type: form.connectorType, name: property.name, password: isPassword(property) }).toEqual({
						type: form.connectorType,
						name: property.name,
						password: true,
					});
					checked++;
				}
			}
			expect(checked).toBeGreaterThan(30); // 35 in the 2020-08-23 model: the walk found them
			// Secrets the model does not mark sensitive are hidden too.
			expect(propertyOf(op, 'refreshToken', 'salesforceCredentials').typeOptions?.password).toBe(true);
			expect(propertyOf(op, 'datadogApplicationKey').typeOptions?.password).toBe(true);
		},
	);

	it('offers a form for every connector type the model has profile members for, each shown only for its type', () => {
		const members = Object.keys(APPFLOW_MODEL.shapes[PART_SHAPES.properties].members!);
		expect([...CONNECTOR_TYPE_FORMS.values()].map((f) => f.member).sort()).toEqual(members.sort());
		for (const form of CONNECTOR_TYPE_FORMS.values()) {
			const names = new Set(form.fields.map((f) => f.collection ?? f.name));
			for (const name of names) {
				expect(propertyOf(createConnectorProfile, name).displayOptions?.show?.connectorType).toEqual([
					form.connectorType,
				]);
			}
		}
		expect(
			propertyOf(createConnectorProfile, 'salesforceCredentials')
				.options!.map((o) => (o as INodeProperties).name)
				.sort(),
		).toEqual(
			[
				'accessToken',
				'clientCredentialsArn',
				'jwtToken',
				'oAuth2GrantType',
				'oAuthRequestAuthCode',
				'oAuthRequestRedirectUri',
				'refreshToken',
			].sort(),
		);
	});

	it("keeps, by n8n's own display rules, only the chosen type's and authentication type's fields", () => {
		const node = new AwsAppFlow();
		const saved: INodeParameters = {
			resource: 'connectorProfile',
			operation: 'createConnectorProfile',
			connectorType: 'CustomConnector',
			customConnectorAuthenticationType: 'APIKEY',
			customConnectorApiKeyApiKey: 'k',
			customConnectorBasicUsername: 'left-from-basic',
			customConnectorCredentials: { apiKeyApiSecretKey: 's', oauth2ClientId: 'left-from-oauth2' },
			zendeskInstanceUrl: 'left-from-zendesk',
		};
		const n8nNode: INode = {
			id: 'n',
			name: 'AWS AppFlow',
			type: 'awsAppFlow',
			typeVersion: 1,
			position: [0, 0],
			parameters: saved,
		};
		const kept = NodeHelpers.getNodeParameters(
			node.description.properties,
			saved,
			true,
			false,
			n8nNode,
			node.description,
		)!;
		expect(kept.customConnectorApiKeyApiKey).toBe('k');
		expect(kept.customConnectorCredentials).toEqual({ apiKeyApiSecretKey: 's' });
		expect(kept).not.toHaveProperty('customConnectorBasicUsername');
		expect(kept).not.toHaveProperty('zendeskInstanceUrl');
	});
});
