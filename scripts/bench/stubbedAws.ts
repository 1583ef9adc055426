/**
 * AWS answered from memory, for measuring the node's own work. Until the transport offers an injectable client,
 * this replaces transport/send.ts's sendAction for the duration of `work` (the one monkey-patch left).
 */
import * as sendModule from '../../nodes/AwsAppFlow/transport/send';

const FLOW_ARN = 'arn:aws:appflow:us-east-1:123456789012:flow/bench-flow';

export async function withAwsStubbed<T>(work: () => Promise<T>): Promise<T> {
	const mutable = sendModule as unknown as { sendAction: typeof sendModule.sendAction };
	const original = mutable.sendAction;
	mutable.sendAction = async (_client, _action, input) => ({ ...(input as object), flowArn: FLOW_ARN });
	try {
		return await work();
	} finally {
		mutable.sendAction = original;
	}
}
