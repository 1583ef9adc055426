/**
 * Whether the node runs as an AI agent's tool. n8n (1.x and 2.x) offers every `usableAsTool` node to agents as a
 * node type of its own, named after the node with "Tool" appended (awsAppFlow -> awsAppFlowTool); nothing else
 * tells an execution apart, so the type name is read.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

export function runsAsAiTool(fn: Pick<IExecuteFunctions, 'getNode'>): boolean {
	return fn.getNode().type.endsWith('Tool');
}
