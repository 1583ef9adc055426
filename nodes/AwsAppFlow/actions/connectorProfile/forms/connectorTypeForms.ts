/**
 * The table the connector profile form is generated from: for each connector type, the member of
 * ConnectorProfileProperties/ConnectorProfileCredentials named after it and every leaf of those two structures,
 * with the parameter that edits it. Required leaves (and the few in PROMOTED) get their own parameter
 * (`<type><Path>`, e.g. zendeskInstanceUrl); the others are options of the `<type>Properties` / `<type>Credentials`
 * collections.
 */
import { shapeOf } from '../../../model/validate';
import { inputShape } from '../../common/fields';
import { formLeaves, pathName, type FormLeaf } from './formLeaves';

export type ProfilePart = 'properties' | 'credentials';

export interface ProfileFormField {
	part: ProfilePart;
	leaf: FormLeaf;
	/** Name of the top-level parameter, or of the option inside `collection`. */
	name: string;
	/** The collection parameter holding the field; undefined for a top-level parameter. */
	collection?: string;
}

export interface ConnectorTypeForm {
	/** Value of the ConnectorType enum, e.g. Servicenow. */
	connectorType: string;
	/** Member of ConnectorProfileProperties/Credentials, e.g. ServiceNow. */
	member: string;
	/** For titles, e.g. "SAP OData". */
	label: string;
	/** Parameter name prefix, e.g. serviceNow. */
	key: string;
	/** Whether the model has a structure for the part (one with no members still sends `{}`). */
	has: Record<ProfilePart, boolean>;
	fields: ProfileFormField[];
}

const configMembers = shapeOf(inputShape('CreateConnectorProfile').members!.connectorProfileConfig.target).members!;
export const PART_SHAPES: Record<ProfilePart, string> = {
	properties: configMembers.connectorProfileProperties.target,
	credentials: configMembers.connectorProfileCredentials.target,
};
export const PART_MEMBERS: Record<ProfilePart, string> = {
	properties: 'connectorProfileProperties',
	credentials: 'connectorProfileCredentials',
};
const CONNECTOR_TYPES = shapeOf(inputShape('CreateConnectorProfile').members!.connectorType.target).values!;

/** "Salesforce" -> "salesforce", "SAPOData" -> "sapoData", "ServiceNow" -> "serviceNow" */
export function typeKey(member: string): string {
	return member.replace(/^[A-Z]+(?=[A-Z][a-z])|^[A-Z]/, (s) => s.toLowerCase());
}

/**
 * Optional members a working profile needs in practice, given their own parameter so they are not missed; a
 * condition shows a member only for one variant (Redshift Serverless has a workgroup, a cluster has an ID).
 */
const PROMOTED: Record<string, Record<string, { when?: { path: string[]; value: boolean } }>> = {
	Redshift: {
		dataApiRoleArn: {},
		isRedshiftServerless: {},
		clusterIdentifier: { when: { path: ['isRedshiftServerless'], value: false } },
		workgroupName: { when: { path: ['isRedshiftServerless'], value: true } },
		databaseName: {},
	},
	Snowflake: { accountName: {}, region: {} },
};

/** Titles where the member name is not the product's name. */
const LABELS: Record<string, string> = {
	CustomConnector: 'Custom Connector',
	GoogleAnalytics: 'Google Analytics',
	InforNexus: 'Infor Nexus',
	SAPOData: 'SAP OData',
};

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function partFields(part: ProfilePart, member: string, key: string): ProfileFormField[] {
	const target = shapeOf(PART_SHAPES[part]).members![member].target;
	const collection = `${key}${upperFirst(part)}`;
	const promoted = (part === 'properties' && PROMOTED[member]) || {};
	const leaves = formLeaves(target);
	const missing = Object.keys(promoted).find((path) => !leaves.some((leaf) => leaf.path.join('.') === path));
	if (missing) throw new Error(`Connector profile form: ${member} has no member ${missing} to promote`);
	return leaves.map((leaf) => {
		const promotion = Object.prototype.hasOwnProperty.call(promoted, leaf.path.join('.'))
			? promoted[leaf.path.join('.')]
			: undefined;
		if (promotion?.when) leaf = { ...leaf, when: promotion.when };
		return (leaf.required && leaf.kind !== 'json') || promotion
			? { part, leaf, name: `${key}${upperFirst(pathName(leaf.path))}` }
			: { part, leaf, name: pathName(leaf.path), collection };
	});
}

function buildForms(): Map<string, ConnectorTypeForm> {
	const forms = new Map<string, ConnectorTypeForm>();
	const partMembers = (part: ProfilePart) => Object.keys(shapeOf(PART_SHAPES[part]).members!);
	for (const connectorType of CONNECTOR_TYPES) {
		const same = (m: string) => m.toLowerCase() === connectorType.toLowerCase();
		const member = partMembers('properties').find(same) ?? partMembers('credentials').find(same);
		if (!member) continue; // S3, EventBridge, ...: the model has no connector profile for them
		const key = typeKey(member);
		const has = {
			properties: partMembers('properties').includes(member),
			credentials: partMembers('credentials').includes(member),
		};
		const fields = (['properties', 'credentials'] as const).flatMap((part) =>
			has[part] ? partFields(part, member, key) : [],
		);
		forms.set(connectorType, { connectorType, member, label: LABELS[member] ?? member, key, has, fields });
	}
	return forms;
}

/** Forms by ConnectorType value. */
export const CONNECTOR_TYPE_FORMS: ReadonlyMap<string, ConnectorTypeForm> = buildForms();

/** Connector types the model defines no connector profile members for. */
export const TYPES_WITHOUT_FORM = CONNECTOR_TYPES.filter((t) => !CONNECTOR_TYPE_FORMS.has(t));

/** The field that edits the leaf at `path` of a part, e.g. the discriminator a conditional field depends on. */
export function fieldAt(form: ConnectorTypeForm, part: ProfilePart, path: string[]): ProfileFormField | undefined {
	return form.fields.find((f) => f.part === part && f.leaf.path.join('.') === path.join('.'));
}
