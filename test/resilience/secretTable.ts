/**
 * The table the secret tests are driven by, derived from AppFlow's model and the node's own secret list: one case
 * per connector type (and auth variant) whose connector profile holds credentials, with a distinct secret in every
 * credentials member, plus valid values for everything else. A new connector in the model is a new row without a
 * new test. Also: capture of everything written (console, streams, n8n's loggers) and a deep leak search.
 */
import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import { LoggerProxy } from 'n8n-workflow';

import { SECRET_FORMS, secretFieldName } from '../../nodes/AwsAppFlow/actions/connectorProfile/forms/connectorSecrets';
import type {
	ConnectorTypeForm,
	ProfileFormField,
} from '../../nodes/AwsAppFlow/actions/connectorProfile/forms/connectorTypeForms';
import { setPath, type FormLeaf } from '../../nodes/AwsAppFlow/actions/connectorProfile/forms/formLeaves';
import { validateShape } from '../../nodes/AwsAppFlow/model/validate';

/** Candidates for a string member, tried in turn until one fits the member's pattern and length. */
const STRING_SAMPLES = (unique: string) => [
	unique,
	`https://example.com/${unique}`,
	`arn:aws:secretsmanager:us-east-1:123456789012:secret:${unique}`,
	`arn:aws:iam::123456789012:role/${unique}`,
	`header.payload.${unique}`,
	`com.amazonaws.vpce.${unique}`,
	'100',
	'EN',
];

export function sampleFor(leaf: FormLeaf, unique: string): unknown {
	const { shape } = leaf;
	if (leaf.kind === 'map') return { [`entry${unique.slice(-4)}`]: unique };
	if (leaf.kind === 'list') return [unique];
	if (shape.type === 'boolean') return false;
	if (['integer', 'long', 'double'].includes(shape.type)) return shape.range?.min ?? 443;
	if (shape.type === 'enum') return shape.values![0];
	if (shape.type === 'string') {
		const fit = STRING_SAMPLES(unique).find((c) => validateShape(leaf.shapeName, c).length === 0);
		if (fit === undefined) throw new Error(`secretTable: no sample fits ${leaf.path.join('.')} (${shape.pattern})`);
		return fit;
	}
	return undefined; // a JSON leaf: left out
}

export interface SecretCase {
	/** e.g. "Salesforce" or "CustomConnector (OAUTH2)". */
	label: string;
	form: ConnectorTypeForm;
	/** The credentials leaves of this case, with the secret each holds. */
	leaves: Array<{ field: ProfileFormField; value: unknown; secret?: string }>;
	/** Valid connectorProfileProperties.<Member>. */
	properties: Record<string, unknown>;
	/** Every secret of the case, as stored. */
	secrets: string[];
}

const compact = (s: string) => s.replace(/[^A-Za-z0-9]/g, '');

function variants(form: ConnectorTypeForm): Array<{ path: string[]; value: string | boolean } | undefined> {
	const whens = form.fields.filter((f) => f.part === 'credentials' && f.leaf.when).map((f) => f.leaf.when!);
	const distinct = [...new Map(whens.map((w) => [JSON.stringify(w), w])).values()];
	return distinct.length > 0 ? distinct : [undefined];
}

export const SECRET_CASES: SecretCase[] = SECRET_FORMS.flatMap((form) =>
	variants(form).map((variant): SecretCase => {
		const label = variant ? `${form.connectorType} (${String(variant.value)})` : form.connectorType;
		const leaves = form.fields
			.filter((f) => f.part === 'credentials')
			.filter((f) => !f.leaf.when || (variant && JSON.stringify(f.leaf.when) === JSON.stringify(variant)))
			.flatMap((field): SecretCase['leaves'] => {
				const isDiscriminator = variant && field.leaf.path.join('.') === variant.path.join('.');
				if (isDiscriminator) return [{ field, value: variant.value }];
				const secret = `Sx${compact(label)}${compact(secretFieldName(form, field.leaf))}Q7`;
				const value = sampleFor(field.leaf, secret);
				if (value === undefined) return [];
				const holdsSecret = field.leaf.shape.type !== 'enum' && field.leaf.shape.type !== 'boolean';
				return [{ field, value, secret: holdsSecret ? secret : undefined }];
			});
		const properties: Record<string, unknown> = {};
		for (const f of form.fields.filter((p) => p.part === 'properties' && p.leaf.required && !p.leaf.when)) {
			const value = sampleFor(f.leaf, `prop${compact(f.name)}`);
			if (value !== undefined) setPath(properties, f.leaf.path, value);
		}
		return { label, form, leaves, properties, secrets: leaves.flatMap((l) => (l.secret ? [l.secret] : [])) };
	}),
);

/**
 * A leaf's value with its secret in a form: a text value padded as a whole (as a paste leaves it), the secret
 * inside a map or list replaced.
 */
export function withForm(leaf: SecretCase['leaves'][number], transform: (secret: string) => string): unknown {
	if (!leaf.secret) return leaf.value;
	if (typeof leaf.value === 'string') return transform(leaf.value);
	const escaped = JSON.stringify(transform(leaf.secret)).slice(1, -1);
	return JSON.parse(JSON.stringify(leaf.value).split(leaf.secret).join(escaped));
}

/** The credentials of a case as AppFlow takes them, each secret passed through `form` (e.g. padded). */
export function credentialsOf(
	c: SecretCase,
	transform: (secret: string) => string = (s) => s,
): Record<string, unknown> {
	const value: Record<string, unknown> = {};
	for (const leaf of c.leaves) setPath(value, leaf.field.leaf.path, withForm(leaf, transform));
	return { [c.form.member]: value };
}

/** The three forms a secret is tested in: as stored, trimmed, and padded the way a paste leaves it. */
export const FORMS_OF: Record<string, (secret: string) => string> = {
	stored: (s) => s,
	padded: (s) => `  ${s}\n`,
	tabbed: (s) => `\t${s} `,
};

/** The texts in which no form of a secret may appear: the secret itself, which every padded form contains. */
export const secretNeedles = (secrets: readonly string[]) => [...new Set(secrets)];

// ---- everything written anywhere -------------------------------------------------------------------------------

export const written: string[] = [];
function safeJson(value: unknown): string {
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}
const record = (...args: unknown[]) => {
	written.push(args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '));
};
const capturingLogger = {
	error: record,
	warn: record,
	info: record,
	debug: record,
	verbose: record,
	scoped: () => capturingLogger,
};

/** Sends n8n's loggers, the console and both output streams through `written` (call in beforeAll). */
export function captureEverything(): void {
	Container.set(Logger, capturingLogger as unknown as Logger);
	LoggerProxy.init(capturingLogger as never);
	for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const)
		jest.spyOn(console, method).mockImplementation(record);
	for (const stream of [process.stdout, process.stderr]) {
		const original = stream.write.bind(stream);
		jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
			record(String(chunk));
			return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
		}) as typeof stream.write);
	}
}

/** Every string reachable from a value: own properties, enumerable or not (message, stack, cause, context...). */
export function stringsIn(value: unknown, seen = new Set<unknown>(), depth = 0): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value !== 'object' || value === null || seen.has(value) || depth > 8) return [];
	seen.add(value);
	const out: string[] = [];
	for (const key of Object.getOwnPropertyNames(value)) {
		if (key === 'node' || key === 'workflow') continue; // n8n's node object: the parameters the test itself set
		let child: unknown;
		try {
			child = (value as Record<string, unknown>)[key];
		} catch {
			continue;
		}
		out.push(...stringsIn(child, seen, depth + 1));
	}
	return out;
}

/** Fails naming each leaked secret (by its first characters) and where it was found. */
export function expectNoSecret(label: string, value: unknown, secrets: readonly string[]): void {
	const texts = [...stringsIn(value), safeJson(value)];
	const leaks = texts.flatMap((text) =>
		secrets
			.filter((secret) => text.includes(secret))
			.map((secret) => `${secret.slice(0, 8)}... in ${JSON.stringify(text.slice(0, 160))}`),
	);
	expect({ label, leaks: [...new Set(leaks)] }).toEqual({ label, leaks: [] });
}
