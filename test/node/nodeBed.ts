/**
 * The node bed: the emulator bed (test/emulator/helpers.ts: the AppFlow emulator on an ephemeral loopback port and
 * an SDK client for it), a credential pointing at it, and the AWS AppFlow node run inside n8n's real execution
 * context (test/harness/runNode.ts).
 */
import {
	NodeHelpers,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
} from 'n8n-workflow';

import type { AppflowClient } from '@aws-sdk/client-appflow';

import type { Emulator, EmulatorOptions } from '../../emulator/server';
import { AwsAppFlow } from '../../nodes/AwsAppFlow/AwsAppFlow.node';
import { startEmulatorBed } from '../emulator/helpers';
import { runNode } from '../harness/runNode';

export interface NodeBed {
	emulator: Emulator;
	/** A plain SDK client for the same emulator, to prepare state without the node. */
	client: AppflowClient;
	credentials: { awsAppFlowApi: IDataObject };
	node: AwsAppFlow;
	/** Runs the node once; returns the items of its output. */
	run(
		parameters: INodeParameters,
		options?: { items?: IDataObject[]; continueOnFail?: boolean; credential?: IDataObject; typeVersion?: number },
	): Promise<INodeExecutionData[]>;
	/** What AppFlow received for an action, oldest first. */
	received(action: string): unknown[];
	close(): Promise<void>;
}

export async function startNodeBed(options: EmulatorOptions = {}): Promise<NodeBed> {
	const base = await startEmulatorBed(options);
	const { emulator } = base;
	const credential: IDataObject = {
		region: emulator.region,
		credentialSource: 'accessKeys',
		accessKeyId: emulator.credentials.accessKeyId,
		secretAccessKey: emulator.credentials.secretAccessKey,
		endpoint: emulator.url,
	};
	const node = new AwsAppFlow();
	return {
		emulator,
		client: base.client,
		credentials: { awsAppFlowApi: credential },
		node,
		async run(parameters, opts = {}) {
			const output = await runNode(node, {
				parameters,
				items: opts.items,
				continueOnFail: opts.continueOnFail,
				typeVersion: opts.typeVersion,
				credentials: { awsAppFlowApi: { ...credential, ...opts.credential } as ICredentialDataDecryptedObject },
			});
			return output[0];
		},
		received: (action) =>
			emulator
				.received()
				.filter((r) => r.action === action)
				.map((r) => r.input),
		close: () => base.close(),
	};
}

/** What n8n's editor flags on parameter `name` of a node saved with `parameters` (n8n's own parameter issues). */
export function parameterIssues(bed: NodeBed, parameters: INodeParameters, name: string): string[] | undefined {
	const node: INode = { id: 'n', name: 'AppFlow', type: 'awsAppFlow', typeVersion: 1, position: [0, 0], parameters };
	const { description } = bed.node;
	return NodeHelpers.getNodeParametersIssues(description.properties, node, description)?.parameters?.[name];
}

/** The JSON of each item. */
export const jsonOf = (items: INodeExecutionData[]) => items.map((item) => item.json);

/** A minimal on-demand S3 to S3 flow, as AppFlow's request syntax. */
export function s3FlowRequest(flowName: string): IDataObject {
	return {
		flowName,
		triggerConfig: { triggerType: 'OnDemand' },
		sourceFlowConfig: {
			connectorType: 'S3',
			sourceConnectorProperties: { S3: { bucketName: 'source-bucket', bucketPrefix: 'in' } },
		},
		destinationFlowConfigList: [
			{ connectorType: 'S3', destinationConnectorProperties: { S3: { bucketName: 'target-bucket' } } },
		],
		tasks: [{ taskType: 'Map_all', sourceFields: [], connectorOperator: { S3: 'NO_OP' }, taskProperties: {} }],
	};
}
