/** clientToken idempotency and every kind of injected fault, seen through the real SDK and its retries. */
import {
	CreateConnectorProfileCommand,
	CreateFlowCommand,
	DescribeConnectorCommand,
	DescribeFlowCommand,
	DescribeFlowExecutionRecordsCommand,
	ListFlowsCommand,
	RegisterConnectorCommand,
	StartFlowCommand,
	UpdateConnectorProfileCommand,
	UpdateConnectorRegistrationCommand,
	UpdateFlowCommand,
} from '@aws-sdk/client-appflow';
import { expectAwsError, s3Flow, salesforceProfile, startEmulatorBed, type EmulatorBed } from './helpers';

let bed: EmulatorBed;
beforeAll(async () => {
	bed = await startEmulatorBed();
});
afterAll(() => bed.close());
beforeEach(() => bed.emulator.reset());

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:orders';

describe('clientToken idempotency', () => {
	it('CreateFlow with a repeated token answers the first response and creates one flow', async () => {
		const input = s3Flow('once', { clientToken: 'token-1' });
		const first = await bed.client.send(new CreateFlowCommand(input));
		const again = await bed.client.send(new CreateFlowCommand(input));
		expect(again.flowArn).toBe(first.flowArn);
		expect(again.flowStatus).toBe('Active');
		expect(bed.emulator.stats()).toMatchObject({ flowsCreated: 1, requests: { CreateFlow: 2 } });
		// Without the token, the same request is a new one: the name is taken.
		await expectAwsError(
			bed.client.send(new CreateFlowCommand({ ...input, clientToken: undefined })),
			'ConflictException',
			409,
			/already exists/,
		);
	});

	it('refuses a repeated token with different parameters (ConflictException)', async () => {
		await bed.client.send(new CreateFlowCommand(s3Flow('first', { clientToken: 'token-2' })));
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(s3Flow('second', { clientToken: 'token-2' }))),
			'ConflictException',
			409,
			'The clientToken token-2 was already used with different request parameters.',
		);
		expect(bed.emulator.stats().flows).toBe(1);
	});

	it('StartFlow with a repeated token starts one run', async () => {
		await bed.client.send(new CreateFlowCommand(s3Flow('runner')));
		const first = await bed.client.send(new StartFlowCommand({ flowName: 'runner', clientToken: 'run-1' }));
		const again = await bed.client.send(new StartFlowCommand({ flowName: 'runner', clientToken: 'run-1' }));
		expect(again.executionId).toBe(first.executionId);
		const other = await bed.client.send(new StartFlowCommand({ flowName: 'runner', clientToken: 'run-2' }));
		expect(other.executionId).not.toBe(first.executionId);
		expect(bed.emulator.stats().runsStarted).toBe(2);
	});

	it('updates and registrations with a repeated token apply once', async () => {
		const { client } = bed;
		await client.send(new CreateFlowCommand(s3Flow('upd')));
		await client.send(new UpdateFlowCommand(s3Flow('upd', { clientToken: 'u-1' })));
		await client.send(new UpdateFlowCommand(s3Flow('upd', { clientToken: 'u-1' })));
		expect((await client.send(new DescribeFlowCommand({ flowName: 'upd' }))).schemaVersion).toBe(2);

		const register = new RegisterConnectorCommand({
			connectorLabel: 'orders',
			connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA } },
			clientToken: 'r-1',
		});
		const registered = await client.send(register);
		expect((await client.send(register)).connectorArn).toBe(registered.connectorArn);
		const update = new UpdateConnectorRegistrationCommand({
			connectorLabel: 'orders',
			description: 'v2',
			clientToken: 'r-2',
		});
		await client.send(update);
		await client.send(update);
		const config = (
			await client.send(new DescribeConnectorCommand({ connectorType: 'CustomConnector', connectorLabel: 'orders' }))
		).connectorConfiguration!;
		expect(config.connectorVersion).toBe('2.0');

		const profile = { ...salesforceProfile('sf'), clientToken: 'p-1' };
		await client.send(new CreateConnectorProfileCommand(profile));
		expect((await client.send(new CreateConnectorProfileCommand(profile))).connectorProfileArn).toMatch(
			/connectorprofile\/sf$/,
		);
		const profileUpdate = new UpdateConnectorProfileCommand({
			connectorProfileName: 'sf',
			connectionMode: 'Public',
			connectorProfileConfig: profile.connectorProfileConfig,
			clientToken: 'p-2',
		});
		await client.send(profileUpdate);
		await client.send(profileUpdate);
		expect(bed.emulator.stats()).toMatchObject({ connectorProfiles: 1, customConnectors: 1 });
	});
});

describe('faults', () => {
	it('throttle: 429 ThrottlingException, which the SDK retries', async () => {
		bed.emulator.faults.add({ action: 'ListFlows', kind: 'throttle' });
		const answer = await bed.client.send(new ListFlowsCommand({}));
		expect(answer.$metadata.attempts).toBe(2);
		bed.emulator.faults.add({ action: 'ListFlows', kind: 'throttle' });
		await expectAwsError(
			bed.clientWith({ maxAttempts: 1 }).send(new ListFlowsCommand({})),
			'ThrottlingException',
			429,
			'Rate exceeded',
		);
		expect(bed.emulator.stats()).toMatchObject({ faultsInjected: 2, requests: { ListFlows: 3 } });
	});

	it('error: any error name and status, without performing the action', async () => {
		bed.emulator.faults.add({
			action: 'CreateFlow',
			kind: 'error',
			errorName: 'ServiceQuotaExceededException',
			message: 'Too many flows',
		});
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(s3Flow('quota'))),
			'ServiceQuotaExceededException',
			402,
			'Too many flows',
		);
		bed.emulator.faults.add({
			action: 'CreateFlow',
			kind: 'error',
			errorName: 'ConnectorServerException',
			status: 503,
		});
		// 503 is transient for the SDK: it retries, and the second attempt creates the flow.
		const created = await bed.client.send(new CreateFlowCommand(s3Flow('quota')));
		expect(created.$metadata.attempts).toBe(2);
		expect(bed.emulator.stats().flowsCreated).toBe(1);
	});

	it('delay: answers late', async () => {
		bed.emulator.faults.add({ action: 'ListFlows', kind: 'delay', ms: 300 });
		const started = Date.now();
		await bed.client.send(new ListFlowsCommand({}));
		expect(Date.now() - started).toBeGreaterThanOrEqual(290);
	});

	it('reset: drops the connection before the action, so a retried StartFlow runs once', async () => {
		await bed.client.send(new CreateFlowCommand(s3Flow('reset-me')));
		bed.emulator.faults.add({ action: 'StartFlow', kind: 'reset' });
		await expect(
			bed.clientWith({ maxAttempts: 1 }).send(new StartFlowCommand({ flowName: 'reset-me' })),
		).rejects.toThrow(/socket hang up|ECONNRESET/);
		expect(bed.emulator.stats().runsStarted).toBe(0);
		bed.emulator.faults.add({ action: 'StartFlow', kind: 'reset' });
		const started = await bed.client.send(new StartFlowCommand({ flowName: 'reset-me' }));
		expect(started.$metadata.attempts).toBe(2);
		expect(bed.emulator.stats().runsStarted).toBe(1);
	});

	it('truncate: performs the action but cuts the response body', async () => {
		await bed.client.send(new CreateFlowCommand(s3Flow('cut')));
		bed.emulator.faults.add({ action: 'DescribeFlow', kind: 'truncate' });
		await expect(
			bed.clientWith({ maxAttempts: 1 }).send(new DescribeFlowCommand({ flowName: 'cut' })),
		).rejects.toThrow();
		bed.emulator.faults.add({ action: 'DescribeFlow', kind: 'truncate' });
		const described = await bed.client.send(new DescribeFlowCommand({ flowName: 'cut' }));
		expect(described.$metadata.attempts).toBe(2);
		expect(described.flowName).toBe('cut');
	});

	it('dropResponse: performs the action and answers nothing; the SDK retry with the same clientToken creates no second flow', async () => {
		bed.emulator.faults.add({ action: 'CreateFlow', kind: 'dropResponse' });
		const created = await bed.client.send(new CreateFlowCommand(s3Flow('lost-answer')));
		expect(created.$metadata.attempts).toBe(2);
		expect(created.flowArn).toMatch(/flow\/lost-answer$/);
		expect(bed.emulator.stats()).toMatchObject({ flowsCreated: 1, flows: 1, requests: { CreateFlow: 2 } });

		bed.emulator.faults.add({ action: 'StartFlow', kind: 'dropResponse' });
		const started = await bed.client.send(new StartFlowCommand({ flowName: 'lost-answer' }));
		expect(started.$metadata.attempts).toBe(2);
		const records = await bed.client.send(new DescribeFlowExecutionRecordsCommand({ flowName: 'lost-answer' }));
		expect(records.flowExecutions!.map((r) => r.executionId)).toEqual([started.executionId]);
	});

	it('apply to any action with *, count uses, and can be listed and removed', async () => {
		const { faults } = bed.emulator;
		faults.add({ action: '*', kind: 'throttle', count: 2 });
		const id = faults.add({ action: 'DescribeFlow', kind: 'delay', ms: 10 });
		expect(faults.list()).toEqual([
			expect.objectContaining({ action: '*', kind: 'throttle', remaining: 2 }),
			expect.objectContaining({ id, action: 'DescribeFlow', kind: 'delay', remaining: 1 }),
		]);
		const once = bed.clientWith({ maxAttempts: 1 });
		await expectAwsError(once.send(new ListFlowsCommand({})), 'ThrottlingException', 429);
		await expectAwsError(once.send(new CreateFlowCommand(s3Flow('x1'))), 'ThrottlingException', 429);
		expect(faults.list()).toHaveLength(1);
		expect(faults.remove(id)).toBe(true);
		expect(faults.list()).toEqual([]);
		expect((await once.send(new ListFlowsCommand({}))).flows).toEqual([]);
	});

	it('apply at a rate: a seeded share of requests, the same ones in every run', async () => {
		const throttledOf = async (seed: number) => {
			bed.emulator.reset();
			bed.emulator.faults.add({ action: 'ListFlows', kind: 'throttle', rate: 0.2, count: 10_000, seed });
			const once = bed.clientWith({ maxAttempts: 1 });
			const outcomes: boolean[] = [];
			for (let i = 0; i < 300; i++) {
				outcomes.push(
					await once.send(new ListFlowsCommand({})).then(
						() => false,
						() => true,
					),
				);
			}
			return outcomes;
		};
		const first = await throttledOf(7);
		const share = first.filter(Boolean).length / first.length;
		expect(share).toBeGreaterThan(0.12);
		expect(share).toBeLessThan(0.28);
		expect(await throttledOf(7)).toEqual(first);
		expect(await throttledOf(8)).not.toEqual(first);
		expect(() => bed.emulator.faults.add({ kind: 'throttle', rate: 1.5 })).toThrow(/rate/);
	});

	it('refuse invalid specs', () => {
		const { faults } = bed.emulator;
		expect(() => faults.add({ action: 'MakeCoffee', kind: 'throttle' })).toThrow(/Unknown action MakeCoffee/);
		expect(() => faults.add({ kind: 'explode' as never })).toThrow(/Unknown fault kind/);
		expect(() => faults.add({ kind: 'error' })).toThrow(/errorName/);
		expect(() => faults.add({ kind: 'delay' })).toThrow(/ms/);
		expect(() => faults.add({ kind: 'reset', count: 0 })).toThrow(/count/);
		expect(faults.list()).toEqual([]);
	});

	it('close() ends pending delays and open connections', async () => {
		const own = await startEmulatorBed();
		own.emulator.faults.add({ action: 'ListFlows', kind: 'delay', ms: 60_000 });
		const pending = own.clientWith({ maxAttempts: 1 }).send(new ListFlowsCommand({}));
		await new Promise((resolve) => setTimeout(resolve, 50));
		const started = Date.now();
		await own.close();
		await expect(pending).rejects.toThrow();
		expect(Date.now() - started).toBeLessThan(2000);
	});
});
