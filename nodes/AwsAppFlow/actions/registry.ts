/**
 * Every resource and its operations. Adding an AppFlow action is its operation file plus one line in its resource
 * file (and an emulator handler); the node's options, the README table and the tests' counts follow from here.
 */
import { operationValue, type AppFlowOperation } from './common/operation';
import type { ResourceDefinition } from './common/resource';
import { connectorResource } from './connector/Connector.resource';
import { connectorEntityResource } from './connectorEntity/ConnectorEntity.resource';
import { connectorProfileResource } from './connectorProfile/ConnectorProfile.resource';
import { flowResource } from './flow/Flow.resource';
import { flowExecutionResource } from './flowExecution/FlowExecution.resource';
import { tagsResource } from './tag/Tag.resource';

export type { ResourceDefinition };

export const RESOURCES: ResourceDefinition[] = [
	flowResource,
	flowExecutionResource,
	connectorProfileResource,
	connectorResource,
	connectorEntityResource,
	tagsResource,
];

const OPERATIONS = RESOURCES.flatMap((r) => r.operations);
const byKey = new Map(OPERATIONS.map((op) => [`${op.definition.resource}:${op.definition.operation}`, op] as const));
/** An action's own operation: the one whose value is the action's name (a second one, like Get Run, has its own). */
const byAction = new Map(
	OPERATIONS.filter((op) => op.definition.operation === operationValue(op.definition.action)).map(
		(op) => [op.definition.action, op] as const,
	),
);

export function findOperation(resource: string, operation: string): AppFlowOperation | undefined {
	return byKey.get(`${resource}:${operation}`);
}

/**
 * The operation named after `action`. Every AppFlow action has exactly one; an action may also be sent by further
 * operations under values of their own (Flow Execution > Get sends DescribeFlowExecutionRecords).
 */
export function operationForAction(action: string): AppFlowOperation {
	const operation = byAction.get(action);
	if (!operation) throw new Error(`No operation sends ${action}`);
	return operation;
}
