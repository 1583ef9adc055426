import { NodeOperationError, type IDataObject, type INodeProperties } from 'n8n-workflow';

import { additionalFieldsProperty, memberProperty } from '../common/fields';
import { defaultExecute, defineOperation, type OperationSpec } from '../common/operation';
import { getInputMode, inputError, readRequest } from '../common/request';
import { formatViolation, showValue, validateActionInput } from '../../model/validate';
import type { AppFlowResponse } from '../../transport/send';
import { FLOW_FORM_PROPERTIES, METADATA_CATALOG_PROPERTY, flowFormReaders } from './forms';

/** UpdateFlow replaces the whole definition; these are the members a friendly update carries over unchanged. */
const DEFINITION_MEMBERS = [
	'description',
	'triggerConfig',
	'sourceFlowConfig',
	'destinationFlowConfigList',
	'tasks',
	'metadataCatalogConfig',
];

/** In Update Fields each form replaces its whole member; what is not added stays as the flow has it. */
const UPDATE_NOTES: Record<string, string> = {
	triggerConfig: "Replaces the flow's trigger",
	sourceFlowConfig:
		"Replaces the flow's source; set Tasks too when the connector type changes, as task operators are keyed by it",
	destinationFlowConfigList: "Replaces the flow's destinations",
	tasks: "Replaces the flow's tasks; operators are keyed by the new source's connector type, or the current one",
};

const formOverrides: Record<string, Partial<INodeProperties>> = Object.fromEntries(
	FLOW_FORM_PROPERTIES.map((p) => [
		p.name,
		{ ...p, required: false, description: UPDATE_NOTES[p.name] ?? p.description },
	]),
);

const definition: OperationSpec = {
	action: 'UpdateFlow',
	name: 'Update',
	actionText: 'Update a flow',
	description:
		"Change a flow's trigger, source, destinations, tasks or description; in Fields mode the node reads the current flow and changes only what you set",
	output: { kind: 'single' },
	properties: [memberProperty('UpdateFlow', 'flowName')],
};

export const updateFlow = defineOperation({
	...definition,
	properties: [
		...definition.properties!,
		{
			...additionalFieldsProperty('UpdateFlow', ['flowName'], {
				...Object.fromEntries(DEFINITION_MEMBERS.map((m) => [m, { required: false }])),
				...formOverrides,
				metadataCatalogConfig: { ...METADATA_CATALOG_PROPERTY, required: false },
			})!,
			displayName: 'Update Fields',
			name: 'additionalFields',
		},
	],
	async execute(ctx) {
		if (getInputMode(ctx.fn, ctx.itemIndex) === 'json') return await defaultExecute(definition, ctx);
		// The current definition is read once: by the task form when tasks change without a new source, and for the merge.
		let current: Promise<AppFlowResponse> | undefined;
		const describe = (flowName: unknown) => {
			// The flow is read before the update request is checked: its name is checked first, so no invalid read is sent.
			const violations = validateActionInput('DescribeFlow', { flowName });
			if (violations.length > 0)
				return Promise.reject(inputError(ctx.fn, ctx.itemIndex, formatViolation(violations[0])));
			return (current ??= ctx.send('DescribeFlow', { flowName }));
		};
		const readers = flowFormReaders('additionalFields.', async (fn, itemIndex) => {
			const flow = await describe(fn.getNodeParameter('flowName', itemIndex, undefined, { extractValue: true }));
			const source = flow.sourceFlowConfig as IDataObject | undefined;
			return typeof source?.connectorType === 'string' ? source.connectorType : undefined;
		});
		const request = await readRequest(ctx.fn, ctx.itemIndex, 'UpdateFlow', {
			fromAdditionalFields: DEFINITION_MEMBERS,
			readers,
			complete: async (changes) => {
				if (!DEFINITION_MEMBERS.some((m) => changes[m] !== undefined)) {
					throw new NodeOperationError(
						ctx.fn.getNode(),
						`Update Fields is empty: nothing to change in flow ${showValue(changes.flowName)} [item ${ctx.itemIndex}]`,
						{
							itemIndex: ctx.itemIndex,
							description:
								'Add at least one of Update Fields (trigger, source, destinations, tasks, description, metadata catalog).',
						},
					);
				}
				const flow = await describe(changes.flowName);
				const kept = Object.fromEntries(
					DEFINITION_MEMBERS.filter((m) => flow[m] !== undefined).map((m) => [m, flow[m]]),
				);
				return { ...kept, ...changes };
			},
		});
		return [(await ctx.send('UpdateFlow', request)) as IDataObject];
	},
});
