/**
 * The flow forms' dropdowns: which parameter picks from which list (methods/flowPickers.ts) and what it depends on.
 * Each keeps the parameter's saved name and takes any text by expression, so workflows saved when these were plain
 * text fields load and run as before.
 */
import type { INodeProperties } from 'n8n-workflow';

import { ENTITY_MEMBERS, SOURCE_FIELD_DEPENDENCIES } from '../../../methods/flowPickers';

/** n8n's standard last sentence of a dynamic dropdown's description (lint rule node-param-description-wrong-for-dynamic-options). */
const CHOOSE_OR_EXPRESSION =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.';

/** The property without what a text field has and a dropdown must not (placeholder, fixed options). */
function withoutTextExtras(property: INodeProperties): INodeProperties {
	const copy = { ...property };
	delete copy.placeholder;
	delete copy.options;
	return copy;
}

/** Connector Profile Name of a source or destination: the profiles of the connector type beside it. */
export function connectorProfilePicker(description: string, noProfileTypes: string[]): INodeProperties {
	return {
		displayName: 'Connector Profile Name or ID',
		name: 'connectorProfileName',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'listConnectorProfilesOfType', loadOptionsDependsOn: ['&connectorType'] },
		default: '',
		description: `${description}; the list shows the profiles of the connector type. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		displayOptions: { hide: { connectorType: noProfileTypes } },
	};
}

/** Whether a generated connector member names the entity the flow reads or writes (Object, Entity Name, ...). */
export const isEntityMember = (member: string) => ENTITY_MEMBERS.includes(member);

/** A connector's entity member as a dropdown of the chosen profile's entities; the rest of the field is kept. */
export function entityPicker(property: INodeProperties): INodeProperties {
	const rest = withoutTextExtras(property);
	const about = (property.description ?? '').replace(/\.$/, '');
	return {
		...rest,
		displayName: `${property.displayName} Name or ID`,
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'listConnectorEntityOptions',
			loadOptionsDependsOn: ['&connectorProfileName', '&connectorType'],
		},
		description: `${about ? `${about}; the` : 'The'} list shows the entities of the connector profile (pick it first). ${CHOOSE_OR_EXPRESSION}`,
	};
}

/** A source field name (mappings, filters): the fields of the source entity chosen in Source. */
export function sourceFieldPicker(
	property: INodeProperties,
	method: 'listSourceFields' | 'listFilterFields' | 'listIncrementalPullFields',
): INodeProperties {
	const rest = withoutTextExtras(property);
	return {
		...rest,
		displayName: `${property.displayName} Name or ID`,
		type: 'options',
		typeOptions: {
			loadOptionsMethod: method,
			loadOptionsDependsOn: [...SOURCE_FIELD_DEPENDENCIES, 'flowName'],
		},
		description: `${(property.description ?? '').replace(/\.$/, '')}; the list shows the fields of the source's entity (set Source first; on Update without a new Source, the flow's current source). ${CHOOSE_OR_EXPRESSION}`,
	};
}
