/** SigV4: the emulator refuses what AWS refuses, with AWS's errors, and accepts what the real SDK signs. */
import {
	CreateFlowCommand,
	ListFlowsCommand,
	ListTagsForResourceCommand,
	UntagResourceCommand,
	type AppflowClient,
} from '@aws-sdk/client-appflow';
import { expectAwsError, rawRequest, s3Flow, startEmulatorBed, type EmulatorBed } from './helpers';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());

const SIGNATURE_MISMATCH =
	'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

interface MutableRequest {
	headers: Record<string, string>;
	body?: unknown;
	query?: Record<string, string | string[]>;
	path: string;
}

/** Changes the request after the SDK signed it (the deserialize step runs just before sending). */
function afterSigning(client: AppflowClient, change: (request: MutableRequest) => void): void {
	client.middlewareStack.add(
		(next) => async (args) => {
			change(args.request as MutableRequest);
			return next(args);
		},
		{ step: 'deserialize', name: 'tamperAfterSigning' },
	);
}

describe('requests the emulator refuses', () => {
	it('an unknown access key id: UnrecognizedClientException', async () => {
		const client = bed.clientWith({
			credentials: { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'whatever' },
		});
		await expectAwsError(
			client.send(new ListFlowsCommand({})),
			'UnrecognizedClientException',
			403,
			'The security token included in the request is invalid.',
		);
		expect(bed.emulator.stats()).toMatchObject({ authFailures: 1, totalRequests: 0 });
	});

	it('the right key id with the wrong secret: InvalidSignatureException', async () => {
		const client = bed.clientWith({
			credentials: { accessKeyId: bed.emulator.credentials.accessKeyId, secretAccessKey: 'not-the-secret' },
		});
		await expectAwsError(
			client.send(new CreateFlowCommand(s3Flow('never'))),
			'InvalidSignatureException',
			403,
			SIGNATURE_MISMATCH,
		);
		expect(bed.emulator.stats().flows).toBe(0);
	});

	it('no signature at all: MissingAuthenticationTokenException, in AWS error format', async () => {
		const response = await rawRequest(bed.emulator.url, {
			method: 'POST',
			path: '/list-flows',
			headers: { 'content-type': 'application/json' },
			body: '{}',
		});
		expect(response.status).toBe(403);
		expect(response.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
		expect(response.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
		expect(response.headers['content-type']).toBe('application/json');
		expect(JSON.parse(response.body)).toEqual({ message: 'Missing Authentication Token' });

		const client = bed.clientWith({});
		afterSigning(client, (request) => {
			delete request.headers.authorization;
		});
		await expectAwsError(
			client.send(new ListFlowsCommand({})),
			'MissingAuthenticationTokenException',
			403,
			'Missing Authentication Token',
		);
	});

	it('a body changed after signing', async () => {
		const client = bed.clientWith({});
		afterSigning(client, (request) => {
			request.body = JSON.stringify({ maxResults: 99 });
			delete request.headers['x-amz-content-sha256'];
			request.headers['content-length'] = String(Buffer.byteLength(request.body as string));
		});
		await expectAwsError(
			client.send(new ListFlowsCommand({ maxResults: 5 })),
			'InvalidSignatureException',
			403,
			SIGNATURE_MISMATCH,
		);
	});

	it('a body that does not match its x-amz-content-sha256 (the SDK sends the header)', async () => {
		const client = bed.clientWith({});
		afterSigning(client, (request) => {
			expect(request.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
			request.body = JSON.stringify({ maxResults: 99 });
			request.headers['content-length'] = String(Buffer.byteLength(request.body as string));
		});
		await expectAwsError(
			client.send(new ListFlowsCommand({ maxResults: 5 })),
			'InvalidSignatureException',
			403,
			"The provided 'x-amz-content-sha256' header does not match what was computed.",
		);
	});

	it('a query string or path changed after signing', async () => {
		const { flowArn } = await bed.client.send(new CreateFlowCommand(s3Flow('tagged', { tags: { a: '1', b: '2' } })));
		const queryTamper = bed.clientWith({});
		afterSigning(queryTamper, (request) => {
			request.query = { tagKeys: ['b'] };
		});
		await expectAwsError(
			queryTamper.send(new UntagResourceCommand({ resourceArn: flowArn, tagKeys: ['a'] })),
			'InvalidSignatureException',
			403,
			SIGNATURE_MISMATCH,
		);
		const pathTamper = bed.clientWith({});
		afterSigning(pathTamper, (request) => {
			request.path = request.path.replace('tagged', 'other');
		});
		await expectAwsError(
			pathTamper.send(new ListTagsForResourceCommand({ resourceArn: flowArn })),
			'InvalidSignatureException',
			403,
			SIGNATURE_MISMATCH,
		);
		expect((await bed.client.send(new ListTagsForResourceCommand({ resourceArn: flowArn! }))).tags).toEqual({
			a: '1',
			b: '2',
		});
	});

	it('a signature scoped to another region', async () => {
		const client = bed.clientWith({ region: 'eu-west-1' });
		await expectAwsError(
			client.send(new ListFlowsCommand({})),
			'InvalidSignatureException',
			403,
			'Credential should be scoped to a valid region.',
		);
	});

	it('a signature more than 5 minutes old (the SDK corrects its clock from the Date header and retries)', async () => {
		const once = bed.clientWith({ systemClockOffset: -10 * 60 * 1000, maxAttempts: 1 });
		await expectAwsError(
			once.send(new ListFlowsCommand({})),
			'InvalidSignatureException',
			403,
			/^Signature expired: \d{8}T\d{6}Z is now earlier than/,
		);
		const retrying = bed.clientWith({ systemClockOffset: -10 * 60 * 1000 });
		const answer = await retrying.send(new ListFlowsCommand({}));
		expect(answer.$metadata.attempts).toBe(2);
	});
});

describe('requests the emulator accepts', () => {
	it('temporary credentials with a session token', async () => {
		const client = bed.clientWith({
			credentials: { ...bed.emulator.credentials, sessionToken: 'FwoGZXIvYXdzEXAMPLETOKEN' },
		});
		expect((await client.send(new ListFlowsCommand({}))).flows).toEqual([]);
	});

	it('anything when signature checks are off', async () => {
		const open = await startEmulatorBed({ verifySignature: false });
		try {
			const client = open.clientWith({ credentials: { accessKeyId: 'AKIAANYTHING', secretAccessKey: 'anything' } });
			expect((await client.send(new ListFlowsCommand({}))).flows).toEqual([]);
			const raw = await rawRequest(open.emulator.url, { method: 'POST', path: '/list-flows', body: '{}' });
			expect(raw.status).toBe(200);
		} finally {
			await open.close();
		}
	});

	it('a custom key pair', async () => {
		const custom = await startEmulatorBed({ accessKeyId: 'AKIACUSTOMKEY0000001', secretAccessKey: 'custom-secret' });
		try {
			expect(custom.emulator.credentials).toEqual({
				accessKeyId: 'AKIACUSTOMKEY0000001',
				secretAccessKey: 'custom-secret',
			});
			expect((await custom.client.send(new ListFlowsCommand({}))).$metadata.httpStatusCode).toBe(200);
			const defaults = custom.clientWith({
				credentials: { accessKeyId: 'AKIAEMULATORTESTKEY1', secretAccessKey: 'emulator-secret-key-do-not-use-in-aws' },
			});
			await expectAwsError(defaults.send(new ListFlowsCommand({})), 'UnrecognizedClientException', 403);
		} finally {
			await custom.close();
		}
	});
});
