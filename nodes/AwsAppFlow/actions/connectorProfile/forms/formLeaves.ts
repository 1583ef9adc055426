/**
 * Flattens a structure of AppFlow's model into the leaves a form shows: one per scalar, scalar list or string map,
 * however deep, each with its path inside the structure. A form is then a list of leaves and a value is rebuilt
 * from their paths, so no connector's fields are written by hand.
 */
import type { ShapeSpec } from '../../../model/modelTypes';
import { SECRET_NAME, isSecretShape } from '../../../model/secrets';
import { shapeOf } from '../../../model/validate';
import { isScalarList, isStringMap } from '../../common/modelField';
import { titleCase } from '../../common/memberDocs';

export interface FormLeaf {
	/** Member path inside the structure the form edits, e.g. ['oAuthRequest', 'authCode']. */
	path: string[];
	shapeName: string;
	shape: ShapeSpec;
	/** Required whenever the structures around it are sent (every member on the path is required). */
	required: boolean;
	/** Only for this value of a sibling enum (CustomConnector's basic/oauth2/apiKey/custom by authenticationType). */
	when?: { path: string[]; value: string | boolean };
	/** Group titles to show with the field's own title, e.g. ['OAuth Request']. */
	groups: string[];
	kind: 'scalar' | 'list' | 'map' | 'json';
}

/** Names that mention a token or key but name an address or a choice (tokenUrl, accessKeyId): shown in clear. */
const NAMES_NOT_HIDDEN = /(Url|Uri|Arn|Type|Properties|Name|Id)$/;

/**
 * Whether a leaf's field hides what is typed: the redaction list of model/secrets.ts, less the names above (the
 * redaction still masks their values in every text; only the editor shows them).
 */
export function isPasswordLeaf(leaf: Pick<FormLeaf, 'path' | 'shapeName'>): boolean {
	const member = leaf.path[leaf.path.length - 1];
	return isSecretShape(leaf.shapeName) || (SECRET_NAME.test(member) && !NAMES_NOT_HIDDEN.test(member));
}

const ACRONYMS: Array<[RegExp, string]> = [
	[/\bO Auth/g, 'OAuth'],
	[/\bUrl\b/g, 'URL'],
	[/\bUri\b/g, 'URI'],
	[/\bId\b/g, 'ID'],
	[/\bArn\b/g, 'ARN'],
	[/\bApi\b/g, 'API'],
	[/\bJwt\b/g, 'JWT'],
	[/\bSso\b/g, 'SSO'],
];

/** "clientCredentialsArn" -> "Client Credentials ARN", "oAuth2GrantType" -> "OAuth2 Grant Type" */
export function fieldTitle(member: string): string {
	return ACRONYMS.reduce((text, [re, to]) => text.replace(re, to), titleCase(member));
}

/** The enum member whose values name the structure `member` (case-insensitively), if any. */
function discriminatorFor(shape: ShapeSpec, member: string): { name: string; value: string } | undefined {
	for (const [name, spec] of Object.entries(shape.members!)) {
		const values = shapeOf(spec.target).values;
		const value = values?.find((v) => v.toLowerCase() === member.toLowerCase());
		if (value) return { name, value };
	}
	return undefined;
}

function leafKind(shape: ShapeSpec): FormLeaf['kind'] {
	if (isScalarList(shape)) return 'list';
	if (isStringMap(shape)) return 'map';
	return ['string', 'enum', 'integer', 'long', 'double', 'boolean', 'timestamp'].includes(shape.type)
		? 'scalar'
		: 'json';
}

/** Every leaf of the structure `shapeName`, in model order. */
export function formLeaves(
	shapeName: string,
	prefix: string[] = [],
	required = true,
	when?: FormLeaf['when'],
	groups: string[] = [],
): FormLeaf[] {
	const shape = shapeOf(shapeName);
	const leaves: FormLeaf[] = [];
	for (const [member, spec] of Object.entries(shape.members ?? {})) {
		const target = shapeOf(spec.target);
		const path = [...prefix, member];
		if (target.type === 'structure') {
			const discriminator = discriminatorFor(shape, member);
			if (discriminator) {
				// A group chosen by an enum is required once chosen, and its title would repeat the choice.
				leaves.push(
					...formLeaves(
						spec.target,
						path,
						required,
						{ path: [...prefix, discriminator.name], value: discriminator.value },
						groups,
					),
				);
			} else {
				leaves.push(
					...formLeaves(spec.target, path, required && spec.required === true, when, [...groups, fieldTitle(member)]),
				);
			}
			continue;
		}
		leaves.push({
			path,
			shapeName: spec.target,
			shape: target,
			required: required && spec.required === true,
			when,
			groups,
			kind: leafKind(target),
		});
	}
	return leaves;
}

/** camelCase name of a path: ['oAuthRequest', 'authCode'] -> 'oAuthRequestAuthCode'. */
export function pathName(path: string[]): string {
	return path.map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('');
}

/** Sets `value` at `path`, creating plain objects on the way (own properties only, so `__proto__` stays a key). */
export function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
	let node = target;
	for (const part of path.slice(0, -1)) {
		if (!Object.prototype.hasOwnProperty.call(node, part)) {
			Object.defineProperty(node, part, { value: {}, enumerable: true, writable: true, configurable: true });
		}
		node = node[part] as Record<string, unknown>;
	}
	Object.defineProperty(node, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
}
