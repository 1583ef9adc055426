/** Requests that break the model's constraints get AWS's ValidationException wording; errors map to SDK classes. */
import {
	AccessDeniedException,
	CancelFlowExecutionsCommand,
	ConflictException,
	ConnectorAuthenticationException,
	ConnectorServerException,
	CreateConnectorProfileCommand,
	CreateFlowCommand,
	DescribeFlowCommand,
	InternalServerException,
	ListFlowsCommand,
	ResourceNotFoundException,
	ServiceQuotaExceededException,
	StopFlowCommand,
	TagResourceCommand,
	ThrottlingException,
	UnsupportedOperationException,
	ValidationException,
	type AppflowClient,
} from '@aws-sdk/client-appflow';
import { MAX_CONNECTOR_PROFILES, REJECTED_CREDENTIAL } from '../../emulator/handlers/connectorProfiles';
import { expectAwsError, s3Flow, salesforceProfile, startEmulatorBed, type EmulatorBed } from './helpers';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());

/** Replaces the serialized request before the SDK signs it, so the emulator sees a correctly signed odd request. */
function beforeSigning(
	client: AppflowClient,
	change: (request: { body?: unknown; path: string; headers: Record<string, string> }) => void,
): void {
	client.middlewareStack.add(
		(next) => async (args) => {
			change(args.request as { body?: unknown; path: string; headers: Record<string, string> });
			return next(args);
		},
		{ step: 'build', name: 'rewriteBeforeSigning' },
	);
}

describe('ValidationException messages', () => {
	it('name the member, the value and the pattern, as AWS does', async () => {
		await expectAwsError(
			bed.client.send(new DescribeFlowCommand({ flowName: 'bad name!' })),
			'ValidationException',
			400,
			"1 validation error detected: Value 'bad name!' at 'flowName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9][\\w!@#.-]+$",
		);
	});

	it('count and list every problem, with list members 1-based', async () => {
		const flow = s3Flow('x'.repeat(257), { tasks: [{ sourceFields: ['a'] } as never] });
		flow.sourceFlowConfig!.connectorType = 'Oracle' as never;
		const error = await expectAwsError(bed.client.send(new CreateFlowCommand(flow)), 'ValidationException', 400);
		expect(error.message).toMatch(/^3 validation errors detected: /);
		const parts = error.message.replace(/^3 validation errors detected: /, '').split('; ');
		expect(parts).toEqual([
			`Value '${'x'.repeat(257)}' at 'flowName' failed to satisfy constraint: Member must have length less than or equal to 256`,
			expect.stringMatching(
				/^Value 'Oracle' at 'sourceFlowConfig.connectorType' failed to satisfy constraint: Member must satisfy enum value set: \[Salesforce, Singular, Slack, .*, Pardot\]$/,
			),
			"Value null at 'tasks.1.member.taskType' failed to satisfy constraint: Member must not be null",
		]);
	});

	it('show a whole list for a bad element of a list of strings', async () => {
		await bed.client.send(new CreateFlowCommand(s3Flow('ff')));
		await expectAwsError(
			bed.client.send(new CancelFlowExecutionsCommand({ flowName: 'ff', executionIds: ['ok-id', 'has space'] })),
			'ValidationException',
			400,
			"1 validation error detected: Value '[ok-id, has space]' at 'executionIds' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy regular expression pattern: ^\\S+$]",
		);
	});

	it('report map values and keys at the map, as AWS does', async () => {
		const { flowArn } = await bed.client.send(new CreateFlowCommand(s3Flow('tagged')));
		await expectAwsError(
			bed.client.send(new TagResourceCommand({ resourceArn: flowArn, tags: { 'team.name': 'x'.repeat(257) } })),
			'ValidationException',
			400,
			`1 validation error detected: Value '{team.name=${'x'.repeat(257)}}' at 'tags' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 256]`,
		);
		await expectAwsError(
			bed.client.send(new TagResourceCommand({ resourceArn: flowArn, tags: { ['k'.repeat(129)]: 'v' } })),
			'ValidationException',
			400,
			`1 validation error detected: Value '{${'k'.repeat(129)}=v}' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 128]`,
		);
	});

	it('never echo sensitive values', async () => {
		const profile = salesforceProfile('sf');
		profile.connectorProfileConfig.connectorProfileCredentials.Salesforce.accessToken = 'super secret token';
		const error = await expectAwsError(
			bed.client.send(new CreateConnectorProfileCommand(profile)),
			'ValidationException',
			400,
			"1 validation error detected: Value at 'connectorProfileConfig.connectorProfileCredentials.Salesforce.accessToken' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\S+$",
		);
		expect(error.message).not.toContain('super secret');
	});

	it('report at most 10 problems but count them all', async () => {
		const tasks = Array.from({ length: 12 }, () => ({ sourceFields: [] }) as never);
		const error = await expectAwsError(
			bed.client.send(new CreateFlowCommand(s3Flow('many', { tasks }))),
			'ValidationException',
			400,
		);
		expect(error.message).toMatch(/^12 validation errors detected: /);
		expect(error.message.split('; ')).toHaveLength(10);
	});
});

describe('bodies that are not what the model expects', () => {
	it('malformed JSON is a SerializationException', async () => {
		const client = bed.clientWith({ maxAttempts: 1 });
		beforeSigning(client, (request) => {
			request.body = '{"maxResults": ';
			request.headers['content-length'] = String(Buffer.byteLength(request.body as string));
		});
		await expectAwsError(
			client.send(new ListFlowsCommand({})),
			'SerializationException',
			400,
			/^Could not parse the request body as JSON/,
		);
	});

	it('a value of the wrong JSON type is a SerializationException', async () => {
		const client = bed.clientWith({ maxAttempts: 1 });
		beforeSigning(client, (request) => {
			request.body = '{"maxResults": "five"}';
			request.headers['content-length'] = String(Buffer.byteLength(request.body as string));
		});
		await expectAwsError(
			client.send(new ListFlowsCommand({})),
			'SerializationException',
			400,
			"Cannot deserialize the value at 'maxResults': it must be an integer",
		);
	});

	it('an unknown path is an UnknownOperationException', async () => {
		const client = bed.clientWith({ maxAttempts: 1 });
		beforeSigning(client, (request) => {
			request.path = '/list-everything';
		});
		await expectAwsError(client.send(new ListFlowsCommand({})), 'UnknownOperationException', 404);
	});
});

describe('the SDK maps every AppFlow error the emulator sends to its exception class', () => {
	it('for errors the emulator produces itself', async () => {
		const { client } = bed;
		const rejection = async (promise: Promise<unknown>) =>
			promise.then(
				() => undefined,
				(e: unknown) => e,
			);
		expect(await rejection(client.send(new DescribeFlowCommand({ flowName: 'nope' })))).toBeInstanceOf(
			ResourceNotFoundException,
		);
		expect(await rejection(client.send(new ListFlowsCommand({ maxResults: 500 })))).toBeInstanceOf(ValidationException);
		await client.send(new CreateFlowCommand(s3Flow('once')));
		expect(await rejection(client.send(new CreateFlowCommand(s3Flow('once'))))).toBeInstanceOf(ConflictException);
		expect(await rejection(client.send(new StopFlowCommand({ flowName: 'once' })))).toBeInstanceOf(
			UnsupportedOperationException,
		);
		const rejected = salesforceProfile('rejected');
		rejected.connectorProfileConfig.connectorProfileCredentials.Salesforce.accessToken = REJECTED_CREDENTIAL;
		expect(await rejection(client.send(new CreateConnectorProfileCommand(rejected)))).toBeInstanceOf(
			ConnectorAuthenticationException,
		);
	});

	it('for the quota of connector profiles', async () => {
		for (let i = 0; i < MAX_CONNECTOR_PROFILES; i++)
			await bed.client.send(new CreateConnectorProfileCommand(salesforceProfile(`p${i}`)));
		const error = await expectAwsError(
			bed.client.send(new CreateConnectorProfileCommand(salesforceProfile('one-too-many'))),
			'ServiceQuotaExceededException',
			402,
		);
		expect(error).toBeInstanceOf(ServiceQuotaExceededException);
	});

	it.each([
		['AccessDeniedException', 403, AccessDeniedException],
		['ConnectorServerException', 400, ConnectorServerException],
		['InternalServerException', 500, InternalServerException],
		['ThrottlingException', 429, ThrottlingException],
	] as const)('for %s (injected), with the status from the model', async (errorName, status, ErrorClass) => {
		bed.emulator.faults.add({
			action: 'ListFlows',
			kind: 'error',
			errorName,
			message: `injected ${errorName}`,
			count: 3,
		});
		const client = bed.clientWith({ maxAttempts: 1 });
		const error = await expectAwsError(
			client.send(new ListFlowsCommand({})),
			errorName,
			status,
			`injected ${errorName}`,
		);
		expect(error).toBeInstanceOf(ErrorClass);
	});
});
