/**
 * Reads connectorProfileConfig from the form (or from its JSON escape):
 * { connectorProfileProperties: { <Type>: {...} }, connectorProfileCredentials: { <Type>: {...} } }.
 * Constraints are left to the request validator, which names each member by its path; this only refuses what the
 * validator cannot see: a connector type the form has no fields for.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { showValue } from '../../../model/validate';
import { inputError, type MemberReader } from '../../common/request';
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
import { CONFIG_MODE, type ProfileAction } from './profileFormProperties';

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
		if (!form.has[part]) continue;
		const { value, filled } = readPart(fn, itemIndex, form, part);
		if (filled || sendEmpty(form, part, action)) config[PART_MEMBERS[part]] = { [form.member]: value };
	}
	return config;
}

/** The reader for the connectorProfileConfig member: the form, or the JSON parameter as written. */
export function connectorProfileConfigReader(action: ProfileAction): MemberReader {
	return (fn, itemIndex) => {
		if (fn.getNodeParameter(CONFIG_MODE, itemIndex, 'form') === 'json')
			return fn.getNodeParameter('connectorProfileConfig', itemIndex, '{}');
		return readProfileFormConfig(fn, itemIndex, action);
	};
}
