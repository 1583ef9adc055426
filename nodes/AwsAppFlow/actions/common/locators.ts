/**
 * Members that name an existing AppFlow resource are resource locators: "From List" (default; searchable, paged,
 * served by methods/listSearch.ts), "By Name" (checked against the model's pattern) and "By ARN" (checked against
 * the model's ARN and name patterns; the name is taken from the ARN). Tag operations' Resource ARN is a locator of
 * flows and connector profiles whose every mode gives an ARN. A member that names the resource an action creates
 * stays a plain text field. Values arrive as `{ __rl, mode, value }`, or as the plain strings that workflows saved
 * before these pickers hold; request.ts reads both.
 */
import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { APPFLOW_MODEL } from '../../model/appflow.generated';
import type { ShapeSpec } from '../../model/modelTypes';

interface LocatorSpec {
	/** Method in `methods.listSearch` of the nodes that show the member. */
	searchListMethod: string;
	/** What is picked, for placeholders and messages: "flow". */
	noun: string;
	/** Example name for By Name. */
	example: string;
	/** What the model's pattern allows, said in words. */
	rule: string;
	/** The resource type in the ARN (arn:aws:appflow:<region>:<account>:<arnType>/<name>), when it has one. */
	arnType?: string;
	/** The model's ARN shape for this resource. */
	arnShape?: string;
	/** The console page of the resource, after "#/"; `{name}` is its name. */
	consolePage?: string;
}

/**
 * AppFlow console pages, as AWS's own material links them: a flow's details at #/details/<flow name> (AWS
 * Solutions' data connectors stack output), the Connections page at #/connections and the Connectors page at
 * #/gallery (AWS workshops). No per-profile or per-connector page address is documented, so those link to the list.
 */
export const LOCATOR_MEMBERS: Record<string, LocatorSpec> = {
	flowName: {
		searchListMethod: 'searchFlows',
		noun: 'flow',
		example: 'salesforce-accounts-to-s3',
		rule: 'letters, digits and _ ! @ # . - only, no spaces',
		arnType: 'flow',
		arnShape: 'FlowArn',
		consolePage: 'details/{name}',
	},
	connectorProfileName: {
		searchListMethod: 'searchConnectorProfiles',
		noun: 'connector profile',
		example: 'my-salesforce-profile',
		rule: 'letters, digits and _ / ! @ # + = . - only, no spaces',
		arnType: 'connectorprofile',
		arnShape: 'ConnectorProfileArn',
		consolePage: 'connections',
	},
	connectorLabel: {
		searchListMethod: 'searchConnectors',
		noun: 'custom connector',
		example: 'my_custom_connector',
		rule: 'letters, digits and _ ! @ # . - only, no spaces',
		arnType: 'connector',
		arnShape: 'ARN',
		consolePage: 'gallery',
	},
	connectorEntityName: {
		searchListMethod: 'searchConnectorEntities',
		noun: 'entity',
		example: 'Account',
		rule: 'no spaces',
	},
};

/** Tag operations' Resource ARN: a flow or connector profile, every mode giving its ARN. */
const RESOURCE_ARN_MEMBER = 'resourceArn';

/** Members that name the resource the action creates: typed, not picked. */
const NEW_RESOURCE_NAMES: Record<string, readonly string[]> = {
	CreateFlow: ['flowName'],
	CreateConnectorProfile: ['connectorProfileName'],
	RegisterConnector: ['connectorLabel'],
};

export function isLocatorMember(action: string, member: string): boolean {
	if (member === RESOURCE_ARN_MEMBER) return true;
	return member in LOCATOR_MEMBERS && !NEW_RESOURCE_NAMES[action]?.includes(member);
}

/** The host of the AWS console for a Region: China and GovCloud have their own. */
export function consoleHost(region: string): string {
	if (region.startsWith('cn-')) return `${region}.console.amazonaws.cn`;
	if (region.startsWith('us-gov-')) return `${region}.console.amazonaws-us-gov.com`;
	return `${region}.console.aws.amazon.com`;
}

/** The AWS console page of a resource, or undefined when the member has none. */
export function consoleUrl(member: string, region: string | undefined, name: string): string | undefined {
	const page = LOCATOR_MEMBERS[member]?.consolePage;
	if (!page || !region) return undefined;
	const path = page.replace('{name}', encodeURIComponent(name));
	return `https://${consoleHost(region)}/appflow/home?region=${encodeURIComponent(region)}#/${path}`;
}

/** The model's ARN pattern, without its anchors' tail: "^arn:aws:appflow:.*:[0-9]+:". */
const arnPrefix = (shape: string) => APPFLOW_MODEL.shapes[shape].pattern ?? '^arn:aws:[^:]*:[^:]*:[0-9]+:';

/** The pattern a By ARN value must match: the model's ARN pattern, the resource type, then the model's name pattern. */
export function arnPattern(member: string, nameShape: ShapeSpec): string | undefined {
	const spec = LOCATOR_MEMBERS[member];
	if (!spec?.arnType || !spec.arnShape) return undefined;
	const name = (nameShape.pattern ?? '^\\S+$').replace(/^\^/, '');
	return `${arnPrefix(spec.arnShape)}${spec.arnType}/${name}`;
}

/** The resource name in an ARN of `member`'s resource type, or undefined when the ARN is not one. */
export function nameFromArn(member: string, arn: string): string | undefined {
	const spec = LOCATOR_MEMBERS[member];
	if (!spec?.arnType) return undefined;
	const match = /^arn:[^:]+:appflow:[^:]*:[0-9]+:([a-z]+)\/(.+)$/.exec(arn.trim());
	return match && match[1] === spec.arnType ? match[2] : undefined;
}

/** A By ARN mode's link: the region is the ARN's fourth part, the name what follows the resource type. */
function arnModeUrl(member: string): string | undefined {
	const page = LOCATOR_MEMBERS[member].consolePage;
	if (!page) return undefined;
	const region = '{{ $value.split(":")[3] }}';
	const name = '{{ $value.split(":").slice(5).join(":").split("/").slice(1).join("/") }}';
	return `=https://${region}.console.aws.amazon.com/appflow/home?region=${region}#/${page.replace('{name}', name)}`;
}

function byArnMode(member: string, shape: ShapeSpec): INodePropertyMode | undefined {
	const spec = LOCATOR_MEMBERS[member];
	const pattern = arnPattern(member, shape);
	if (!pattern) return undefined;
	// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- a locator mode, not a parameter: modes take no default
	return {
		displayName: 'By ARN',
		name: 'arn',
		type: 'string',
		placeholder: `e.g. arn:aws:appflow:us-east-1:123456789012:${spec.arnType}/${spec.example}`,
		url: arnModeUrl(member),
		validation: [
			{
				type: 'regex',
				properties: {
					regex: pattern,
					errorMessage: `Not a ${spec.noun} ARN: arn:aws:appflow:<region>:<account ID>:${spec.arnType}/<name>, the name ${spec.rule}`,
				},
			},
		],
	};
}

/** A locator's From List mode: a searchable list filled by the `searchListMethod` in `methods.listSearch`. */
// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- a locator's mode, not a parameter: modes have no default
const fromListMode = (placeholder: string, searchListMethod: string): INodePropertyMode => ({
	displayName: 'From List',
	name: 'list',
	type: 'list',
	placeholder,
	typeOptions: { searchListMethod, searchable: true },
});

function resourceArnLocator(): Pick<INodeProperties, 'type' | 'default' | 'modes'> {
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			fromListMode('Select a flow or connector profile...', 'searchTaggableResources'),
			{
				displayName: 'By ARN',
				name: 'arn',
				type: 'string',
				placeholder: 'e.g. arn:aws:appflow:us-east-1:123456789012:flow/my-flow',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: `${arnPrefix('ARN')}.+`,
							errorMessage: 'Not an ARN: arn:aws:<service>:<region>:<account ID>:<resource>',
						},
					},
				],
			},
		],
	};
}

/** The type part of a locator parameter for `member`, whose model shape is the string `shape`. */
export function locatorTyped(member: string, shape: ShapeSpec): Pick<INodeProperties, 'type' | 'default' | 'modes'> {
	if (member === RESOURCE_ARN_MEMBER) return resourceArnLocator();
	const spec = LOCATOR_MEMBERS[member];
	const arnMode = byArnMode(member, shape);
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			fromListMode(`Select a ${spec.noun}...`, spec.searchListMethod),
			{
				displayName: 'By Name',
				name: 'name',
				type: 'string',
				placeholder: `e.g. ${spec.example}`,
				validation: shape.pattern
					? [
							{
								type: 'regex',
								properties: { regex: shape.pattern, errorMessage: `Not a valid ${spec.noun} name: ${spec.rule}` },
							},
						]
					: undefined,
			},
			...(arnMode ? [arnMode] : []),
		],
	};
}

const isLocatorObject = (value: unknown): value is { mode: unknown; value: unknown } =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && 'mode' in value && 'value' in value;

/**
 * The value of a locator parameter (`{ __rl, mode, value }`), or the value itself when it is a plain one. In By ARN
 * mode of a member that takes a name, the name is taken from the ARN; an ARN of another resource type is returned
 * as it is, for the request check to refuse.
 */
export function locatorValue(value: unknown, member?: string): unknown {
	if (!isLocatorObject(value)) return value;
	if (value.mode === 'arn' && member && typeof value.value === 'string' && LOCATOR_MEMBERS[member]?.arnType) {
		return nameFromArn(member, value.value) ?? value.value;
	}
	return value.value;
}

/** Whether a locator value was given By ARN (for error messages). */
export const isByArn = (value: unknown): boolean => isLocatorObject(value) && value.mode === 'arn';
