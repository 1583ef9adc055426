/**
 * What `npm start` gives a user: n8n's editor server with the package loaded. Through the REST API the browser uses:
 * the owner is set up, the node and credential types are listed, the credential test reaches the emulator (and
 * fails cleanly with a wrong secret), and the sample workflows are there.
 */
import { AppflowClient, CreateConnectorProfileCommand } from '@aws-sdk/client-appflow';

import { loadExamples } from '../../scripts/demo/lib/examples';
import {
	DEMO_OWNER,
	emulatorCredential,
	EMULATOR_SECRET_ACCESS_KEY,
	EXAMPLE_CREDENTIAL,
	setupOwner,
	type N8nServer,
} from '../../scripts/n8n';
import { freePort } from '../../scripts/n8n/proc';
import { describeE2E, LINE_TARGETS, Stack } from './helpers';

describeE2E.each(LINE_TARGETS)('the editor (n8n start) on n8n $label', ({ target }) => {
	let stack: Stack;
	let server: N8nServer;
	let cookie = '';
	const api = async (path: string, init: RequestInit = {}) => {
		const response = await fetch(`${server.url}${path}`, {
			...init,
			headers: {
				'content-type': 'application/json',
				'browser-id': 'e2e-browser',
				cookie,
				...(init.headers as Record<string, string>),
			},
		});
		const text = await response.text();
		return {
			status: response.status,
			body: text.startsWith('{') || text.startsWith('[') ? (JSON.parse(text) as Record<string, unknown>) : text,
			headers: response.headers,
		};
	};

	beforeAll(async () => {
		stack = await Stack.start(target);
		await stack.importWorkflows(loadExamples().map((e) => e.workflow));
		server = await stack.home.start(await freePort(), { timeoutMs: 180_000 });
	});
	afterAll(async () => {
		await server?.stop();
		await stack?.stop();
	});

	it('sets up the owner once, then signs in with it', async () => {
		expect(await setupOwner(server.url)).toBe(true);
		expect(await setupOwner(server.url)).toBe(false);
		const login = await api('/rest/login', {
			method: 'POST',
			body: JSON.stringify({
				emailOrLdapLoginId: DEMO_OWNER.email,
				email: DEMO_OWNER.email,
				password: DEMO_OWNER.password,
			}),
		});
		expect(login.status).toBe(200);
		cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
		expect(cookie).toMatch(/^n8n-auth=/);
	});

	it('lists the node and its credential type as installed from the package', async () => {
		const nodes = await api('/types/nodes.json');
		const names = (
			nodes.body as unknown as Array<{ name: string; displayName: string; credentials?: Array<{ name: string }> }>
		).filter((n) => n.name.startsWith('n8n-nodes-aws-appflow.'));
		expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['n8n-nodes-aws-appflow.awsAppFlow']));
		const node = names.find((n) => n.name === 'n8n-nodes-aws-appflow.awsAppFlow')!;
		expect(node.displayName).toBe('AWS AppFlow');
		// The AWS credential always; the connector secrets credential only where Create/Update Connector Profile take it.
		expect(node.credentials).toEqual([
			expect.objectContaining({ name: 'awsAppFlowApi', required: true }),
			expect.objectContaining({ name: 'awsAppFlowConnectorSecretsApi', required: false }),
		]);
		const credentials = await api('/types/credentials.json');
		expect((credentials.body as unknown as Array<{ name: string }>).map((c) => c.name)).toEqual(
			expect.arrayContaining(['awsAppFlowApi', 'awsAppFlowConnectorSecretsApi']),
		);
	});

	it('has the imported credential and sample workflows', async () => {
		const credentials = (await api('/rest/credentials')).body as { data: Array<{ id: string; type: string }> };
		expect(credentials.data).toEqual([expect.objectContaining({ id: 'appflowEmulator1', type: 'awsAppFlowApi' })]);
		const workflows = (await api('/rest/workflows')).body as { data: Array<{ id: string }> };
		expect(workflows.data.map((w) => w.id).sort()).toEqual(
			loadExamples()
				.map((e) => e.workflow.id)
				.sort(),
		);
	});

	it('tests the credential against the emulator: OK with the right keys, a clear error with a wrong secret', async () => {
		const credential = (secretAccessKey: string) => ({
			credentials: emulatorCredential(stack.emulator.url, { secretAccessKey }),
		});
		const good = await api('/rest/credentials/test', {
			method: 'POST',
			body: JSON.stringify(credential(EMULATOR_SECRET_ACCESS_KEY)),
		});
		expect(good.body).toEqual({ data: expect.objectContaining({ status: 'OK' }) });
		const bad = await api('/rest/credentials/test', {
			method: 'POST',
			body: JSON.stringify(credential('not-the-secret')),
		});
		expect(bad.body).toEqual({
			data: { status: 'Error', message: expect.stringContaining('InvalidSignatureException') },
		});
		expect(JSON.stringify(bad.body)).not.toContain('not-the-secret');
	});

	it('fills the flow form dropdowns through its option loading: "&" dependencies read beside each dropdown, rows too', async () => {
		// Prepare: a Salesforce and a Zendesk profile, through the emulator's AppFlow API.
		const client = new AppflowClient({
			region: 'us-east-1',
			endpoint: stack.emulator.url,
			credentials: stack.emulator.credentials,
		});
		const profile = (connectorProfileName: string, connectorType: 'Salesforce' | 'Zendesk', instanceUrl: string) =>
			client.send(
				new CreateConnectorProfileCommand({
					connectorProfileName,
					connectorType,
					connectionMode: 'Public',
					connectorProfileConfig: {
						connectorProfileProperties: { [connectorType]: { instanceUrl } },
						connectorProfileCredentials:
							connectorType === 'Salesforce'
								? { Salesforce: { accessToken: 'e2e-sf-access', refreshToken: 'e2e-sf-refresh' } }
								: { Zendesk: { clientId: 'c', clientSecret: 'e2e-zd-secret', accessToken: 'e2e-zd' } },
					},
				}),
			);
		await profile('sf-prod', 'Salesforce', 'https://example.my.salesforce.com');
		await profile('zendesk-support', 'Zendesk', 'https://acme.zendesk.com');
		client.destroy();
		const currentNodeParameters = {
			resource: 'flow',
			operation: 'createFlow',
			inputMode: 'fields',
			sourceFlowConfig: { source: { connectorType: 'Salesforce', connectorProfileName: 'sf-prod', object: 'Account' } },
			destinationFlowConfigList: { destination: [{ connectorType: 'S3' }, { connectorType: 'Zendesk' }] },
		};
		// Act: what the editor sends when a dropdown opens.
		const options = async (methodName: string, path: string) => {
			const response = await api('/rest/dynamic-node-parameters/options', {
				method: 'POST',
				body: JSON.stringify({
					nodeTypeAndVersion: { name: 'n8n-nodes-aws-appflow.awsAppFlow', version: 1 },
					path,
					methodName,
					currentNodeParameters,
					credentials: { awsAppFlowApi: EXAMPLE_CREDENTIAL },
				}),
			});
			expect(response.status).toBe(200);
			return ((response.body as { data: Array<{ value: string }> }).data ?? []).map((o) => o.value);
		};
		// Assess
		const source = 'parameters.sourceFlowConfig.source';
		expect(await options('listConnectorProfilesOfType', `${source}.connectorProfileName`)).toEqual(['sf-prod']);
		expect(
			await options(
				'listConnectorProfilesOfType',
				'parameters.destinationFlowConfigList.destination[1].connectorProfileName',
			),
		).toEqual(['zendesk-support']);
		expect(await options('listConnectorEntityOptions', `${source}.object`)).toEqual(
			expect.arrayContaining(['Account', 'Opportunity']),
		);
		expect(await options('listFilterFields', 'parameters.tasks.definition.filters.filter[0].field')).toEqual(
			expect.arrayContaining(['LastModifiedDate', 'AnnualRevenue']),
		);
	});
});
