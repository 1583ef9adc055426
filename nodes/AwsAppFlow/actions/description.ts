/**
 * The node's parameters: resource, one operation selector per resource, input mode, each operation's fields, and
 * last the node-level Options (batching, timeout, retries) shown for every operation.
 */
import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty } from '../transport/executionOptions';
import { RESOURCES } from './registry';

export function nodeProperties(): INodeProperties[] {
	const resource: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: RESOURCES.map((r) => ({ name: r.name, value: r.value, description: r.description })),
		default: 'flow',
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
	const inputMode: INodeProperties = {
		displayName: 'Input Mode',
		name: 'inputMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Fields', value: 'fields', description: 'Fill in the request with form fields' },
			{ name: 'JSON', value: 'json', description: "Give the whole request as JSON in AppFlow's request syntax" },
		],
		default: 'fields',
	};
	return [
		resource,
		...operations,
		inputMode,
		...RESOURCES.flatMap((r) => r.operations.flatMap((op) => op.properties)),
		requestOptionsProperty(),
	];
}
