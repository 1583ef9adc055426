/**
 * The client factory must take identity, region and endpoint from the credential only, never from the n8n
 * host's environment or ~/.aws files, unless the administrator opted in to host identity.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { createAppflowClient, CredentialConfigError } from '../../nodes/AwsAppFlow/transport/client';
import { HOST_IDENTITY_ENV } from '../../nodes/AwsAppFlow/transport/credentials';

const HOST_ENV = {
	AWS_ACCESS_KEY_ID: 'AKIAHOSTIDENTITY0000',
	AWS_SECRET_ACCESS_KEY: 'host-secret',
	AWS_REGION: 'eu-west-3',
	AWS_DEFAULT_REGION: 'eu-west-3',
	AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
	AWS_ENDPOINT_URL_APPFLOW: 'http://127.0.0.1:2',
	AWS_MAX_ATTEMPTS: '9',
	AWS_USE_FIPS_ENDPOINT: 'true',
};

describe('createAppflowClient', () => {
	const saved = { ...process.env };
	beforeEach(() => {
		// Prepare: a host with its own identity everywhere the SDK would look.
		const home = mkdtempSync(join(tmpdir(), 'appflow-home-'));
		mkdirSync(join(home, '.aws'));
		writeFileSync(
			join(home, '.aws', 'credentials'),
			'[default]\naws_access_key_id = AKIAFROMFILE00000000\naws_secret_access_key = file-secret\n',
		);
		writeFileSync(join(home, '.aws', 'config'), '[default]\nregion = ap-south-1\nendpoint_url = http://127.0.0.1:3\n');
		Object.assign(process.env, HOST_ENV, {
			HOME: home,
			AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws', 'credentials'),
			AWS_CONFIG_FILE: join(home, '.aws', 'config'),
		});
		delete process.env[HOST_IDENTITY_ENV];
	});
	afterEach(() => {
		process.env = { ...saved };
	});

	it('uses only the credential: its keys, region and endpoint, ignoring the host environment and ~/.aws', async () => {
		const client = await createAppflowClient({
			region: 'us-west-2',
			accessKeyId: 'AKIACREDENTIAL000000',
			secretAccessKey: 'cred-secret',
			endpoint: 'http://127.0.0.1:4567',
		});
		const identity = await (
			client.config.credentials as () => Promise<{ accessKeyId: string; secretAccessKey: string }>
		)();
		expect(identity.accessKeyId).toBe('AKIACREDENTIAL000000');
		expect(identity.secretAccessKey).toBe('cred-secret');
		expect(await client.config.region()).toBe('us-west-2');
		const endpoint = await client.config.endpoint!();
		expect(`${endpoint.protocol}//${endpoint.hostname}:${endpoint.port}`).toBe('http://127.0.0.1:4567');
		expect(await client.config.maxAttempts()).toBe(3);
		expect(await client.config.useFipsEndpoint()).toBe(false);
	});

	it('resolves the public regional endpoint when no custom endpoint is set, whatever AWS_ENDPOINT_URL says', async () => {
		const client = await createAppflowClient({
			region: 'cn-north-1',
			accessKeyId: 'AKIACREDENTIAL000000',
			secretAccessKey: 'cred-secret',
		});
		const { endpointResolver } = await import(
			'@aws-sdk/client-appflow/dist-cjs/endpoint/endpointResolver' as string
		).catch(() => ({ endpointResolver: undefined }));
		const region = await client.config.region();
		expect(region).toBe('cn-north-1');
		if (endpointResolver) {
			const url = endpointResolver({ Region: region, UseFIPS: false, UseDualStack: false }).url.href;
			expect(url).toBe('https://appflow.cn-north-1.amazonaws.com.cn/');
		}
		expect(client.config.endpoint).toBeUndefined();
	});

	it('refuses the host identity unless the administrator opted in', async () => {
		await expect(createAppflowClient({ region: 'us-east-1', credentialSource: 'hostIdentity' })).rejects.toThrow(
			/N8N_AWS_SYSTEM_CREDENTIALS_ACCESS_ENABLED=true/,
		);
	});

	it('uses the host identity when the administrator opted in', async () => {
		process.env[HOST_IDENTITY_ENV] = 'true';
		const client = await createAppflowClient({ region: 'us-east-1', credentialSource: 'hostIdentity' });
		const identity = await (client.config.credentials as () => Promise<{ accessKeyId: string }>)();
		expect(identity.accessKeyId).toBe(HOST_ENV.AWS_ACCESS_KEY_ID);
	});

	it.each([
		[{ accessKeyId: '', secretAccessKey: 's' }, 'accessKeyId'],
		[{ accessKeyId: 'AKIA', secretAccessKey: '' }, 'secretAccessKey'],
		[{ accessKeyId: 'AKIA', secretAccessKey: 's', endpoint: 'not a url' }, 'Custom Endpoint'],
		[{ accessKeyId: 'AKIA', secretAccessKey: 's', endpoint: 'ftp://x' }, 'Custom Endpoint'],
		[{ accessKeyId: 'AKIA', secretAccessKey: 's', assumeRole: true }, 'roleArn'],
	])('names the credential field that is wrong: %j', async (data, field) => {
		const error = await createAppflowClient({ region: 'us-east-1', ...data }).catch((e) => e);
		expect(error).toBeInstanceOf(CredentialConfigError);
		expect((error as CredentialConfigError).field).toBe(field);
	});

	it("leaves the SDK's logger middleware out (no logger is given; it only copied inputs and outputs per call)", async () => {
		const client = await createAppflowClient({ region: 'us-east-1', accessKeyId: 'AKIA', secretAccessKey: 's' });
		try {
			const names = client.middlewareStack.identify();
			expect(names.some((name) => name.startsWith('loggerMiddleware'))).toBe(false);
			// The rest of the stack is the SDK's own: signing, retries and our answer guard are still there.
			expect(names.some((name) => name.startsWith('appflowJsonObjectGuard'))).toBe(true);
			expect(names.some((name) => name.startsWith('retryMiddleware'))).toBe(true);
		} finally {
			client.destroy();
		}
	});

	it('does not load the AWS SDK when the node description is loaded', () => {
		// A fresh Node process, as n8n's start-up would be: load the node class, build its description, list modules.
		const script =
			"const { AwsAppFlow } = require('./nodes/AwsAppFlow/AwsAppFlow.node');" +
			'new AwsAppFlow().description;' +
			'console.log(JSON.stringify(Object.keys(require.cache)));';
		const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
			cwd: join(__dirname, '..', '..'),
			encoding: 'utf8',
		});
		const loaded: string[] = JSON.parse(out.trim().split('\n').pop()!);
		expect(loaded.some((k) => k.endsWith('AwsAppFlow.node.ts'))).toBe(true);
		expect(loaded.filter((k) => k.includes('@aws-sdk') || k.includes('@smithy'))).toEqual([]);
	});
});
