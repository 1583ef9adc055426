/**
 * Connector secrets never leave the request: for every connector type's credentials members (secretTable.ts, from
 * the model), as stored, padded and tab-padded, through the node's validation errors (JSON mode and the fields form),
 * a wrong-type container, AWS errors that echo the request body, network failures, the connector secrets
 * credential and its Test button - in the thrown error, the Continue On Fail items and everything written.
 */
import { NodeApiError, NodeOperationError, type IDataObject, type INodeParameters } from 'n8n-workflow';

import { secretFieldName } from '../../nodes/AwsAppFlow/actions/connectorProfile/forms/connectorSecrets';
import { AwsAppFlowConnectorSecretsApi } from '../../credentials/AwsAppFlowConnectorSecretsApi.credentials';
import { isSecretShape } from '../../nodes/AwsAppFlow/model/secrets';
import { validateShape } from '../../nodes/AwsAppFlow/model/validate';
import { runCredentialTest, runNode } from '../harness/runNode';
import { startNodeBed, type NodeBed } from '../node/nodeBed';
import {
	captureEverything,
	credentialsOf,
	expectNoSecret,
	FORMS_OF,
	SECRET_CASES,
	written,
	type SecretCase,
	withForm,
} from './secretTable';

let bed: NodeBed;
beforeAll(async () => {
	bed = await startNodeBed();
	captureEverything();
});
afterAll(async () => {
	jest.restoreAllMocks();
	await bed.close();
});
beforeEach(() => {
	bed.emulator.reset();
	written.length = 0;
});

const profileName = (c: SecretCase) => `p-${c.form.key}`.slice(0, 60);

function jsonModeParameters(c: SecretCase, credentials: unknown): INodeParameters {
	return {
		resource: 'connectorProfile',
		operation: 'createConnectorProfile',
		connectorProfileName: profileName(c),
		connectorType: c.form.connectorType,
		connectionMode: 'Public',
		connectorProfileConfigMode: 'json',
		connectorProfileConfig: JSON.stringify({
			connectorProfileProperties: { [c.form.member]: c.properties },
			connectorProfileCredentials: credentials,
		}),
	};
}

/** The fields form, as the editor saves it: top-level fields and the `<type>Credentials` collection. */
function formParameters(c: SecretCase, transform: (s: string) => string): INodeParameters {
	const parameters: IDataObject = {
		resource: 'connectorProfile',
		operation: 'createConnectorProfile',
		connectorProfileName: profileName(c),
		connectorType: c.form.connectorType,
		connectionMode: 'Public',
	};
	const collections: Record<string, IDataObject> = {};
	for (const leaf of c.leaves) {
		const { field } = leaf;
		let v: unknown = withForm(leaf, transform);
		if (field.leaf.kind === 'map')
			v = { entries: Object.entries(v as IDataObject).map(([key, val]) => ({ key, value: val })) };
		if (field.leaf.kind === 'list') v = (v as string[]).join(',');
		if (field.collection) (collections[field.collection] ??= {})[field.name] = v as string;
		else parameters[field.name] = v as string;
	}
	// The type's required properties, through the form's own fields.
	for (const f of c.form.fields.filter((p) => p.part === 'properties' && p.leaf.required && !p.leaf.when)) {
		let v: unknown = f.leaf.path.reduce<unknown>((o, k) => (o as IDataObject | undefined)?.[k], c.properties);
		if (f.leaf.kind === 'list') v = (v as string[]).join(',');
		if (f.leaf.kind === 'map')
			v = { entries: Object.entries(v as IDataObject).map(([key, val]) => ({ key, value: val })) };
		if (f.collection) (collections[f.collection] ??= {})[f.name] = v as string;
		else parameters[f.name] = v as string;
	}
	return { ...parameters, ...collections } as INodeParameters;
}

async function outcomes(parameters: INodeParameters, options: { credentials?: Record<string, IDataObject> } = {}) {
	const run = (continueOnFail: boolean) =>
		runNode(bed.node, {
			parameters,
			continueOnFail,
			items: [{}],
			credentials: { awsAppFlowApi: bed.credentials.awsAppFlowApi, ...options.credentials } as never,
		}).then(
			(output) => ({ items: output[0], error: undefined as Error | undefined }),
			(error: Error) => ({ items: undefined, error }),
		);
	const thrown = await run(false);
	const continued = await run(true);
	return { error: thrown.error, items: continued.items, outputOnSuccess: thrown.items };
}

/** Whether AppFlow's model refuses the case with its secrets in this form (a pasted space breaks ^\S+$). */
const refusedInForm = (c: SecretCase, transform: (s: string) => string) =>
	c.leaves.some(
		(l) => l.secret !== undefined && validateShape(l.field.leaf.shapeName, withForm(l, transform)).length > 0,
	);

it('covers every connector type whose profile holds credentials, each with at least one secret', () => {
	expect(SECRET_CASES.length).toBeGreaterThanOrEqual(20);
	for (const c of SECRET_CASES)
		expect({ label: c.label, secrets: c.secrets.length > 0 }).toEqual({ label: c.label, secrets: true });
});

it('makes every secret of the connector secrets credential a password field (the model and the name rule decide)', () => {
	const properties = new AwsAppFlowConnectorSecretsApi().properties;
	for (const c of SECRET_CASES) {
		for (const { field } of c.leaves) {
			const property = properties.find((p) => p.name === secretFieldName(c.form, field.leaf))!;
			const mustHide = isSecretShape(field.leaf.shapeName) || field.leaf.kind !== 'scalar';
			if (mustHide)
				expect({ field: property.name, password: property.typeOptions?.password }).toEqual({
					field: property.name,
					password: true,
				});
		}
	}
	const byName = (name: string) => properties.find((p) => p.name === name)?.typeOptions?.password;
	expect([byName('salesforceRefreshToken'), byName('datadogApplicationKey'), byName('dynatraceApiToken')]).toEqual([
		true,
		true,
		true,
	]);
});

describe.each(SECRET_CASES.map((c) => [c.label, c] as const))('%s', (_label, c) => {
	it.each(Object.entries(FORMS_OF))(
		'validation errors (JSON mode) with the secrets %s: none appears',
		async (form, transform) => {
			const { error, items } = await outcomes(jsonModeParameters(c, credentialsOf(c, transform)));
			if (refusedInForm(c, transform)) {
				expect(error).toBeInstanceOf(NodeOperationError);
				expect(error!.message).toMatch(/\(secret, not shown\) must match/);
				expect(error!.message).toMatch(form === 'stored' ? /./ : /whitespace/);
			}
			expectNoSecret('error', error, c.secrets);
			expectNoSecret('items', items, c.secrets);
			expectNoSecret('written', written, c.secrets);
		},
	);

	it('validation errors (fields form) with padded secrets: none appears', async () => {
		const { error, items } = await outcomes(formParameters(c, FORMS_OF.padded));
		if (refusedInForm(c, FORMS_OF.padded)) expect(error?.message).toMatch(/\(secret, not shown\)/);
		expectNoSecret('error', error, c.secrets);
		expectNoSecret('items', items, c.secrets);
		expectNoSecret('written', written, c.secrets);
	});

	it.each([
		[
			'a list',
			(creds: Record<string, unknown>) => ({ [c.form.member]: Object.values(creds[c.form.member] as object) }),
		],
		['a string', (creds: Record<string, unknown>) => ({ [c.form.member]: JSON.stringify(creds[c.form.member]) })],
		['credentials as a list', (creds: Record<string, unknown>) => [creds]],
	])('a wrong-type container (%s) is named by its type, not its contents', async (_kind, wrong) => {
		const { error, items } = await outcomes(jsonModeParameters(c, wrong(credentialsOf(c))));
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error!.message).toMatch(/must be an object.*|\((a list of \d+|a string of \d+ characters|an object)\)/);
		expectNoSecret('error', error, c.secrets);
		expectNoSecret('items', items, c.secrets);
	});

	it.each(['stored', 'padded'] as const)(
		'an AWS error echoing the request body (secrets %s): none appears',
		async (form) => {
			if (refusedInForm(c, FORMS_OF[form])) return; // refused before sending: the validation test covers it
			bed.emulator.faults.add({
				kind: 'error',
				errorName: 'ValidationException',
				action: 'CreateConnectorProfile',
				echoRequest: true,
				count: 2,
			});
			const { error, items } = await outcomes(jsonModeParameters(c, credentialsOf(c, FORMS_OF[form])));
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error!.message).toMatch(
				/ValidationException in CreateConnectorProfile: Injected ValidationException: the request was \{/,
			);
			expect(error!.message).toContain('***');
			expectNoSecret('error', error, c.secrets);
			expectNoSecret('items', items, c.secrets);
			expectNoSecret('written', written, c.secrets);
		},
	);

	it('a network failure while sending them: none appears', async () => {
		bed.emulator.faults.add({ kind: 'reset', action: 'CreateConnectorProfile', count: 10 });
		const parameters = { ...jsonModeParameters(c, credentialsOf(c)), requestOptions: { maxAttempts: 1 } };
		const { error, items } = await outcomes(parameters);
		expect(error?.message).toMatch(/Could not get an answer from AWS AppFlow/);
		expectNoSecret('error', error, c.secrets);
		expectNoSecret('items', items, c.secrets);
	});

	const credentialData = (transform: (s: string) => string) => {
		const data: IDataObject = { connectorType: c.form.connectorType };
		for (const leaf of c.leaves) {
			const { field } = leaf;
			let v = withForm(leaf, transform);
			if (field.leaf.kind !== 'scalar') v = JSON.stringify(v);
			data[secretFieldName(c.form, field.leaf)] = v as string;
		}
		return data;
	};

	it('from the connector secrets credential, padded (trimmed on reading) and echoed by AWS: none appears', async () => {
		bed.emulator.faults.add({
			kind: 'error',
			errorName: 'ValidationException',
			action: 'CreateConnectorProfile',
			echoRequest: true,
			count: 2,
		});
		const parameters: INodeParameters = {
			...jsonModeParameters(c, undefined),
			connectorProfileCredentialsSource: 'credential',
		};
		parameters.connectorProfileConfig = JSON.stringify({
			connectorProfileProperties: { [c.form.member]: c.properties },
		});
		const { error, items } = await outcomes(parameters, {
			credentials: { awsAppFlowConnectorSecretsApi: credentialData(FORMS_OF.padded) },
		});
		const shapeOnly = c.leaves.filter((l) => l.field.leaf.kind === 'scalar');
		expect({ case: c.label, message: error?.message }).toEqual({
			case: c.label,
			message: expect.stringMatching(shapeOnly.length > 0 ? /ValidationException in CreateConnectorProfile/ : /./),
		});
		expectNoSecret('error', error, c.secrets);
		expectNoSecret('items', items, c.secrets);
		expectNoSecret('written', written, c.secrets);
	});

	it("the connector secrets credential's Test button: OK for valid values, an Error naming the field for bad ones", async () => {
		const ok = await runCredentialTest(
			bed.node,
			'awsAppFlowConnectorSecretsTest',
			credentialData(FORMS_OF.padded) as never,
		);
		expect(ok).toEqual({ status: 'OK', message: expect.stringContaining('Nothing was sent') });
		const spaced = await runCredentialTest(
			bed.node,
			'awsAppFlowConnectorSecretsTest',
			credentialData((s) => `${s} inner space`) as never,
		);
		if (refusedInForm(c, (s) => `${s} inner space`)) {
			expect(spaced).toEqual({
				status: 'Error',
				message: expect.stringMatching(/\(secret, not shown\) must match .*contains whitespace/),
			});
		}
		expectNoSecret('test results', [ok, spaced], c.secrets);
		expectNoSecret('written', written, c.secrets);
	});
});
