/**
 * The values of the hostile-input test (hostileInput.test.ts): adversarial strings, scalars and objects, and values
 * shaped like each parameter (with expressions in place of scalars) so the readers behind guided forms are reached.
 */
import fc from 'fast-check';
import { type IDataObject, type INodeProperties } from 'n8n-workflow';

// ---- adversarial values ------------------------------------------------------------------------------------------

export const DANGEROUS_KEYS = [
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'__defineGetter__',
];
export const KNOWN_NAMES = [
	'orders',
	'zendesk-main',
	'S3',
	'Salesforce',
	'OnDemand',
	'Zendesk',
	'arn:aws:appflow:us-east-1:123456789012:flow/orders',
];

export const hostileString = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.constantFrom(
		...KNOWN_NAMES,
		...DANGEROUS_KEYS,
		'',
		' ',
		'\u0000',
		'\r\n',
		'\u202e',
		'\ud800',
		'👩‍👩‍👧‍👦',
		'{{ $json }}',
		'={{ 1 }}',
		'${process.exit()}',
		'<script>',
		'a'.repeat(300),
	),
	fc.constantFrom('x'.repeat(100_000), `${'é'.repeat(5_000)}\u0000${'\u0007'.repeat(100)}`),
	fc.stringMatching(/^[\x00-\x1f\x7f]{1,20}$/),
);

export const hostileScalar = fc.oneof(
	hostileString,
	fc.integer(),
	fc.double(),
	fc.constantFrom(0, -1, 1e21, Number.MAX_SAFE_INTEGER + 2, -0, 0.5, Infinity, -Infinity, NaN),
	fc.boolean(),
	fc.constant(null),
	fc.constant(undefined),
);

/** Objects whose keys include __proto__ and friends as own properties (as JSON.parse makes them). */
export const hostileObject = (leaf: fc.Arbitrary<unknown>) =>
	fc
		.array(fc.tuple(fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string({ maxLength: 12 })), leaf), { maxLength: 5 })
		.map(
			(entries) =>
				JSON.parse(
					`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v ?? null) ?? 'null'}`).join(',')}}`,
				) as IDataObject,
		);

export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		hostileScalar,
		fc.array(tie('value'), { maxLength: 4 }),
		hostileObject(tie('value')),
	),
})).value;

// ---- values shaped like each parameter, so the readers behind guided forms are reached too -----------------------------

/**
 * A value an expression produces at run time: `={{ $json["eN"] }}`, with the hostile value in the item. This is how
 * wrong types reach a node (the editor itself only stores values of the parameter's type).
 */
export class Expr {
	constructor(readonly value: unknown) {}
}
export const viaExpression = hostileValue.map((value) => new Expr(value));

export function plausibleLeaf(p: INodeProperties): fc.Arbitrary<unknown> {
	switch (p.type) {
		case 'options':
			return fc.constantFrom(...((p.options ?? []) as Array<{ value: unknown }>).map((o) => o.value), p.default);
		case 'multiOptions':
			return fc.subarray(((p.options ?? []) as Array<{ value: unknown }>).map((o) => o.value));
		case 'number':
			return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constant(p.default));
		case 'boolean':
			return fc.boolean();
		case 'json':
			return fc.oneof(
				fc.json(),
				hostileValue.map((v) => JSON.stringify(v) ?? ''),
				fc.constant(String(p.default)),
			);
		default:
			return fc.oneof(fc.constantFrom(...KNOWN_NAMES), hostileString);
	}
}

/** A value the editor could store for `p`, with expressions (hostile results) in place of any scalar inside it. */
export function valueFor(p: INodeProperties): fc.Arbitrary<unknown> {
	switch (p.type) {
		case 'fixedCollection': {
			const groups = (p.options ?? []) as Array<{ name: string; values: INodeProperties[] }>;
			const group = (g: { name: string; values: INodeProperties[] }) =>
				fc.record(Object.fromEntries(g.values.map((v) => [v.name, valueFor(v)])), { requiredKeys: [] });
			const multiple = Boolean(p.typeOptions?.multipleValues);
			return fc.record(
				Object.fromEntries(groups.map((g) => [g.name, multiple ? fc.array(group(g), { maxLength: 3 }) : group(g)])),
				{ requiredKeys: [] },
			);
		}
		case 'collection':
			return fc.record(Object.fromEntries(((p.options ?? []) as INodeProperties[]).map((o) => [o.name, valueFor(o)])), {
				requiredKeys: [],
			});
		case 'resourceLocator':
			return fc.record({
				__rl: fc.constant(true),
				mode: fc.constantFrom('list', 'id', 'name', 'url'),
				value: fc.oneof(fc.constantFrom(...KNOWN_NAMES), hostileString, viaExpression),
			});
		default:
			return fc.oneof({ weight: 3, arbitrary: plausibleLeaf(p) }, { weight: 2, arbitrary: viaExpression });
	}
}

/** Replaces each Expr by an expression reading a fresh item field, which receives the hostile value. */
export function materialize(value: unknown, item: IDataObject, counter: { n: number }): unknown {
	if (value instanceof Expr) {
		const key = `e${counter.n++}`;
		item[key] = value.value as IDataObject[string];
		return `={{ $json[${JSON.stringify(key)}] }}`;
	}
	if (Array.isArray(value)) return value.map((v) => materialize(v, item, counter));
	if (typeof value === 'object' && value !== null) {
		const out: IDataObject = {};
		for (const [k, v] of Object.entries(value)) out[k] = materialize(v, item, counter) as IDataObject[string];
		return out;
	}
	return value;
}
