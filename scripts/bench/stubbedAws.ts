/**
 * AWS answered from memory, for measuring the node's own work: for the duration of `work`, every session builds
 * a stand-in client (transport/session.ts's injectable client factory) whose calls answer at once with the input
 * and a flow ARN, so the SDK's serialising, signing and HTTP are not part of the figure.
 */
import { useClientFactory } from '../../nodes/AwsAppFlow/transport/session';

const FLOW_ARN = 'arn:aws:appflow:us-east-1:123456789012:flow/bench-flow';

export async function withAwsStubbed<T>(work: () => Promise<T>): Promise<T> {
	useClientFactory(async () => ({
		send: async (command: unknown) => ({ ...(command as { input: object }).input, flowArn: FLOW_ARN }),
		destroy: () => undefined,
	}));
	try {
		return await work();
	} finally {
		useClientFactory();
	}
}
