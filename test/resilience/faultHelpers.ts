/** What the fault matrix tests (faults.test.ts, retriedFaults.test.ts) share: the flows, the runs, the counts. */
import { CreateFlowCommand } from '@aws-sdk/client-appflow';
import { type IDataObject, type INodeParameters } from 'n8n-workflow';

import { s3FlowRequest, type NodeBed } from '../node/nodeBed';

export const FLOWS = ['orders', 'invoices', 'refunds'];
export const describeEach: INodeParameters = {
	resource: 'flow',
	operation: 'describeFlow',
	flowName: '={{ $json.name }}',
};
export const itemsFor = (names: string[]) => names.map((name) => ({ name }));

/** What the fault tests do through the node; `bed` is a getter: the test files start their bed in beforeAll. */
export function faultHelpers(bed: () => NodeBed) {
	async function createFlows(names = FLOWS): Promise<void> {
		for (const name of names) await bed().client.send(new CreateFlowCommand(s3FlowRequest(name) as never));
	}

	/** Runs the node; resolves to its items or to the error it threw. */
	async function outcome(
		parameters: INodeParameters,
		options: { items?: IDataObject[]; continueOnFail?: boolean; credential?: IDataObject } = {},
	) {
		return await bed()
			.run(parameters, options)
			.then(
				(items) => ({ items, error: undefined }),
				(error: Error) => ({ items: undefined, error }),
			);
	}

	const describeRequests = () => bed().emulator.stats().requests.DescribeFlow ?? 0;
	return { createFlows, outcome, describeRequests };
}
