/** The flowQuota option: AppFlow's documented 1000 flows by default, raised for benchmarks over more flows. */
import { CreateFlowCommand } from '@aws-sdk/client-appflow';

import { startEmulator } from '../../emulator/server';
import { MAX_FLOWS } from '../../emulator/handlers/flows';
import { expectAwsError, s3Flow, startEmulatorBed } from './helpers';

it('refuses the flow beyond the quota with ServiceQuotaExceededException', async () => {
	const bed = await startEmulatorBed({ flowQuota: 3 });
	try {
		for (const name of ['f1', 'f2', 'f3']) await bed.client.send(new CreateFlowCommand(s3Flow(name)));
		await expectAwsError(
			bed.client.send(new CreateFlowCommand(s3Flow('f4'))),
			'ServiceQuotaExceededException',
			402,
			'The quota of 3 flows per account is reached.',
		);
		expect(bed.emulator.stats().flows).toBe(3);
	} finally {
		await bed.close();
	}
});

it("defaults to AppFlow's quota of 1000 flows", () => {
	expect(MAX_FLOWS).toBe(1000);
});

it.each([0, -1, 1.5, Number.NaN])('refuses flowQuota %p at start-up', async (flowQuota) => {
	await expect(startEmulator({ flowQuota })).rejects.toThrow(/flowQuota must be a positive integer/);
});
