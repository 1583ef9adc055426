/**
 * An AppFlow client for code that runs outside the router's item loop (pickers, the trigger's polls): the same
 * credential and client factory, every failure turned into an n8n error with secrets masked, and the client
 * closed when the work is done.
 */
import type { AppflowClient } from '@aws-sdk/client-appflow';
import type { INode } from 'n8n-workflow';

import { createAppflowClient } from './client';
import { secretsOf, type AppFlowCredentialData } from './credentials';
import { isAwsServiceError, toNodeError } from './errors';
import { sendAction, type AppFlowResponse } from './send';

export interface SessionHost {
	getNode(): INode;
	getCredentials(type: string): Promise<object>;
}

export interface AppFlowSession {
	send(action: string, input: object): Promise<AppFlowResponse>;
	/** As send, but undefined when AppFlow answers ResourceNotFoundException. */
	sendIfFound(action: string, input: object): Promise<AppFlowResponse | undefined>;
	close(): void;
}

export async function openSession(host: SessionHost, abortSignal?: AbortSignal): Promise<AppFlowSession> {
	const credentials = (await host.getCredentials('awsAppFlowApi')) as AppFlowCredentialData;
	const secrets = secretsOf(credentials);
	let client: AppflowClient | undefined;
	const call = async (action: string, input: object, notFound: boolean): Promise<AppFlowResponse | undefined> => {
		try {
			client ??= await createAppflowClient(credentials);
			return await sendAction(client, action, input, abortSignal);
		} catch (error) {
			if (notFound && isAwsServiceError(error) && error.name === 'ResourceNotFoundException') return undefined;
			throw toNodeError(error, { node: host.getNode(), itemIndex: 0, secrets, action });
		}
	};
	return {
		send: async (action, input) => (await call(action, input, false))!,
		sendIfFound: async (action, input) => await call(action, input, true),
		close: () => client?.destroy(),
	};
}

/** Runs `work` with a session and closes it afterwards. */
export async function withSession<T>(
	host: SessionHost,
	work: (session: AppFlowSession) => Promise<T>,
	abortSignal?: AbortSignal,
): Promise<T> {
	const session = await openSession(host, abortSignal);
	try {
		return await work(session);
	} finally {
		session.close();
	}
}
