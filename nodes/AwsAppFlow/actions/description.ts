/**
 * The node's parameters: resource, one operation selector per resource, each operation's fields (its Input Mode
 * among them, after its form), and last the node's one Options collection: batching, timeout and retries for every
 * operation, plus each operation's own entries shown for it alone (Start Flow's wait settings).
 */
import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty } from '../transport/executionOptions';
import { withReadableOptions } from './common/optionCopy';
import { RESOURCES } from './registry';

/** The resource a new node starts on; n8n saves no value for it then, so the subtitle needs it too. */
const DEFAULT_RESOURCE = 'flow';

/**
 * The canvas subtitle, "Get Many: Flow Execution": display names looked up from the saved values, since the
 * values are AWS action names (describeFlowExecutionRecords) rather than n8n's verbs.
 */
export function subtitleExpression(): string {
	const operations = Object.fromEntries(
		RESOURCES.flatMap((r) => r.operations.map((op) => [`${r.value}:${op.definition.operation}`, op.definition.name])),
	);
	const resources = Object.fromEntries(RESOURCES.map((r) => [r.value, r.name]));
	const defaults = Object.fromEntries(RESOURCES.map((r) => [r.value, r.operations[0].definition.operation]));
	const resource = `($parameter["resource"] || ${JSON.stringify(DEFAULT_RESOURCE)})`;
	const operation = `($parameter["operation"] || ${JSON.stringify(defaults)}[${resource}])`;
	return `={{ (${JSON.stringify(operations)}[${resource} + ":" + ${operation}] || ${operation}) + ": " + (${JSON.stringify(resources)}[${resource}] || ${resource}) }}`;
}

export function nodeProperties(): INodeProperties[] {
	const resource: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: RESOURCES.map((r) => ({ name: r.name, value: r.value, description: r.description })),
		default: DEFAULT_RESOURCE,
	};
	// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is computed: the resource's first operation
	const operations: INodeProperties[] = RESOURCES.map((r) => ({
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		default: r.operations[0].definition.operation,
		noDataExpression: true,
		displayOptions: { show: { resource: [r.value] } },
		options: r.operations.map((op) => op.option),
	}));
	return withReadableOptions([
		resource,
		...operations,
		...RESOURCES.flatMap((r) => r.operations.flatMap((op) => op.properties)),
		requestOptionsProperty(RESOURCES.flatMap((r) => r.operations.flatMap((op) => op.options))),
	]);
}
