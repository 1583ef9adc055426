/**
 * "Flow Status Changed": one item per flow whose status differs from the last poll (Draft, Active, Suspended,
 * Errored, Deprecated, or Deleted when the flow is gone). A flow created after the trigger was activated counts as
 * a change from nothing (previousFlowStatus null). The cursor is each watched flow's last known status; the first
 * poll only records them.
 */
import { NodeOperationError, type IDataObject, type INodeExecutionData } from 'n8n-workflow';

import { epochMs, listAllFlows, type PollInput } from './common';

export interface StatusCursor {
	kind: 'flowStatusChanged';
	scope: string;
	/** Flow name -> its status at the last poll. */
	statuses: Record<string, string>;
}

/** The watched flows as AppFlow describes them now, by name (a missing single flow is absent). */
async function currentFlows(input: PollInput): Promise<Map<string, IDataObject>> {
	if (input.watch === 'all')
		return new Map((await listAllFlows(input.session)).map((flow) => [String(flow.flowName), flow]));
	const flow = await input.session.sendIfFound('DescribeFlow', { flowName: input.flowName });
	return new Map(flow ? [[input.flowName!, flow as IDataObject]] : []);
}

const matches = (input: PollInput, status: string) => input.statuses.length === 0 || input.statuses.includes(status);

function sampleItem(input: PollInput, flows: Map<string, IDataObject>): INodeExecutionData[][] {
	const newest = [...flows.values()]
		.filter((flow) => matches(input, String(flow.flowStatus)))
		.sort((a, b) => (epochMs(b.lastUpdatedAt) ?? 0) - (epochMs(a.lastUpdatedAt) ?? 0))[0];
	if (!newest) {
		const where = input.watch === 'flow' ? `Flow "${input.flowName}" does not exist or has` : 'No flow has';
		throw new NodeOperationError(
			input.fn.getNode(),
			`${where} ${input.statuses.length ? `status ${input.statuses.join(', ')}` : 'no status'} to show as a test event`,
			{
				description: 'Create the flow or change Flow Statuses, then fetch the test event again.',
			},
		);
	}
	return [
		[{ json: { ...newest, flowName: newest.flowName, flowStatus: newest.flowStatus, previousFlowStatus: null } }],
	];
}

export async function pollFlowStatusChanged(
	input: PollInput,
	state: IDataObject,
	scope: string,
): Promise<INodeExecutionData[][] | null> {
	const flows = await currentFlows(input);
	if (input.manual) return sampleItem(input, flows);

	const stored = state.cursor as StatusCursor | undefined;
	const cursor = stored?.kind === 'flowStatusChanged' && stored.scope === scope ? stored : undefined;
	const statuses: Record<string, string> = {};
	for (const [name, flow] of flows) statuses[name] = String(flow.flowStatus);
	state.cursor = { kind: 'flowStatusChanged', scope, statuses } satisfies StatusCursor;
	if (!cursor) return null;

	const items: INodeExecutionData[] = [];
	for (const [name, flow] of flows) {
		const previous = cursor.statuses[name];
		if (previous === statuses[name]) continue;
		items.push({ json: { ...flow, flowName: name, flowStatus: statuses[name], previousFlowStatus: previous ?? null } });
	}
	for (const [name, previous] of Object.entries(cursor.statuses)) {
		if (!flows.has(name) && previous !== 'Deleted')
			items.push({ json: { flowName: name, flowStatus: 'Deleted', previousFlowStatus: previous } });
	}
	const wanted = items.filter((item) => matches(input, String(item.json.flowStatus)));
	return wanted.length > 0 ? [wanted] : null;
}
