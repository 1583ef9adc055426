import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../common/operation';
import { readRequest } from '../common/request';
import { simplifyEntityField } from '../common/simplify';
import { booleanParameter } from '../common/strictValues';
import { REQUEST_OPTIONS_PARAMETER } from '../../transport/executionOptions';

const ACTION = 'DescribeConnectorEntity';
const ONE_ITEM_PER_FIELD = 'oneItemPerField';

export const describeConnectorEntity = defineOperation({
	action: ACTION,
	name: 'Get',
	actionText: 'Get an entity and its fields',
	description: "Get an entity's fields: their types, filter operators and whether they can be read or written",
	output: { kind: 'single' },
	simplify: true,
	options: [
		{
			displayName: 'One Item per Field',
			name: ONE_ITEM_PER_FIELD,
			type: 'boolean',
			default: false,
			description:
				"Whether to output one item per field of the entity, each with the entity's name, instead of one item holding every field",
		},
	],
	async execute(ctx) {
		const request = await readRequest(ctx.fn, ctx.itemIndex, ACTION);
		const answer = await ctx.send(ACTION, request);
		const perField = booleanParameter(
			ctx.fn,
			`${REQUEST_OPTIONS_PARAMETER}.${ONE_ITEM_PER_FIELD}`,
			ctx.itemIndex,
			false,
		);
		const fields = Array.isArray(answer.connectorEntityFields) ? (answer.connectorEntityFields as IDataObject[]) : [];
		const connectorEntityName = request.connectorEntityName as string;
		const shown = ctx.simplify ? fields.map(simplifyEntityField) : fields;
		if (perField) return shown.map((field) => ({ connectorEntityName, ...field }));
		// Simplify off and one item: AWS's answer as it came.
		return [ctx.simplify ? { connectorEntityName, fields: shown } : (answer as IDataObject)];
	},
});
