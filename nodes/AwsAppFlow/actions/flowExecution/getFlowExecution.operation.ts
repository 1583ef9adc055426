/**
 * One run by its execution ID. AppFlow has no action for that: DescribeFlowExecutionRecords lists a flow's runs in
 * no documented order and cannot filter by ID, so the flow's records are read page by page until the run turns up,
 * as the wait does (transport/waitForRun.ts). This is a second operation on that action, under its own value.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { memberProperty } from '../common/fields';
import { defineOperation } from '../common/operation';
import { simplifyRun } from '../common/simplify';
import { readRequest } from '../common/request';
import { APPFLOW_MODEL } from '../../model/appflow.generated';
import { showValue } from '../../model/validate';
import { ParameterError } from '../../transport/errors';
import { PAGE_CAPS } from '../../transport/paginate';
import { findExecutionRecord } from '../../transport/waitForRun';

const ACTION = 'DescribeFlowExecutionRecords';
const EXECUTION_ID = APPFLOW_MODEL.shapes.ExecutionId;

export const executionIdProperty: INodeProperties = {
	displayName: 'Execution ID',
	name: 'executionId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 6f1c3c2e-1a2b-4c3d-9e8f-0a1b2c3d4e5f',
	description: "The run's execution ID, as Start Flow outputs it (executionId)",
};

export const getFlowExecution = defineOperation({
	action: ACTION,
	value: 'getFlowExecution',
	name: 'Get',
	actionText: 'Get a run of a flow',
	description:
		"Get one run of a flow by its execution ID; one item with the run's status, start and end times, records and bytes processed, and errors",
	output: { kind: 'single' },
	simplify: simplifyRun,
	properties: [memberProperty(ACTION, 'flowName')],
	sharedProperties: [executionIdProperty],
	jsonExample: { flowName: '' },
	async execute(ctx) {
		const { fn, itemIndex } = ctx;
		const request = await readRequest(fn, itemIndex, ACTION);
		const raw = fn.getNodeParameter('executionId', itemIndex, '') as unknown;
		const executionId = typeof raw === 'string' ? raw.trim() : raw;
		const pattern = new RegExp(EXECUTION_ID.pattern ?? '^\\S+$');
		if (typeof executionId !== 'string' || executionId === '' || !pattern.test(executionId)) {
			throw new ParameterError(
				'executionId',
				`Execution ID must be a run's execution ID, text without spaces (got ${showValue(raw)})`,
				'Use the executionId that Start Flow output, or one from Flow Execution > Get Many.',
			);
		}
		const flowName = String(request.flowName);
		const record = await findExecutionRecord(
			(input) => ctx.send(ACTION, input),
			flowName,
			executionId,
			PAGE_CAPS.returnAll,
		);
		if (!record) {
			throw new ParameterError(
				'executionId',
				`Flow "${flowName}" has no run with execution ID "${executionId}"`,
				"Check the ID and the flow. AppFlow lists a run a few seconds after Start Flow answers, and keeps a flow's run records for a limited time.",
			);
		}
		return [record as IDataObject];
	},
});
