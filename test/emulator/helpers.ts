/**
 * Shared set-up for the emulator tests. The emulator bed: an emulator on an ephemeral port and a real AppFlow SDK
 * client for it (test/node/nodeBed.ts adds the AWS AppFlow node run in n8n's engine on top).
 */
import { request } from 'node:http';
import { AppflowClient, type AppflowClientConfig, type CreateFlowCommandInput } from '@aws-sdk/client-appflow';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/server';

export interface EmulatorBed {
	emulator: Emulator;
	client: AppflowClient;
	/** A client for the same emulator with other settings (credentials, region, retries...). */
	clientWith(config: Partial<AppflowClientConfig>): AppflowClient;
	close(): Promise<void>;
}

export async function startEmulatorBed(options: EmulatorOptions = {}): Promise<EmulatorBed> {
	const emulator = await startEmulator({ runDurationMs: 200, cancelDurationMs: 100, ...options });
	const clients: AppflowClient[] = [];
	// Explicit region, endpoint and credentials: nothing comes from the environment or ~/.aws.
	const clientWith = (config: Partial<AppflowClientConfig>) => {
		const client = new AppflowClient({
			region: emulator.region,
			endpoint: emulator.url,
			credentials: { ...emulator.credentials },
			...config,
		});
		clients.push(client);
		return client;
	};
	const client = clientWith({});
	return {
		emulator,
		client,
		clientWith,
		close: async () => {
			for (const c of clients) c.destroy();
			await emulator.close();
		},
	};
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface AwsLikeError {
	name: string;
	message: string;
	$metadata: { httpStatusCode?: number; requestId?: string };
}

/** Awaits a rejection and checks it is the AWS error expected, as the SDK surfaces it. */
export async function expectAwsError(
	promise: Promise<unknown>,
	name: string,
	status: number,
	message?: string | RegExp,
): Promise<AwsLikeError> {
	let caught: unknown;
	try {
		await promise;
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeDefined();
	const error = caught as AwsLikeError;
	expect(error.name).toBe(name);
	expect(error.$metadata?.httpStatusCode).toBe(status);
	expect(error.$metadata?.requestId).toMatch(/^[0-9a-f-]{36}$/);
	if (message !== undefined)
		expect(error.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
	return error;
}

/** A plain HTTP request without the SDK (no signature unless headers carry one). */
export function rawRequest(
	url: string,
	options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request(
			`${url}${options.path}`,
			{ method: options.method ?? 'GET', headers: options.headers, agent: false },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
				);
				res.on('error', reject);
			},
		);
		req.on('error', reject);
		req.end(options.body);
	});
}

/** Calls a control endpoint of the emulator. */
export async function control(url: string, method: string, path: string, body?: unknown) {
	const response = await rawRequest(url, {
		method,
		path: `/__emulator/${path}`,
		headers: body === undefined ? {} : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, body: response.body ? (JSON.parse(response.body) as Record<string, unknown>) : {} };
}

/** An on-demand S3 -> S3 flow: S3 needs no connector profile. */
export function s3Flow(flowName: string, overrides: Partial<CreateFlowCommandInput> = {}): CreateFlowCommandInput {
	return {
		flowName,
		triggerConfig: { triggerType: 'OnDemand' },
		sourceFlowConfig: {
			connectorType: 'S3',
			sourceConnectorProperties: { S3: { bucketName: 'appflow-demo-raw', bucketPrefix: 'orders' } },
		},
		destinationFlowConfigList: [
			{
				connectorType: 'S3',
				destinationConnectorProperties: { S3: { bucketName: 'appflow-demo-landing', bucketPrefix: 'exports' } },
			},
		],
		tasks: [{ taskType: 'Map_all', sourceFields: [], taskProperties: {} }],
		...overrides,
	};
}

/** A Salesforce -> S3 flow using the named connector profile. */
export function salesforceFlow(
	flowName: string,
	profileName: string,
	overrides: Partial<CreateFlowCommandInput> = {},
): CreateFlowCommandInput {
	return {
		flowName,
		triggerConfig: { triggerType: 'OnDemand' },
		sourceFlowConfig: {
			connectorType: 'Salesforce',
			connectorProfileName: profileName,
			sourceConnectorProperties: { Salesforce: { object: 'Account' } },
		},
		destinationFlowConfigList: [
			{ connectorType: 'S3', destinationConnectorProperties: { S3: { bucketName: 'appflow-demo-landing' } } },
		],
		tasks: [
			{ taskType: 'Filter', sourceFields: ['Id', 'Name'], connectorOperator: { Salesforce: 'PROJECTION' } },
			{ taskType: 'Map', sourceFields: ['Id'], destinationField: 'Id', connectorOperator: { Salesforce: 'NO_OP' } },
		],
		...overrides,
	};
}

export const salesforceProfile = (name: string) => ({
	connectorProfileName: name,
	connectorType: 'Salesforce' as const,
	connectionMode: 'Public' as const,
	connectorProfileConfig: {
		connectorProfileProperties: {
			Salesforce: { instanceUrl: 'https://example.my.salesforce.com', isSandboxEnvironment: false },
		},
		connectorProfileCredentials: {
			Salesforce: { accessToken: 'secret-access-token', refreshToken: 'secret-refresh-token' },
		},
	},
});

/** Polls until `check` returns a value (not undefined) or the time is up. */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error('waitFor timed out');
		await sleep(25);
	}
}
