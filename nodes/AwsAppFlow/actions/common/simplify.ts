/**
 * Simplify (node version 2, on by default): the few fields people act on, instead of AWS's whole answer. Every
 * simplified item of one kind has the same keys in the same order (null where AWS gave nothing), so tables, IF nodes
 * and expressions see one shape. Simplify off emits AWS's answer unchanged.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

/** Shown from node version 2; version 1 nodes (saved before it existed) keep emitting AWS's answer. */
export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
	displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
};

const objectAt = (value: unknown): IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as IDataObject) : {};

const orNull = (value: unknown) => (value === undefined ? null : value);

/** A flow, from DescribeFlow's answer (nested configs) or from a ListFlows element (flat connector types). */
export function simplifyFlow(flow: IDataObject): IDataObject {
	const source = objectAt(flow.sourceFlowConfig);
	const destinations = Array.isArray(flow.destinationFlowConfigList) ? flow.destinationFlowConfigList : [];
	const lastRun = objectAt(flow.lastRunExecutionDetails);
	return {
		flowName: orNull(flow.flowName),
		flowArn: orNull(flow.flowArn),
		flowStatus: orNull(flow.flowStatus),
		description: orNull(flow.description),
		sourceConnectorType: orNull(flow.sourceConnectorType ?? source.connectorType),
		destinationConnectorType: orNull(
			flow.destinationConnectorType ?? objectAt(destinations[0] as unknown).connectorType,
		),
		triggerType: orNull(flow.triggerType ?? objectAt(flow.triggerConfig).triggerType),
		lastRunStatus: orNull(lastRun.mostRecentExecutionStatus),
		lastRunTime: orNull(lastRun.mostRecentExecutionTime),
		lastRunMessage: orNull(lastRun.mostRecentExecutionMessage),
		lastUpdatedAt: orNull(flow.lastUpdatedAt),
	};
}

/** A run (execution record): its ID, status, times, counts and, for a failed run, AppFlow's message. */
export function simplifyRun(run: IDataObject): IDataObject {
	const result = objectAt(run.executionResult);
	return {
		executionId: orNull(run.executionId),
		executionStatus: orNull(run.executionStatus),
		startedAt: orNull(run.startedAt),
		lastUpdatedAt: orNull(run.lastUpdatedAt),
		recordsProcessed: orNull(result.recordsProcessed),
		bytesProcessed: orNull(result.bytesProcessed),
		bytesWritten: orNull(result.bytesWritten),
		errorMessage: orNull(objectAt(result.errorInfo).executionMessage),
	};
}

/** A connector profile, without its connector-specific properties. */
export function simplifyConnectorProfile(profile: IDataObject): IDataObject {
	return {
		connectorProfileName: orNull(profile.connectorProfileName),
		connectorProfileArn: orNull(profile.connectorProfileArn),
		connectorType: orNull(profile.connectorType),
		connectorLabel: orNull(profile.connectorLabel),
		connectionMode: orNull(profile.connectionMode),
		lastUpdatedAt: orNull(profile.lastUpdatedAt),
	};
}

/** An entity of a ListConnectorEntities group (the node adds the group). */
export function simplifyConnectorEntity(entity: IDataObject): IDataObject {
	return {
		name: orNull(entity.name),
		label: orNull(entity.label),
		group: orNull(entity.group),
		hasNestedEntities: orNull(entity.hasNestedEntities),
	};
}

/** A field of an entity: what mapping it in a flow needs (its type, whether it can be read, filtered, written). */
export function simplifyEntityField(field: IDataObject): IDataObject {
	const source = objectAt(field.sourceProperties);
	const destination = objectAt(field.destinationProperties);
	return {
		identifier: orNull(field.identifier),
		label: orNull(field.label),
		fieldType: orNull(objectAt(objectAt(field.supportedFieldTypeDetails).v1).fieldType),
		isPrimaryKey: orNull(field.isPrimaryKey),
		isRetrievable: orNull(source.isRetrievable),
		isQueryable: orNull(source.isQueryable),
		isCreatable: orNull(destination.isCreatable),
		isUpdatable: orNull(destination.isUpdatable),
		isNullable: orNull(destination.isNullable),
	};
}
