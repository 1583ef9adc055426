import { DescribeFlowExecutionRecordsCommand } from '@aws-sdk/client-appflow';

import { waitFor, type EmulatorBed } from './helpers';

/**
 * Reading a flow's runs back through the SDK: all its execution records, or one run's record once it has ended.
 * `bed` is a getter because the test files start their bed in beforeAll.
 */
export function flowRecordReaders(bed: () => EmulatorBed) {
	const records = async (flowName: string) =>
		(await bed().client.send(new DescribeFlowExecutionRecordsCommand({ flowName }))).flowExecutions ?? [];

	const finalRecord = (flowName: string, executionId: string) =>
		waitFor(async () => {
			const record = (await records(flowName)).find((r) => r.executionId === executionId);
			return record && !['InProgress', 'CancelStarted'].includes(record.executionStatus!) ? record : undefined;
		});
	return { records, finalRecord };
}
