/**
 * Reads connectorProfileConfig from the form (or from its JSON escape):
 * { connectorProfileProperties: { <Type>: {...} }, connectorProfileCredentials: { <Type>: {...} } }.
 * Constraints are left to the request validator, which names each member by its path; this only refuses what the
 * validator cannot see: a connector type the form has no fields for.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { isPlainObject, showValue } from '../../../model/validate';
import { addItemSecrets } from '../../../transport/itemSecrets';
import { inputError, parseJsonParameter, type MemberReader } from '../../common/request';
import {
	CONNECTOR_TYPE_FORMS,
	PART_MEMBERS,
	TYPES_WITHOUT_FORM,
	fieldAt,
	type ConnectorTypeForm,
	type ProfilePart,
} from './connectorTypeForms';
import { setPath } from './formLeaves';
import { leafValue } from './leafFields';
import { CONNECTOR_SECRETS_CREDENTIAL, ConnectorSecretsError, readConnectorSecrets } from './connectorSecrets';
import { CONFIG_MODE, CREDENTIALS_SOURCE, type ProfileAction } from './profileFormProperties';

interface PartValue {
	value: Record<string, unknown>;
	/** Whether the user filled in anything but a choice between groups (e.g. authenticationType). */
	filled: boolean;
}

function readPart(fn: IExecuteFunctions, itemIndex: number, form: ConnectorTypeForm, part: ProfilePart): PartValue {
	const fields = form.fields.filter((f) => f.part === part);
	const collections = new Map<string, IDataObject>();
	for (const name of new Set(fields.map((f) => f.collection).filter((c): c is string => c !== undefined))) {
		collections.set(name, (fn.getNodeParameter(name, itemIndex, {}) ?? {}) as IDataObject);
	}
	const values = new Map(
		fields.map((f) => {
			const raw = f.collection ? collections.get(f.collection)![f.name] : fn.getNodeParameter(f.name, itemIndex, '');
			return [f, leafValue(fn, itemIndex, f.leaf, f.collection ? `${f.collection}.${f.name}` : f.name, raw)] as const;
		}),
	);
	const discriminators = new Set(fields.filter((f) => f.leaf.when).map((f) => fieldAt(form, part, f.leaf.when!.path)));
	const out: Record<string, unknown> = {};
	let filled = false;
	for (const [field, value] of values) {
		if (value === undefined) continue;
		// Values of a group not chosen (say apiKey while authenticationType is BASIC) may linger in a collection.
		const when = field.leaf.when;
		if (when && values.get(fieldAt(form, part, when.path)!) !== when.value) continue;
		setPath(out, field.leaf.path, value);
		if (!discriminators.has(field)) filled = true;
	}
	return { value: out, filled };
}

/** Whether a part with nothing filled in is still sent, so the validator names its required members. */
function sendEmpty(form: ConnectorTypeForm, part: ProfilePart, action: ProfileAction): boolean {
	if (part === 'properties') return true; // connectorProfileProperties is required; `{}` is right for types without properties
	return action === 'CreateConnectorProfile' && form.fields.some((f) => f.part === part && !f.collection);
}

export function readProfileFormConfig(
	fn: IExecuteFunctions,
	itemIndex: number,
	action: ProfileAction,
	withCredentials = true,
): Record<string, unknown> {
	const connectorType = fn.getNodeParameter('connectorType', itemIndex) as unknown;
	if (typeof connectorType !== 'string') {
		throw inputError(
			fn,
			itemIndex,
			`connectorType ${showValue(connectorType)} must be a string`,
			`Choose one of: ${[...CONNECTOR_TYPE_FORMS.keys()].join(', ')}`,
		);
	}
	const form = CONNECTOR_TYPE_FORMS.get(connectorType);
	if (!form) {
		throw inputError(
			fn,
			itemIndex,
			`The connector profile form has no fields for connector type ${connectorType}`,
			TYPES_WITHOUT_FORM.includes(connectorType)
				? `AppFlow's model defines no connector profile members for ${connectorType}. To send a config anyway, set Specify Connector Profile Config to Using JSON.`
				: `Choose one of: ${[...CONNECTOR_TYPE_FORMS.keys()].join(', ')}`,
		);
	}
	const config: Record<string, unknown> = {};
	for (const part of ['properties', 'credentials'] as const) {
		if (!form.has[part] || (part === 'credentials' && !withCredentials)) continue;
		const { value, filled } = readPart(fn, itemIndex, form, part);
		if (filled || sendEmpty(form, part, action)) config[PART_MEMBERS[part]] = { [form.member]: value };
	}
	return config;
}

/** The connector secrets credential's credentials; its values are masked in every error of the item. */
async function credentialSecrets(fn: IExecuteFunctions, itemIndex: number) {
	let data: Record<string, unknown>;
	try {
		data = (await fn.getCredentials(CONNECTOR_SECRETS_CREDENTIAL, itemIndex)) as Record<string, unknown>;
	} catch {
		throw inputError(
			fn,
			itemIndex,
			'Credentials Source is AWS AppFlow Connector Secrets Credential, but no such credential is selected',
			'Choose or create an AWS AppFlow Connector Secrets credential at the top of the node, or set Credentials Source to Typed in This Node.',
		);
	}
	try {
		const secrets = readConnectorSecrets(data);
		addItemSecrets(fn, itemIndex, secrets.secrets);
		return secrets;
	} catch (error) {
		const known = error instanceof ConnectorSecretsError;
		throw inputError(
			fn,
			itemIndex,
			known ? error.message : 'The AWS AppFlow Connector Secrets credential could not be read',
			`Open the AWS AppFlow Connector Secrets credential and fix ${known ? error.field : 'its fields'}.`,
		);
	}
}

/** connectorProfileConfig from the JSON parameter, which must leave the credentials to the credential. */
function jsonConfigWithoutCredentials(fn: IExecuteFunctions, itemIndex: number): Record<string, unknown> {
	const parsed = parseJsonParameter(
		fn,
		itemIndex,
		'connectorProfileConfig',
		fn.getNodeParameter('connectorProfileConfig', itemIndex, '{}'),
	);
	const config = parsed === undefined ? {} : parsed;
	if (!isPlainObject(config)) {
		throw inputError(fn, itemIndex, 'connectorProfileConfig must be a JSON object (connectorProfileProperties)');
	}
	if (config.connectorProfileCredentials !== undefined) {
		throw inputError(
			fn,
			itemIndex,
			'connectorProfileConfig holds connectorProfileCredentials, but Credentials Source is AWS AppFlow Connector Secrets Credential',
			'Remove connectorProfileCredentials from the JSON (the credential provides them), or set Credentials Source to Typed in This Node.',
		);
	}
	return { ...config };
}

/** The reader for the connectorProfileConfig member: the form or the JSON parameter, credentials from either or the credential. */
export function connectorProfileConfigReader(action: ProfileAction): MemberReader {
	return async (fn, itemIndex) => {
		const json = fn.getNodeParameter(CONFIG_MODE, itemIndex, 'form') === 'json';
		if (fn.getNodeParameter(CREDENTIALS_SOURCE, itemIndex, 'parameters') !== 'credential') {
			return json
				? fn.getNodeParameter('connectorProfileConfig', itemIndex, '{}')
				: readProfileFormConfig(fn, itemIndex, action);
		}
		const secrets = await credentialSecrets(fn, itemIndex);
		const config = json
			? jsonConfigWithoutCredentials(fn, itemIndex)
			: readProfileFormConfig(fn, itemIndex, action, false);
		// Update in JSON mode has no connector type to compare: the profile's own type is checked by AppFlow.
		const connectorType =
			action === 'CreateConnectorProfile' || !json ? fn.getNodeParameter('connectorType', itemIndex, '') : '';
		if (connectorType && connectorType !== secrets.connectorType) {
			throw inputError(
				fn,
				itemIndex,
				`The AWS AppFlow Connector Secrets credential is for ${secrets.connectorType}, but the connector type is ${showValue(connectorType)}`,
				`Choose a credential whose Connector Type is ${showValue(connectorType)}, or change the connector type.`,
			);
		}
		return { ...config, connectorProfileCredentials: secrets.credentials };
	};
}
