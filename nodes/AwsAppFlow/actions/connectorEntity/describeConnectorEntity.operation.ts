import type { IDataObject, IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsProperty, memberProperty } from '../common/fields';
import { defineOperation, nodeVersion } from '../common/operation';
import { readRequest, type MemberReader } from '../common/request';
import { simplifyEntityField } from '../common/simplify';
import { booleanParameter } from '../common/strictValues';
import { REQUEST_OPTIONS_PARAMETER } from '../../transport/executionOptions';

const ACTION = 'DescribeConnectorEntity';
const ONE_ITEM_PER_FIELD = 'oneItemPerField';
const FROM_V2 = { '@version': [{ _cnd: { gte: 2 } }] };

/**
 * The entity's parent comes first from version 2: the entity picker lists the chosen profile's entities. Version 1
 * nodes saved it in Additional Fields and keep it there.
 */
const parentProfile: INodeProperties = {
	...memberProperty(ACTION, 'connectorProfileName'),
	description:
		'The connector profile whose entity to get (its entities are listed in Entity Name); for a connector without profiles, set Connector Type in Additional Fields instead',
	displayOptions: { show: FROM_V2 },
};
const additionalFields = (exclude: string[], show: IDisplayOptions['show']): INodeProperties => ({
	...additionalFieldsProperty(ACTION, exclude)!,
	displayOptions: { show },
});

const readers: Record<string, MemberReader> = {
	connectorProfileName: (fn, itemIndex) =>
		nodeVersion({ fn }) >= 2
			? fn.getNodeParameter('connectorProfileName', itemIndex, undefined)
			: (fn.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject).connectorProfileName,
};

export const describeConnectorEntity = defineOperation({
	action: ACTION,
	name: 'Get',
	actionText: 'Get an entity and its fields',
	description: "Get an entity's fields: their types, filter operators and whether they can be read or written",
	output: { kind: 'single' },
	properties: [
		parentProfile,
		memberProperty(ACTION, 'connectorEntityName'),
		additionalFields([], { '@version': [1] }),
		additionalFields(['connectorProfileName'], FROM_V2),
	],
	readers,
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
		const request = await readRequest(ctx.fn, ctx.itemIndex, ACTION, { readers });
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
