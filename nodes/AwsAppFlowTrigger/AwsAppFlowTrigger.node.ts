import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { memberProperty } from '../AwsAppFlow/actions/common/fields';
import { withReadableOptions } from '../AwsAppFlow/actions/common/optionCopy';
import { searchFlows } from '../AwsAppFlow/methods/listSearch';
import { APPFLOW_MODEL } from '../AwsAppFlow/model/appflow.generated';
import { testCredential } from '../AwsAppFlow/transport/credentialTest';
import { PAGE_CAPS } from '../AwsAppFlow/transport/paginate';
import { withSession } from '../AwsAppFlow/transport/session';
import { FINAL_RUN_STATUSES } from '../AwsAppFlow/transport/waitForRun';
import { readFlowName, type PollInput, type Watch } from './common';
import { pollFlowStatusChanged } from './flowStatusChanged';
import { pollRunFinished } from './runFinished';

const EVENT_OPTIONS = [
	{
		name: 'Run Finished',
		value: 'runFinished',
		description: 'A flow run ended (Successful, Error or Canceled): one item per run, with its run record',
	},
	{
		name: 'Flow Status Changed',
		value: 'flowStatusChanged',
		description: "A flow's status changed (Draft, Active, Suspended, Errored, Deleted ...): one item per flow",
	},
];

const properties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: EVENT_OPTIONS,
		default: 'runFinished',
	},
	{
		displayName: 'Watch',
		name: 'watch',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'One Flow', value: 'flow', description: 'Only the flow picked below' },
			{ name: 'All Flows', value: 'all', description: 'Every flow of the account and Region (ListFlows, all pages)' },
		],
		default: 'flow',
	},
	{
		...memberProperty('DescribeFlow', 'flowName'),
		description: 'The flow to watch',
		displayOptions: { show: { watch: ['flow'] } },
	},
	{
		displayName: 'Run Statuses',
		name: 'runStatuses',
		type: 'multiOptions',
		options: FINAL_RUN_STATUSES.map((status) => ({ name: status, value: status })),
		default: [...FINAL_RUN_STATUSES],
		description: `Emit only runs that ended with these statuses (all three if empty). Up to ${PAGE_CAPS.triggerRecords * 100} runs per flow are read per poll.`,
		displayOptions: { show: { event: ['runFinished'] } },
	},
	{
		displayName: 'Flow Statuses',
		name: 'flowStatuses',
		type: 'multiOptions',
		options: APPFLOW_MODEL.shapes.FlowStatus.values!.map((status) => ({ name: status, value: status })),
		default: [],
		description: 'Emit only changes to these statuses (any change if empty)',
		displayOptions: { show: { event: ['flowStatusChanged'] } },
	},
];

export class AwsAppFlowTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AWS AppFlow Trigger',
		name: 'awsAppFlowTrigger',
		icon: { light: 'file:../../icons/appflow.svg', dark: 'file:../../icons/appflow.dark.svg' },
		group: ['trigger'],
		version: 1,
		// The chosen event's display name, looked up from the Event options.
		subtitle: `={{ ${JSON.stringify(Object.fromEntries(EVENT_OPTIONS.map((o) => [o.value, o.name])))}[$parameter["event"] || "runFinished"] }}`,
		description: 'Starts the workflow when an Amazon AppFlow flow run finishes or a flow changes status (polling)',
		defaults: { name: 'AWS AppFlow Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'awsAppFlowApi', required: true, testedBy: 'awsAppFlowApiTest' }],
		properties: withReadableOptions(properties),
	};

	methods = {
		listSearch: { searchFlows },
		credentialTest: {
			async awsAppFlowApiTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				return await testCredential(credential);
			},
		},
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event', 'runFinished') as 'runFinished' | 'flowStatusChanged';
		const watch = this.getNodeParameter('watch', 'flow') as Watch;
		const flowName = watch === 'flow' ? readFlowName(this) : undefined;
		if (watch === 'flow' && !flowName) {
			throw new NodeOperationError(this.getNode(), 'No flow to watch: Flow Name is empty', {
				description: 'Pick a flow, or set Watch to All Flows.',
			});
		}
		const statuses =
			(this.getNodeParameter(event === 'runFinished' ? 'runStatuses' : 'flowStatuses', []) as string[]) ?? [];
		// The cursor belongs to what is watched: changing the event or the flow starts afresh from now.
		const scope = JSON.stringify([event, flowName ?? '*']);
		const state = this.getWorkflowStaticData('node') as IDataObject;
		const manual = this.getMode() === 'manual';
		return await withSession(this, async (session) => {
			const input: PollInput = { fn: this, session, watch, flowName, statuses: [...statuses], manual };
			return event === 'runFinished'
				? await pollRunFinished(input, state, scope)
				: await pollFlowStatusChanged(input, state, scope);
		});
	}
}
