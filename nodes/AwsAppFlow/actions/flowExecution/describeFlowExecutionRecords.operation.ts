import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../common/operation';
import { simplifyRun } from '../common/simplify';
import { readRequest } from '../common/request';
import { checkedLimit, collectPages } from '../../transport/paginate';
import { matchesRunFilters, newestFirst, readRunFilters, runFiltersProperty } from './runFilters';

const ACTION = 'DescribeFlowExecutionRecords';

export const describeFlowExecutionRecords = defineOperation({
	action: ACTION,
	name: 'Get Many',
	actionText: 'Get many runs of a flow',
	description:
		"Get a flow's runs, newest first, optionally only those in some statuses or started in a time range; one item per run with its status, records and bytes processed, and errors",
	output: { kind: 'list', key: 'flowExecutions' },
	simplify: simplifyRun,
	sharedProperties: [runFiltersProperty],
	async execute(ctx) {
		const { fn, itemIndex } = ctx;
		const request = await readRequest(fn, itemIndex, ACTION);
		const filters = readRunFilters(fn, itemIndex);
		const returnAll = fn.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = checkedLimit({ returnAll, limit: fn.getNodeParameter('limit', itemIndex, 50) as number });
		// No documented order: the newest runs may be on any page, so every page is read before Limit applies.
		const records = (await collectPages(ACTION, request, 'flowExecutions', { returnAll: true, limit }, (input) =>
			ctx.send(ACTION, input),
		)) as IDataObject[];
		return records
			.filter((record) => matchesRunFilters(record, filters))
			.sort(newestFirst)
			.slice(0, limit);
	},
});
