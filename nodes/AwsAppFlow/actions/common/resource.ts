/**
 * A resource and the operations it lists. Listing an operation here is what puts it under the resource: its
 * parameters are shown for this resource only, so an operation cannot appear in one place and its fields in another.
 */
import { bindOperation, type AppFlowOperation, type OperationSpec } from './operation';

export interface ResourceDefinition {
	value: string;
	name: string;
	description: string;
	operations: AppFlowOperation[];
}

export function defineResource(resource: {
	value: string;
	name: string;
	description: string;
	operations: OperationSpec[];
}): ResourceDefinition {
	return { ...resource, operations: resource.operations.map((spec) => bindOperation(resource.value, spec)) };
}
