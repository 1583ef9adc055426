/**
 * The parameters of the connector profile form, generated from CONNECTOR_TYPE_FORMS: for each connector type its
 * required fields as parameters and its optional ones in two collections, all shown only for that type. A
 * mode parameter switches to connectorProfileConfig as JSON.
 */
import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { memberProperty } from '../../common/fields';
import {
	CONNECTOR_TYPE_FORMS,
	TYPES_WITHOUT_FORM,
	fieldAt,
	type ConnectorTypeForm,
	type ProfileFormField,
} from './connectorTypeForms';
import { leafField } from './leafFields';

export type ProfileAction = 'CreateConnectorProfile' | 'UpdateConnectorProfile';

export const CONFIG_MODE = 'connectorProfileConfigMode';
const FORM_ONLY = { [CONFIG_MODE]: ['form'] };

/** Where connectorProfileCredentials come from: the node's parameters (saved workflows' default) or a credential. */
export const CREDENTIALS_SOURCE = 'connectorProfileCredentialsSource';
const TYPED_CREDENTIALS = { [CREDENTIALS_SOURCE]: ['parameters'] };

export function credentialsSourceProperty(): INodeProperties {
	return {
		displayName: 'Credentials Source',
		name: CREDENTIALS_SOURCE,
		type: 'options',
		options: [
			{
				name: 'AWS AppFlow Connector Secrets Credential',
				value: 'credential',
				description:
					'Recommended: n8n keeps the secrets encrypted, out of the workflow and its executions. Choose or create the credential above.',
			},
			{
				name: 'Typed in This Node',
				value: 'parameters',
				description:
					'The credentials fields of the form, or connectorProfileCredentials in the JSON: stored in the workflow as typed',
			},
		],
		default: 'parameters',
		description: "Where the connector profile's credentials (tokens, keys, passwords for the application) come from",
	};
}

export function typedCredentialsNotice(): INodeProperties {
	return {
		displayName:
			'Credentials typed here are stored in plain text in the workflow, its exports and the data of every execution. To keep them secret, set Credentials Source to AWS AppFlow Connector Secrets Credential.',
		name: 'connectorProfileCredentialsNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: TYPED_CREDENTIALS },
	};
}

export function configModeProperty(): INodeProperties {
	return {
		displayName: 'Specify Connector Profile Config',
		name: CONFIG_MODE,
		type: 'options',
		options: [
			{
				name: 'Using Form Fields',
				value: 'form',
				description: 'Fill in the properties and credentials of the chosen connector type',
			},
			{
				name: 'Using JSON',
				value: 'json',
				description:
					'Write connectorProfileConfig in AppFlow syntax, for members or connector types the form does not offer',
			},
		],
		default: 'form',
	};
}

/** Update Connector Profile has no connectorType member: there the parameter only picks the form. */
export function formConnectorTypeProperty(): INodeProperties {
	return memberProperty('CreateConnectorProfile', 'connectorType', {
		description: "Type of the profile's connector; picks the form's fields. Not sent: a profile keeps its type.",
		displayOptions: { show: FORM_ONLY },
	});
}

export function connectorProfileConfigJsonProperty(action: ProfileAction): INodeProperties {
	return memberProperty(action, 'connectorProfileConfig', { displayOptions: { show: { [CONFIG_MODE]: ['json'] } } });
}

/** Shown only when the discriminator the field depends on (e.g. authenticationType) has the field's value. */
function whenShow(form: ConnectorTypeForm, field: ProfileFormField, fromCollection: boolean): IDisplayOptions['show'] {
	if (!field.leaf.when) return {};
	const discriminator = fieldAt(form, field.part, field.leaf.when.path)!;
	const name = discriminator.collection ? discriminator.name : `${fromCollection ? '/' : ''}${discriminator.name}`;
	return { [name]: [field.leaf.when.value] };
}

function typeProperties(form: ConnectorTypeForm, action: ProfileAction): INodeProperties[] {
	const show = { connectorType: [form.connectorType], ...FORM_ONLY };
	const optionalCredentials = action === 'UpdateConnectorProfile';
	const required = (f: ProfileFormField) => f.leaf.required && !(f.part === 'credentials' && optionalCredentials);
	const topLevel = form.fields
		.filter((f) => !f.collection)
		.map((f) => ({
			...leafField(f.leaf, f.name, required(f)),
			displayOptions: {
				show: { ...show, ...whenShow(form, f, false), ...(f.part === 'credentials' ? TYPED_CREDENTIALS : {}) },
			},
		}));
	const collections = (['properties', 'credentials'] as const).flatMap((part): INodeProperties[] => {
		const options = form.fields
			.filter((f) => f.part === part && f.collection)
			.map((f) => {
				const shown = whenShow(form, f, true);
				return {
					...leafField(f.leaf, f.name, false),
					...(Object.keys(shown!).length ? { displayOptions: { show: shown } } : {}),
				};
			})
			.sort((a, b) => a.displayName.localeCompare(b.displayName));
		if (options.length === 0) return [];
		const title = part === 'properties' ? 'Properties' : 'Credentials';
		return [
			{
				displayName: `${form.label} ${title}`,
				name: `${form.key}${title}`,
				type: 'collection',
				placeholder: part === 'properties' ? 'Add Property' : 'Add Credential',
				default: {},
				options,
				displayOptions: { show: part === 'credentials' ? { ...show, ...TYPED_CREDENTIALS } : show },
			},
		];
	});
	const credentialHint: INodeProperties[] =
		optionalCredentials && form.has.credentials
			? [
					{
						displayName: 'Leave every credential field empty to keep connectorProfileCredentials out of the request',
						name: `${form.key}CredentialsNotice`,
						type: 'notice',
						default: '',
						displayOptions: { show: { ...show, ...TYPED_CREDENTIALS } },
					},
				]
			: [];
	return [...topLevel, ...collections, ...credentialHint];
}

function noFormNotice(): INodeProperties {
	return {
		displayName: `The form has no fields for ${TYPES_WITHOUT_FORM.join(', ')}: AppFlow's model defines no connector profile members for them. To send a config anyway, specify it using JSON.`,
		name: 'connectorTypeWithoutFormNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { connectorType: TYPES_WITHOUT_FORM, ...FORM_ONLY } },
	};
}

/** Every parameter of the form, for every connector type, each shown only for its type. */
export function profileFormProperties(action: ProfileAction): INodeProperties[] {
	const perType = [...CONNECTOR_TYPE_FORMS.values()].flatMap((form) => typeProperties(form, action));
	const names = perType.map((p) => p.name);
	const duplicate = names.find((n, i) => names.indexOf(n) !== i);
	if (duplicate) throw new Error(`Connector profile form: parameter ${duplicate} is generated twice`);
	return [...perType, ...(TYPES_WITHOUT_FORM.length ? [noFormNotice()] : [])];
}
