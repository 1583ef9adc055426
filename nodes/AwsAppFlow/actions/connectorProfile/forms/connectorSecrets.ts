/**
 * The "AWS AppFlow Connector Secrets" credential: one connector type's connectorProfileCredentials, kept by n8n
 * encrypted, never in the workflow or its executions. Its fields are generated from the same form table as the
 * node's connector profile form (every credentials leaf of every connector type, each shown only for its type and
 * auth variant; secret ones as password fields), and read back into `{ <Member>: {...} }` here.
 */
/* eslint-disable @n8n/community-nodes/require-node-api-error -- also read by the credential test, which has no node:
   profileFormReader.ts turns ConnectorSecretsError into a NodeOperationError for the item. */
import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { maskSecrets, secretForms, secretValuesOf } from '../../../model/secrets';
import { strictBoolean, strictNumber } from '../../../model/scalars';
import { formatViolation, validateShape } from '../../../model/validate';
import { CONNECTOR_TYPE_FORMS, PART_SHAPES, fieldAt, type ConnectorTypeForm } from './connectorTypeForms';
import { pathName, setPath, type FormLeaf } from './formLeaves';
import { leafField, leafTitle } from './leafFields';

export const CONNECTOR_SECRETS_CREDENTIAL = 'awsAppFlowConnectorSecretsApi';

/** Connector types whose profiles hold credentials, in the model's order. */
export const SECRET_FORMS: ConnectorTypeForm[] = [...CONNECTOR_TYPE_FORMS.values()].filter((f) => f.has.credentials);

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The credential field of a leaf: `<type key><Path>`, e.g. salesforceRefreshToken, customConnectorBasicPassword. */
export function secretFieldName(form: ConnectorTypeForm, leaf: FormLeaf): string {
	return `${form.key}${upperFirst(pathName(leaf.path))}`;
}

const credentialLeaves = (form: ConnectorTypeForm) => form.fields.filter((f) => f.part === 'credentials');

function fieldFor(form: ConnectorTypeForm, leaf: FormLeaf): INodeProperties {
	const name = secretFieldName(form, leaf);
	const show: IDisplayOptions['show'] = { connectorType: [form.connectorType] };
	if (leaf.when) {
		const discriminator = fieldAt(form, 'credentials', leaf.when.path)!;
		show[secretFieldName(form, discriminator.leaf)] = [leaf.when.value];
	}
	const base = leafField(leaf, name, leaf.required);
	const isChoice = form.fields.some((f) => f.leaf.when && f.leaf.when.path.join('.') === leaf.path.join('.'));
	if (base.type === 'options' && !leaf.required && !isChoice) {
		// An optional choice is not sent until one is made (a credential has no "add field" collection).
		const options = [{ name: '(Not Set)', value: '', description: 'Not sent; AppFlow uses its default' }];
		return { ...base, options: [...options, ...(base.options ?? [])], default: '', displayOptions: { show } };
	}
	if (leaf.kind === 'scalar') return { ...base, displayOptions: { show } };
	// A map or nested value as JSON text in a password field (a credential has no key/value rows).
	return {
		displayName: `${leafTitle(leaf)} (JSON)`,
		name,
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: leaf.required,
		description: `${base.description ?? leafTitle(leaf)}. A JSON object, for example {"name": "value"}.`,
		displayOptions: { show },
	};
}

/** The credential's properties: the connector type, then every type's fields, each shown for its type only. */
export function connectorSecretsProperties(): INodeProperties[] {
	const typeProperty: INodeProperties = {
		displayName: 'Connector Type',
		name: 'connectorType',
		type: 'options',
		options: SECRET_FORMS.map((f) => ({ name: f.label, value: f.connectorType })),
		default: 'Salesforce',
		description: 'The connector these secrets are for; a connector profile of another type cannot use this credential',
	};
	const fields = SECRET_FORMS.flatMap((form) => credentialLeaves(form).map((f) => fieldFor(form, f.leaf)));
	const names = fields.map((p) => p.name);
	const duplicate = names.find((n, i) => names.indexOf(n) !== i);
	if (duplicate) throw new Error(`Connector secrets credential: field ${duplicate} is generated twice`);
	return [typeProperty, ...fields];
}

/**
 * A problem with the stored credential, named by field and rule, never by value. The node turns it into a
 * NodeOperationError for the item; the credential test into an Error result.
 */
export class ConnectorSecretsError extends Error {
	constructor(
		message: string,
		readonly field: string,
	) {
		super(message);
		this.name = 'ConnectorSecretsError';
	}
}

export interface ConnectorSecrets {
	connectorType: string;
	/** The ConnectorProfileCredentials member, e.g. Salesforce or SAPOData. */
	member: string;
	/** `{ <member>: {...} }`, ready for connectorProfileConfig.connectorProfileCredentials. */
	credentials: Record<string, unknown>;
	/** Every masked form of every value, for the errors of the item that uses them. */
	secrets: string[];
}

function leafValueOf(form: ConnectorTypeForm, leaf: FormLeaf, raw: unknown): unknown {
	if (raw === undefined || raw === null || raw === '') return undefined;
	if (leaf.kind === 'scalar') {
		// Password fields hide a pasted newline or space; AppFlow's patterns refuse them, so they are trimmed here.
		if (typeof raw === 'string' && ['string', 'enum'].includes(leaf.shape.type)) return raw.trim() || undefined;
		if (leaf.shape.type === 'boolean') return strictBoolean(raw) ?? raw;
		if (['integer', 'long', 'double'].includes(leaf.shape.type)) return strictNumber(raw) ?? raw;
		return raw;
	}
	if (typeof raw !== 'string') return raw; // an object from an expression: the validator names a wrong type
	try {
		const parsed: unknown = JSON.parse(raw);
		// Text values of a map (credentialsMap) are trimmed like the fields: a pasted newline is never meant.
		if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return parsed;
		return Object.fromEntries(Object.entries(parsed).map(([key, v]) => [key, typeof v === 'string' ? v.trim() : v]));
	} catch {
		throw new ConnectorSecretsError(
			`The connector secrets field "${leafTitle(leaf)}" (${secretFieldName(form, leaf)}) is not valid JSON; write a JSON object such as {"name": "value"}`,
			secretFieldName(form, leaf),
		);
	}
}

/** Reads the decrypted credential into connector credentials; refuses what AppFlow's model refuses. */
export function readConnectorSecrets(data: Record<string, unknown>): ConnectorSecrets {
	const connectorType = data.connectorType;
	const form = SECRET_FORMS.find((f) => f.connectorType === connectorType);
	if (!form) {
		throw new ConnectorSecretsError(
			`The connector secrets credential's Connector Type must be one of: ${SECRET_FORMS.map((f) => f.connectorType).join(', ')}`,
			'connectorType',
		);
	}
	const values = new Map(
		credentialLeaves(form).map((f) => [f, leafValueOf(form, f.leaf, data[secretFieldName(form, f.leaf)])] as const),
	);
	const value: Record<string, unknown> = {};
	for (const [field, v] of values) {
		if (v === undefined) continue;
		const when = field.leaf.when;
		if (when && values.get(fieldAt(form, 'credentials', when.path)!) !== when.value) continue;
		setPath(value, field.leaf.path, v);
	}
	const credentials = { [form.member]: value };
	// As stored (before trimming) and as read: every value of this type's fields but its choices (enums).
	const stored = credentialLeaves(form)
		.filter((f) => f.leaf.shape.type !== 'enum')
		.map((f) => data[secretFieldName(form, f.leaf)])
		.filter((v): v is string => typeof v === 'string');
	const secrets = [...stored, ...secretValuesOf(PART_SHAPES.credentials, credentials, true)].flatMap(secretForms);
	const violations = validateShape(PART_SHAPES.credentials, credentials, { rejectUnknownMembers: true }).filter(
		(v) => v.rule !== 'unknown',
	);
	if (violations.length > 0) {
		const first = violations[0];
		throw new ConnectorSecretsError(
			maskSecrets(
				`The connector secrets credential does not fit AppFlow's constraints: ${formatViolation({ ...first, path: `connectorProfileCredentials.${first.path}` })}`,
				secrets,
			),
			first.path,
		);
	}
	return { connectorType: form.connectorType, member: form.member, credentials, secrets };
}

/** The Test button: the values are checked against AppFlow's constraints; nothing is sent anywhere. */
export function testConnectorSecrets(data: Record<string, unknown>): { status: 'OK' | 'Error'; message: string } {
	try {
		const { connectorType } = readConnectorSecrets(data);
		return {
			status: 'OK',
			message: `The ${connectorType} secrets fit AppFlow's constraints. Nothing was sent: AppFlow checks them with ${connectorType} when a connector profile is created or updated with them.`,
		};
	} catch (error) {
		if (error instanceof ConnectorSecretsError) return { status: 'Error', message: error.message };
		return { status: 'Error', message: 'The connector secrets credential could not be read' };
	}
}
