/**
 * The AWS credential's secrets in every form they are stored in: as typed, padded with spaces and a newline, and
 * tab-padded. The client trims them before signing, so AWS (and an endpoint echoing the signed headers) answers
 * with the trimmed form. Through the node, its Continue On Fail items, the credential's Test button, the trigger's
 * poll and everything written, neither the secret access key nor the session token may appear, in any form.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { CreateFlowCommand } from '@aws-sdk/client-appflow';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { AwsAppFlowTrigger } from '../../nodes/AwsAppFlowTrigger/AwsAppFlowTrigger.node';
import { runCredentialTest } from '../harness/runNode';
import { createPoller } from '../harness/runPoll';
import { s3FlowRequest, startNodeBed, type NodeBed } from '../node/nodeBed';
import { captureEverything, expectNoSecret, FORMS_OF, written } from './secretTable';

const SECRET = 'kS3cr3tFormsSecretKey/For+PaddingTest0042';
const TOKEN = 'IQoJb3JpZ2luX2VjFormsSessionToken+For/PaddingTest//////////wEaCXVz';
const SECRETS = [SECRET, TOKEN];

let bed: NodeBed;
let echo: Server;
let echoUrl: string;

/** Answers as AWS does to a bad signature: the canonical request, x-amz-security-token included, in the message. */
function startEcho(): Promise<void> {
	echo = createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			const headers = Object.entries(req.headers)
				.map(([k, v]) => `${k}:${String(v)}`)
				.sort()
				.join('\n');
			res.writeHead(403, { 'content-type': 'application/json', 'x-amzn-errortype': 'InvalidSignatureException' });
			res.end(JSON.stringify({ message: `The Canonical String for this request should have been\n'${headers}'` }));
		});
	});
	return new Promise((resolve) => echo.listen(0, '127.0.0.1', () => resolve()));
}

beforeAll(async () => {
	bed = await startNodeBed({ secretAccessKey: SECRET });
	await startEcho();
	echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
	captureEverything();
});
afterAll(async () => {
	jest.restoreAllMocks();
	await new Promise<void>((resolve) => echo.close(() => resolve()));
	await bed.close();
});
beforeEach(async () => {
	bed.emulator.reset();
	await bed.client.send(new CreateFlowCommand(s3FlowRequest('orders') as never));
	written.length = 0;
});

/** An AWS error quoting both secrets as AWS would see them: trimmed, and JSON-escaped inside a quoted request. */
const quotingFault = (action = '*') => ({
	kind: 'error' as const,
	errorName: 'AccessDeniedException',
	action,
	count: 5,
	message: `key ${SECRET} token ${TOKEN} request ${JSON.stringify(JSON.stringify({ token: TOKEN }))}`,
});

describe.each(Object.entries(FORMS_OF))('secrets stored %s', (_form, transform) => {
	const credential = (overrides: IDataObject = {}): IDataObject => ({
		...bed.credentials.awsAppFlowApi,
		secretAccessKey: transform(SECRET),
		sessionToken: transform(TOKEN),
		...overrides,
	});
	const describeOrders = { resource: 'flow', operation: 'describeFlow', flowName: 'orders' };

	it('sign correctly once trimmed (the emulator verifies the signature)', async () => {
		const items = await bed.run(describeOrders, { credential: credential() });
		expect(items[0].json).toEqual(expect.objectContaining({ flowName: 'orders' }));
	});

	it.each([
		['an AWS error quoting them', () => bed.emulator.faults.add(quotingFault()), {}, /AccessDeniedException/],
		['an endpoint echoing the signed headers', () => undefined, { endpoint: 'ECHO' }, /InvalidSignatureException/],
		['a refused connection', () => undefined, { endpoint: 'http://127.0.0.1:1' }, /Could not get an answer/],
	])('through the node and Continue On Fail: %s', async (_label, prepare, overrides, expected) => {
		prepare();
		const c = credential(overrides as IDataObject);
		if (c.endpoint === 'ECHO') c.endpoint = echoUrl;
		const parameters = { ...describeOrders, requestOptions: { maxAttempts: 1 } };
		const error = await bed.run(parameters, { credential: c }).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.message).toMatch(expected);
		expectNoSecret('error', error, SECRETS);
		const items = await bed.run(parameters, { credential: c, continueOnFail: true });
		expect(String(items[0].json.error)).toMatch(expected);
		expectNoSecret('items', items, SECRETS);
		expectNoSecret('written', written, SECRETS);
	});

	it.each([
		[
			'an AWS error quoting them',
			() => bed.emulator.faults.add(quotingFault('ListFlows')),
			{},
			/AccessDeniedException/,
		],
		['an endpoint echoing the signed headers', () => undefined, { endpoint: 'ECHO' }, /InvalidSignatureException/],
	])("through the credential's Test button: %s", async (_label, prepare, overrides, expected) => {
		prepare();
		const c = credential(overrides as IDataObject);
		if (c.endpoint === 'ECHO') c.endpoint = echoUrl;
		const result = await runCredentialTest(bed.node, 'awsAppFlowApiTest', c as ICredentialDataDecryptedObject);
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(expected) });
		expectNoSecret('test result', result, SECRETS);
		expectNoSecret('written', written, SECRETS);
	});

	it.each([
		['an AWS error quoting them', () => bed.emulator.faults.add(quotingFault()), {}, /AccessDeniedException/],
		['an endpoint echoing the signed headers', () => undefined, { endpoint: 'ECHO' }, /InvalidSignatureException/],
	])("through the trigger's poll: %s", async (_label, prepare, overrides, expected) => {
		prepare();
		const c = credential(overrides as IDataObject);
		if (c.endpoint === 'ECHO') c.endpoint = echoUrl;
		const poller = createPoller(new AwsAppFlowTrigger(), {
			parameters: { event: 'flowStatusChanged', watch: 'all' },
			credentials: { awsAppFlowApi: c as ICredentialDataDecryptedObject },
		});
		const error = await poller.poll().then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.message).toMatch(expected);
		expectNoSecret('poll error', error, SECRETS);
		expectNoSecret('written', written, SECRETS);
	});
});
