import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../common/operation';

/** AppFlow answers with a map of connector type to configuration; n8n users get one item per connector type. */
function configurations(response: Record<string, unknown>): IDataObject[] {
	const byType = (response.connectorConfigurations ?? {}) as Record<string, IDataObject>;
	return Object.entries(byType).map(([connectorType, configuration]) => ({ connectorType, ...configuration }));
}

export const describeConnectors = defineOperation({
	action: 'DescribeConnectors',
	name: 'Get Many Configurations',
	actionText: 'Get many connector configurations',
	description: 'Get the configuration of several connector types (all if none is chosen); one item per connector type',
	output: { kind: 'list', key: 'connectorConfigurations', elements: configurations },
});
