import { NodeOperationError, type IDataObject } from 'n8n-workflow';

import { additionalFieldsProperty, memberProperty } from '../common/fields';
import { defaultExecute, defineOperation, type OperationDefinition } from '../common/operation';
import { getInputMode, readRequest } from '../common/request';

/** UpdateFlow replaces the whole definition; these are the members a friendly update carries over unchanged. */
const DEFINITION_MEMBERS = ['description', 'triggerConfig', 'sourceFlowConfig', 'destinationFlowConfigList', 'tasks', 'metadataCatalogConfig'];

const definition: OperationDefinition = {
	resource: 'flow',
	operation: 'updateFlow',
	action: 'UpdateFlow',
	name: 'Update',
	actionText: 'Update a flow',
	description:
		"Change a flow's trigger, source, destinations, tasks or description; in Fields mode the node reads the current flow and changes only what you set (UpdateFlow)",
	output: { kind: 'single' },
	properties: [memberProperty('UpdateFlow', 'flowName')],
};

export const updateFlow = defineOperation({
	...definition,
	properties: [
		...definition.properties!,
		{
			...additionalFieldsProperty('UpdateFlow', ['flowName'], Object.fromEntries(DEFINITION_MEMBERS.map((m) => [m, { required: false }])))!,
			displayName: 'Update Fields',
			name: 'additionalFields',
		},
	],
	async execute(ctx) {
		if (getInputMode(ctx.fn, ctx.itemIndex) === 'json') return await defaultExecute(definition, ctx);
		const request = await readRequest(ctx.fn, ctx.itemIndex, 'UpdateFlow', {
			fromAdditionalFields: DEFINITION_MEMBERS,
			complete: async (changes) => {
				if (!DEFINITION_MEMBERS.some((m) => changes[m] !== undefined)) {
					throw new NodeOperationError(ctx.fn.getNode(), `Update Fields is empty: nothing to change in flow "${String(changes.flowName)}" [item ${ctx.itemIndex}]`, {
						itemIndex: ctx.itemIndex,
						description: 'Add at least one of Update Fields (trigger, source, destinations, tasks, description, metadata catalog).',
					});
				}
				const current = await ctx.send('DescribeFlow', { flowName: changes.flowName });
				const kept = Object.fromEntries(DEFINITION_MEMBERS.filter((m) => current[m] !== undefined).map((m) => [m, current[m]]));
				return { ...kept, ...changes };
			},
		});
		return [(await ctx.send('UpdateFlow', request)) as IDataObject];
	},
});
