/** Every resource and its operations; adding an operation is one file plus one line in its resource file. */
import type { AppFlowOperation } from './common/operation';
import { connectorResource } from './connector/Connector.resource';
import { connectorEntityResource } from './connectorEntity/ConnectorEntity.resource';
import { connectorProfileResource } from './connectorProfile/ConnectorProfile.resource';
import { flowResource } from './flow/Flow.resource';
import { flowExecutionResource } from './flowExecution/FlowExecution.resource';
import { tagsResource } from './tag/Tag.resource';

export interface ResourceDefinition {
	value: string;
	name: string;
	description: string;
	operations: AppFlowOperation[];
}

export const RESOURCES: ResourceDefinition[] = [
	flowResource,
	flowExecutionResource,
	connectorProfileResource,
	connectorResource,
	connectorEntityResource,
	tagsResource,
];

const byKey = new Map(
	RESOURCES.flatMap((r) => r.operations.map((op) => [`${r.value}:${op.definition.operation}`, op] as const)),
);

export function findOperation(resource: string, operation: string): AppFlowOperation | undefined {
	return byKey.get(`${resource}:${operation}`);
}
