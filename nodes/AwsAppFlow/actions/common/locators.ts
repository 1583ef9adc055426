/**
 * Members that name an existing AppFlow resource are resource locators: "From List" (default; searchable, paged,
 * served by methods/listSearch.ts) or "By Name" (checked against the model's pattern). A member that names the
 * resource an action creates stays a plain text field. Values arrive as `{ __rl, mode, value }`, or as the plain
 * strings that workflows saved before these pickers hold; request.ts reads both.
 */
import type { INodeProperties } from 'n8n-workflow';

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
}

export const LOCATOR_MEMBERS: Record<string, LocatorSpec> = {
	flowName: {
		searchListMethod: 'searchFlows',
		noun: 'flow',
		example: 'salesforce-accounts-to-s3',
		rule: 'letters, digits and _ ! @ # . - only, no spaces',
	},
	connectorProfileName: {
		searchListMethod: 'searchConnectorProfiles',
		noun: 'connector profile',
		example: 'my-salesforce-profile',
		rule: 'letters, digits and _ / ! @ # + = . - only, no spaces',
	},
	connectorLabel: {
		searchListMethod: 'searchConnectors',
		noun: 'custom connector',
		example: 'my_custom_connector',
		rule: 'letters, digits and _ ! @ # . - only, no spaces',
	},
	connectorEntityName: {
		searchListMethod: 'searchConnectorEntities',
		noun: 'entity',
		example: 'Account',
		rule: 'no spaces',
	},
};

/** Members that name the resource the action creates: typed, not picked. */
const NEW_RESOURCE_NAMES: Record<string, readonly string[]> = {
	CreateFlow: ['flowName'],
	CreateConnectorProfile: ['connectorProfileName'],
	RegisterConnector: ['connectorLabel'],
};

export function isLocatorMember(action: string, member: string): boolean {
	return member in LOCATOR_MEMBERS && !NEW_RESOURCE_NAMES[action]?.includes(member);
}

/** The type part of a locator parameter for `member`, whose model shape is the string `shape`. */
export function locatorTyped(member: string, shape: ShapeSpec): Pick<INodeProperties, 'type' | 'default' | 'modes'> {
	const spec = LOCATOR_MEMBERS[member];
	return {
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${spec.noun}...`,
				typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
			},
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
		],
	};
}

/** The value of a locator parameter (`{ __rl, mode, value }`), or the value itself when it is a plain one. */
export function locatorValue(value: unknown): unknown {
	if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'mode' in value && 'value' in value) {
		return (value as { value: unknown }).value;
	}
	return value;
}
