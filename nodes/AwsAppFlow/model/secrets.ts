/**
 * The one redaction list. Which request members hold secrets, and the forms of a secret value that must never be
 * printed. Used by the validator (which hides such values by where they sit), by the node's error mapping, the
 * credential tests and the trigger (which mask the collected values wherever they appear in a text), and by the
 * connector form and credential (which make such fields password fields).
 *
 * A member is secret when AWS's model marks its shape `sensitive`, when its shape is one of the unmarked secret
 * shapes below, when its name says secret, password, token or key (but clientToken and nextToken), or when it sits anywhere inside
 * connectorProfileCredentials (a connector's credentials are credentials, whatever the model's flag says).
 * No n8n import: the emulator uses this module too.
 */
import { APPFLOW_MODEL } from './appflow.generated';

/**
 * Shapes that hold secrets although the model does not mark them `sensitive` (refresh tokens, Datadog's application
 * key, Dynatrace's API token, Infor Nexus' secret access key and data key, OAuth authorization codes).
 */
export const UNMARKED_SECRET_SHAPES: ReadonlySet<string> = new Set([
	'RefreshToken',
	'ApplicationKey',
	'ApiToken',
	'Key',
	'AuthCode',
]);

/** Member names that say they hold a secret. */
export const SECRET_NAME = /secret|password|token|key/i;

/**
 * Names that say token but hold none: an idempotency token (shown on purpose when a StartFlow's answers are lost,
 * so the user can retry with it) and a pagination cursor.
 */
const NOT_SECRET_NAMES: ReadonlySet<string> = new Set(['clientToken', 'nextToken']);

/** The structure whose every member is a connector's credentials. */
export const CONNECTOR_CREDENTIALS_SHAPE = 'ConnectorProfileCredentials';

export function isSecretShape(shapeName: string): boolean {
	return (
		APPFLOW_MODEL.shapes[shapeName]?.sensitive === true ||
		UNMARKED_SECRET_SHAPES.has(shapeName) ||
		shapeName === CONNECTOR_CREDENTIALS_SHAPE
	);
}

/** Whether the value of `member` (of shape `shapeName`) is secret by the rules above. */
export function isSecretMember(member: string, shapeName: string): boolean {
	return isSecretShape(shapeName) || (SECRET_NAME.test(member) && !NOT_SECRET_NAMES.has(member));
}

/** Shorter values are not masked inside texts (a 2-character mask would garble every message). */
const MIN_MASKED_LENGTH = 4;

/**
 * Every form in which a secret value can reappear in a text: as stored, trimmed (the AWS client trims keys before
 * signing), and JSON-escaped (an answer that echoes a request body quotes it as JSON).
 */
export function secretForms(value: string): string[] {
	const forms = new Set<string>();
	for (const form of [value, value.trim()]) {
		forms.add(form);
		forms.add(JSON.stringify(form).slice(1, -1));
	}
	return [...forms].filter((form) => form.length >= MIN_MASKED_LENGTH);
}

/** Every string under `value` (keys of maps excluded: they name entries, the values are the secrets). */
function stringsUnder(value: unknown, out: string[]): void {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const element of value) stringsUnder(element, out);
	else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsUnder(v, out);
}

/**
 * The secret values of a value of shape `shapeName`, walked along the model: every string under a secret member,
 * except enum values (a fixed public set such as OAUTH2), and every string the model does not describe under one.
 * Returns the values as given; `secretForms` makes the masked forms.
 */
export function secretValuesOf(shapeName: string, value: unknown, secretAbove = false): string[] {
	const out: string[] = [];
	const walk = (name: string | undefined, v: unknown, secret: boolean) => {
		const shape = name ? APPFLOW_MODEL.shapes[name] : undefined;
		if (!shape) {
			if (secret) stringsUnder(v, out);
			return;
		}
		const here = secret || isSecretShape(name!);
		if (typeof v === 'string') {
			if (here && shape.type !== 'enum') out.push(v);
			return;
		}
		if (v === null || typeof v !== 'object') return;
		if (shape.type === 'list' && Array.isArray(v)) for (const element of v) walk(shape.member, element, here);
		else if (shape.type === 'map') for (const element of Object.values(v)) walk(shape.value, element, here);
		else if (shape.type === 'structure') {
			for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
				const member = shape.members?.[key];
				const secretChild = here || (member ? isSecretMember(key, member.target) : SECRET_NAME.test(key));
				walk(member?.target, child, secretChild);
			}
		}
	};
	walk(shapeName, value, secretAbove);
	return out;
}

/** The masked forms of the secret values of an AppFlow action's request. */
export function requestSecrets(action: string, input: unknown): string[] {
	const operation = APPFLOW_MODEL.operations[action];
	if (!operation) return [];
	return secretValuesOf(operation.input, input).flatMap(secretForms);
}

/** Replaces every secret form in `text` with a mask, longest first so no part of a longer form is left behind. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
	let out = text;
	for (const secret of [...new Set(secrets)].sort((a, b) => b.length - a.length)) {
		if (secret.length >= MIN_MASKED_LENGTH) out = out.split(secret).join('***');
	}
	return out;
}
