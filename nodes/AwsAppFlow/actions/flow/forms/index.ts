/**
 * The guided form of a flow definition: each nested member of CreateFlow / UpdateFlow as an n8n parameter named
 * after it, and the reader that builds the member in AppFlow's request syntax from it.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { MemberReader } from '../../common/request';
import { METADATA_CATALOG_PROPERTY, metadataCatalogReader } from './catalog';
import { DESTINATIONS_PROPERTY, destinationsReader } from './destination';
import { SOURCE_PROPERTY, sourceReader } from './source';
import { TASKS_PROPERTY, tasksReader } from './tasks';
import { TRIGGER_PROPERTY, triggerReader } from './trigger';

export { METADATA_CATALOG_PROPERTY };

/** The four required members, in the order a flow reads: when, from where, to where, what. */
export const FLOW_FORM_PROPERTIES: INodeProperties[] = [
	TRIGGER_PROPERTY,
	SOURCE_PROPERTY,
	DESTINATIONS_PROPERTY,
	TASKS_PROPERTY,
];

/**
 * Readers for the members the forms build. `prefix` is where the forms live: '' for Create (own parameters),
 * 'additionalFields.' for Update (Update Fields). `currentSourceType` gives the flow's current source connector type
 * when tasks change without a new source.
 */
export function flowFormReaders(
	prefix: '' | 'additionalFields.',
	currentSourceType?: (fn: IExecuteFunctions, itemIndex: number) => Promise<string | undefined>,
): Record<string, MemberReader> {
	return {
		// Create Flow: an untouched trigger is On Demand and untouched tasks Map All. Update: untouched means unchanged.
		triggerConfig: triggerReader(
			`${prefix}triggerConfig`,
			prefix === '' ? { trigger: { triggerType: 'OnDemand' } } : undefined,
		),
		sourceFlowConfig: sourceReader(`${prefix}sourceFlowConfig`),
		destinationFlowConfigList: destinationsReader(`${prefix}destinationFlowConfigList`),
		tasks: tasksReader(
			`${prefix}tasks`,
			`${prefix}sourceFlowConfig`,
			currentSourceType,
			prefix === '' ? { definition: { mode: 'mapAll' } } : undefined,
		),
		metadataCatalogConfig: metadataCatalogReader('additionalFields.metadataCatalogConfig'),
	};
}
