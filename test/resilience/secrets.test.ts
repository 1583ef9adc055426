/**
 * Secret hygiene: with a known secret access key and session token in the credential, every error path we can
 * reach (wrong key, wrong secret, wrong region, bad endpoints, AWS errors, an AWS answer that echoes the request's
 * headers as AWS's InvalidSignatureException does, validation errors, Continue On Fail items, the credential test)
 * must keep both out of every error message and description, every property of the thrown error, every output item,
 * and every line written to the console, stdout, stderr or n8n's logger.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { CreateFlowCommand } from '@aws-sdk/client-appflow';
import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import { LoggerProxy, type ICredentialDataDecryptedObject, type IDataObject, type INodeParameters } from 'n8n-workflow';

import { AwsAppFlowApi } from '../../credentials/AwsAppFlowApi.credentials';
import { runCredentialTest } from '../harness/runNode';
import { s3FlowRequest, startNodeBed, type NodeBed } from '../node/nodeBed';

const SECRET = 'kS3cr3tKnownSecretKey/For+HygieneTest0042';
const TOKEN = 'IQoJb3JpZ2luX2VjKnownSessionToken+For/HygieneTest//////////wEaCXVzLWVhc3QtMSJHMEUCIQD';
const WRONG_SECRET = 'wRongS3cretKnownToo/ButStillSecret+0042xyz';
const EXTERNAL_ID = 'external-id-known-4711';
const SECRETS = [SECRET, TOKEN, WRONG_SECRET, EXTERNAL_ID];

let bed: NodeBed;
let echo: Server;
let echoUrl: string;

/** Answers like AWS does to a bad signature: the canonical request, security token header included, in the message. */
function startEcho(): Promise<void> {
	echo = createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			const canonicalHeaders = Object.entries(req.headers)
				.map(([k, v]) => `${k}:${String(v)}`)
				.sort()
				.join('\n');
			const message = `The request signature we calculated does not match the signature you provided. The Canonical String for this request should have been\n'${req.method}\n${req.url}\n\n${canonicalHeaders}'`;
			res.writeHead(403, {
				'content-type': 'application/json',
				'x-amzn-errortype': 'InvalidSignatureException',
				'x-amzn-requestid': 'echo-request-id',
			});
			res.end(JSON.stringify({ message }));
		});
	});
	return new Promise((resolve) => echo.listen(0, '127.0.0.1', () => resolve()));
}

// ---- capture everything written anywhere ----------------------------------------------------------------------------

const written: string[] = [];
const record = (...args: unknown[]) => {
	written.push(args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '));
};
function safeJson(value: unknown): string {
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}
const capturingLogger = {
	error: record,
	warn: record,
	info: record,
	debug: record,
	verbose: record,
	scoped: () => capturingLogger,
};

beforeAll(async () => {
	bed = await startNodeBed({ secretAccessKey: SECRET });
	await startEcho();
	echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
	// n8n's logger (what this.logger in a node and n8n-core use) and n8n-workflow's LoggerProxy.
	Container.set(Logger, capturingLogger as unknown as Logger);
	LoggerProxy.init(capturingLogger as never);
	for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const)
		jest.spyOn(console, method).mockImplementation(record);
	for (const stream of [process.stdout, process.stderr]) {
		const original = stream.write.bind(stream);
		jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
			record(String(chunk));
			return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
		}) as typeof stream.write);
	}
});
afterAll(async () => {
	jest.restoreAllMocks();
	await new Promise<void>((resolve) => echo.close(() => resolve()));
	await bed.close();
});
beforeEach(() => bed.emulator.reset());

/** Every string reachable from a value: own properties, enumerable or not (message, stack, cause, context...). */
function stringsIn(value: unknown, seen = new Set<unknown>(), depth = 0): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value !== 'object' || value === null || seen.has(value) || depth > 8) return [];
	seen.add(value);
	const out: string[] = [];
	for (const key of Object.getOwnPropertyNames(value)) {
		if (key === 'node' || key === 'workflow') continue; // n8n's node object: its parameters, never its credentials
		let child: unknown;
		try {
			child = (value as Record<string, unknown>)[key];
		} catch {
			continue;
		}
		out.push(...stringsIn(child, seen, depth + 1));
	}
	return out;
}

function expectNoSecret(label: string, value: unknown): void {
	const leaks = stringsIn(value).flatMap((text) =>
		SECRETS.filter((secret) => text.includes(secret)).map(
			(secret) => `${secret.slice(0, 6)}... in ${JSON.stringify(text.slice(0, 120))}`,
		),
	);
	expect({ label, leaks }).toEqual({ label, leaks: [] });
}

const credential = (overrides: IDataObject = {}): IDataObject => ({
	region: bed.emulator.region,
	credentialSource: 'accessKeys',
	accessKeyId: bed.emulator.credentials.accessKeyId,
	secretAccessKey: SECRET,
	sessionToken: TOKEN,
	endpoint: bed.emulator.url,
	...overrides,
});

const describeOrders: INodeParameters = {
	resource: 'flow',
	operation: 'describeFlow',
	flowName: 'orders',
	requestOptions: { maxAttempts: 2 },
};

interface ErrorPath {
	label: string;
	parameters: INodeParameters;
	credential?: IDataObject;
	prepare?: () => void | Promise<void>;
	/** What the error message must say, so the path really is the one named. */
	expect: RegExp;
}

const PATHS: ErrorPath[] = [
	{
		label: 'wrong access key ID',
		parameters: describeOrders,
		credential: { accessKeyId: 'AKIAWRONGKEYID000000' },
		expect: /UnrecognizedClientException/,
	},
	{
		label: 'wrong secret access key',
		parameters: describeOrders,
		credential: { secretAccessKey: WRONG_SECRET },
		expect: /InvalidSignatureException/,
	},
	{
		label: 'wrong region',
		parameters: describeOrders,
		credential: { region: 'eu-west-3' },
		expect: /InvalidSignatureException|region/i,
	},
	{
		label: 'endpoint refusing connections',
		parameters: describeOrders,
		credential: { endpoint: 'http://127.0.0.1:1' },
		expect: /Could not get an answer from AWS AppFlow/,
	},
	{
		label: 'endpoint that is not a URL',
		parameters: describeOrders,
		credential: { endpoint: `not a url ${SECRET}` },
		expect: /is not a URL/,
	},
	{
		label: 'endpoint with a wrong scheme',
		parameters: describeOrders,
		credential: { endpoint: 'ftp://127.0.0.1:21' },
		expect: /must start with https:\/\/ or http:\/\//,
	},
	{
		label: 'AWS echoing the signed headers (as its InvalidSignatureException does)',
		parameters: describeOrders,
		credential: { endpoint: '' },
		expect: /InvalidSignatureException.*Canonical String/s,
	},
	{
		label: 'AWS error: not found',
		parameters: { ...describeOrders, flowName: 'missing' },
		expect: /ResourceNotFoundException/,
	},
	{
		label: 'AWS error whose message quotes the secret and token',
		parameters: describeOrders,
		prepare: () => {
			bed.emulator.faults.add({
				kind: 'error',
				errorName: 'AccessDeniedException',
				action: 'DescribeFlow',
				message: `User with key ${SECRET} and token ${TOKEN} is not authorized`,
			});
		},
		expect: /AccessDeniedException.*\*\*\*/,
	},
	{
		label: 'throttled beyond Max Attempts',
		parameters: { ...describeOrders, requestOptions: { maxAttempts: 1 } },
		// One attempt per round, every round throttled.
		prepare: () => void bed.emulator.faults.add({ kind: 'throttle', action: 'DescribeFlow', count: 5 }),
		expect: /ThrottlingException/,
	},
	{
		label: 'validation: a pattern, with the secret typed into the field',
		parameters: { ...describeOrders, flowName: `bad ${SECRET}` },
		expect: /flowName .* must match/,
	},
	{
		label: 'validation: malformed JSON',
		parameters: {
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'json',
			requestJson: `{"flowName": "${SECRET}",`,
		},
		expect: /requestJson is not valid JSON/,
	},
	{
		label: 'Options out of range',
		parameters: { ...describeOrders, requestOptions: { maxAttempts: 0 } },
		expect: /Max Attempts/,
	},
	{
		label: 'host identity not allowed',
		parameters: describeOrders,
		credential: { credentialSource: 'hostIdentity' },
		expect: /host's AWS identity is disabled/,
	},
	{
		label: 'assume role against an STS endpoint that is not STS',
		parameters: describeOrders,
		credential: {
			assumeRole: true,
			roleArn: 'arn:aws:iam::123456789012:role/AppFlow',
			externalId: EXTERNAL_ID,
			stsEndpoint: '',
		},
		expect: /^AWS STS could not assume the role arn:aws:iam::123456789012:role\/AppFlow: /,
	},
];

describe.each(PATHS)('$label', (path) => {
	const resolvedCredential = () => {
		const c = credential(path.credential);
		if (path.label.startsWith('AWS echoing')) c.endpoint = echoUrl;
		if (path.label.startsWith('assume role')) c.stsEndpoint = echoUrl;
		return c;
	};

	it('keeps the secrets out of the error and of everything written', async () => {
		await bed.client.send(new CreateFlowCommand(s3FlowRequest('orders') as never));
		await path.prepare?.();
		written.length = 0;
		const error = await bed.run(path.parameters, { credential: resolvedCredential() }).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error).toBeDefined();
		expect(error!.message).toMatch(path.expect);
		expectNoSecret('thrown error', error);
		expectNoSecret('thrown error as n8n serializes it', JSON.parse(safeJson(error)));
		expectNoSecret('written', written);
	});

	it('keeps the secrets out of Continue On Fail items and everything written', async () => {
		await path.prepare?.();
		written.length = 0;
		const items = await bed.run(path.parameters, {
			credential: resolvedCredential(),
			continueOnFail: true,
			items: [{}, {}],
		});
		expect(items).toHaveLength(2);
		expect(String(items[0].json.error)).toMatch(path.expect);
		expectNoSecret('items', items);
		expectNoSecret('written', written);
	});
});

describe("credential test (the credential modal's Test button)", () => {
	const node = () => bed.node;
	it.each([
		['wrong access key ID', { accessKeyId: 'AKIAWRONGKEYID000000' }, /UnrecognizedClientException/],
		['wrong secret', { secretAccessKey: WRONG_SECRET }, /InvalidSignatureException/],
		['wrong region', { region: 'eu-west-3' }, /InvalidSignatureException|region/i],
		['endpoint refusing connections', { endpoint: 'http://127.0.0.1:1' }, /Could not reach AWS AppFlow/],
		['endpoint that is not a URL', { endpoint: `x ${SECRET}` }, /is not a URL/],
		['AWS echoing the signed headers', { endpoint: 'ECHO' }, /InvalidSignatureException/],
	])('%s: an Error result without the secrets', async (_label, overrides, message) => {
		written.length = 0;
		const data = credential(overrides);
		if (data.endpoint === 'ECHO') data.endpoint = echoUrl;
		const result = await runCredentialTest(node(), 'awsAppFlowApiTest', data as ICredentialDataDecryptedObject);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(message);
		expectNoSecret('credential test result', result);
		expectNoSecret('written', written);
	});

	it('passes with the right keys and session token, and writes nothing secret', async () => {
		written.length = 0;
		const result = await runCredentialTest(node(), 'awsAppFlowApiTest', credential() as ICredentialDataDecryptedObject);
		expect(result).toEqual({ status: 'OK', message: expect.any(String) });
		expectNoSecret('written', written);
	});
});

it('success paths write nothing secret either (the signed request carries the token)', async () => {
	written.length = 0;
	await bed.run(
		{
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'json',
			requestJson: JSON.stringify(s3FlowRequest('clean')),
		},
		{ credential: credential() },
	);
	const items = await bed.run(
		{ resource: 'flow', operation: 'listFlows', returnAll: true },
		{ credential: credential() },
	);
	expect(items.length).toBeGreaterThan(0);
	expectNoSecret('items', items);
	expectNoSecret('written', written);
});

it('declares every secret credential field as a password field', () => {
	const props = new AwsAppFlowApi().properties;
	const secretFields = props.filter((p) => /secret|token|password/i.test(p.name));
	expect(secretFields.map((p) => p.name).sort()).toEqual(['secretAccessKey', 'sessionToken']);
	for (const p of secretFields)
		expect({ name: p.name, password: p.typeOptions?.password }).toEqual({ name: p.name, password: true });
});
