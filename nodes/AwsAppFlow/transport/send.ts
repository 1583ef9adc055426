/**
 * Sends one AppFlow action through the SDK: `send(new <Action>Command(input))`, looked up by name so no switch
 * grows with the operations. Returns AWS's response without the SDK's `$metadata`.
 */
import type { AppflowClient } from '@aws-sdk/client-appflow';

type SdkModule = typeof import('@aws-sdk/client-appflow');
type CommandClass = new (input: object) => Parameters<AppflowClient['send']>[0];

let sdk: SdkModule | undefined;
async function loadSdk(): Promise<SdkModule> {
	sdk ??= await import('@aws-sdk/client-appflow');
	return sdk;
}

export type AppFlowResponse = Record<string, unknown>;

/** What the node needs of an AppFlow client: the SDK's AppflowClient, or a test's or benchmark's stand-in. */
export interface AppFlowClientLike {
	send(command: Parameters<AppflowClient['send']>[0], options?: { abortSignal?: AbortSignal }): Promise<unknown>;
	destroy(): void;
}

export async function sendAction(
	client: AppFlowClientLike,
	action: string,
	input: object,
	abortSignal?: AbortSignal,
): Promise<AppFlowResponse> {
	const module = await loadSdk();
	const Command = (module as unknown as Record<string, CommandClass | undefined>)[`${action}Command`];
	if (!Command) throw new Error(`The AppFlow SDK has no ${action}Command`);
	const output = (await client.send(new Command(input), { abortSignal })) as unknown as AppFlowResponse;
	const response = { ...output };
	delete response.$metadata;
	return response;
}
