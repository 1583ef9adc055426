/**
 * Connector secrets in real n8n: a Salesforce connector profile created from an "AWS AppFlow Connector Secrets"
 * credential (imported encrypted, as the editor saves it), against the emulator. AppFlow must receive the secrets;
 * the workflow as n8n stores and exports it, the execution data n8n printed, and every file of n8n's user folder
 * (its database included: credentials are encrypted there) must not hold them in plain text.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { EXAMPLE_CREDENTIAL } from '../../scripts/demo/lib/examples';
import { appflow, chain, describeE2E, LINE_TARGETS, out, Stack } from './helpers';

const SECRETS = {
	accessToken: 'e2eSalesforceAccessToken00DxRealLookingSecretValue',
	refreshToken: 'e2eSalesforceRefreshToken5Aep861TSESvWeug_xvFHRBTTbf',
	authCode: 'e2eSalesforceAuthCodeaPrxOAuthRedirectCode0042xyz',
};
const SECRETS_CREDENTIAL = { id: 'appflowSfSecrets1', name: 'Salesforce secrets' };

/** Every file under `dir`, as text (binary bytes decoded lossily: plaintext secrets still match). */
async function filesUnder(dir: string): Promise<Array<{ path: string; text: string }>> {
	const out: Array<{ path: string; text: string }> = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'node_modules') out.push(...(await filesUnder(path)));
		} else if (entry.isFile()) out.push({ path, text: (await readFile(path)).toString('latin1') });
	}
	return out;
}

const leaksIn = (label: string, text: string) =>
	Object.entries(SECRETS)
		.filter(([, secret]) => text.includes(secret))
		.map(([name]) => `${name} in ${label}`);

describeE2E.each(LINE_TARGETS)('connector secrets from a credential on n8n $label', ({ target }) => {
	let stack: Stack;
	beforeAll(async () => {
		stack = await Stack.start(target);
		await stack.home.importCredentials([
			{
				...SECRETS_CREDENTIAL,
				type: 'awsAppFlowConnectorSecretsApi',
				data: {
					connectorType: 'Salesforce',
					salesforceOAuth2GrantType: 'AUTHORIZATION_CODE',
					salesforceAccessToken: SECRETS.accessToken,
					// Pasted with a newline and a space, which password fields hide: the node trims them.
					salesforceRefreshToken: `${SECRETS.refreshToken}\n`,
					salesforceOAuthRequestAuthCode: ` ${SECRETS.authCode}`,
				},
			},
		]);
	});
	afterAll(async () => stack?.stop());

	it('creates the profile with the secrets, and n8n keeps none of them in plain text', async () => {
		const create = appflow(
			'Create profile',
			'connectorProfile',
			'createConnectorProfile',
			{
				connectorProfileName: 'e2e-salesforce',
				connectorType: 'Salesforce',
				connectionMode: 'Public',
				connectorProfileCredentialsSource: 'credential',
				salesforceProperties: { instanceUrl: 'https://acme.my.salesforce.com' },
			},
			{
				credentials: {
					awsAppFlowApi: { ...EXAMPLE_CREDENTIAL },
					awsAppFlowConnectorSecretsApi: { ...SECRETS_CREDENTIAL },
				},
			},
		);
		const describe = appflow('Describe profiles', 'connectorProfile', 'describeConnectorProfiles', {
			returnAll: true,
		});
		const workflow = chain('ConnSecrets', 'e2e: connector secrets', [create, describe]);
		await stack.importWorkflows([workflow]);
		const { run, command } = await stack.execute(workflow.id);

		// End to end: AppFlow got the credential's secrets (the pasted newline trimmed) with the form's properties.
		expect(out(run, 'Create profile')).toEqual([
			{ connectorProfileArn: expect.stringMatching(/connectorprofile\/e2e-salesforce$/) },
		]);
		const received = stack.emulator
			.received()
			.filter((r) => r.action === 'CreateConnectorProfile')
			.map((r) => r.input);
		expect(received).toEqual([
			expect.objectContaining({
				connectorProfileConfig: {
					connectorProfileProperties: { Salesforce: { instanceUrl: 'https://acme.my.salesforce.com' } },
					connectorProfileCredentials: {
						Salesforce: {
							oAuth2GrantType: 'AUTHORIZATION_CODE',
							accessToken: SECRETS.accessToken,
							refreshToken: SECRETS.refreshToken,
							oAuthRequest: { authCode: SECRETS.authCode },
						},
					},
				},
			}),
		]);
		expect(out(run, 'Describe profiles')).toEqual([
			expect.objectContaining({ connectorProfileName: 'e2e-salesforce', connectorType: 'Salesforce' }),
		]);

		// The workflow as n8n stores it, exported by n8n itself.
		const exported = join(stack.home.userFolder, 'exported-workflow.json');
		const exportRun = await stack.home.cli(['export:workflow', `--id=${workflow.id}`, `--output=${exported}`]);
		expect(exportRun.code).toBe(0);
		const exportedText = await readFile(exported, 'utf8');
		await rm(exported);
		const [stored] = JSON.parse(exportedText) as Array<{ nodes: Array<{ name: string; parameters: object }> }>;
		expect(stored.nodes.find((n) => n.name === 'Create profile')!.parameters).toEqual(
			expect.objectContaining({ connectorProfileCredentialsSource: 'credential' }),
		);

		// The scan does see what n8n stores in plain text: the workflow's own parameters are in its database.
		const files = await filesUnder(join(stack.home.userFolder, '.n8n'));
		expect(files.filter((f) => f.text.includes('acme.my.salesforce.com')).length).toBeGreaterThan(0);
		const leaks = [
			...leaksIn('the exported workflow', exportedText),
			...leaksIn('the execution data', JSON.stringify(run)),
			...leaksIn("n8n's output", command.stdout + command.stderr),
			...files.flatMap((f) => leaksIn(f.path, f.text)),
		];
		expect(leaks).toEqual([]);
	});
});
