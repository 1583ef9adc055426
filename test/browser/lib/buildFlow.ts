/**
 * The browser check's flow build: a Salesforce to S3 flow made in the real editor with the pickers only (connector
 * type, profile, object, two mapped fields, a filter on a date-time field with a picked date), run with "Execute
 * step" against the emulator, then read back from the emulator. Also the Flow Execution > Get Many runs filter, for
 * the README's screenshot.
 */
import {
	AppflowClient,
	CreateConnectorProfileCommand,
	DescribeFlowCommand,
	type ConnectorProfileConfig,
	type ConnectorType,
	type Task,
} from '@aws-sdk/client-appflow';
import type { Locator, Page } from 'playwright-core';

import type { Emulator } from '../../../emulator/server';
import { toEpochMs } from '../../../nodes/AwsAppFlow/actions/flowExecution/runFilters';
import type { expectedFrom } from './expected';
import { addNodeFromCreator, chooseOption, dropdownOptionNames, parameterValue, waitUntil } from './editor';

export const BUILT_FLOW = 'salesforce-accounts-to-lake';
export const SALESFORCE_PROFILE = 'salesforce-prod';
/** A profile of another connector type: the Salesforce source's profile list must not offer it. */
const OTHER_PROFILE = 'zendesk-support';
/** The date picked for the filter, as typed into n8n's date-time picker (read in the instance's time zone). */
const PICKED_DATE = '2026-11-01 00:00:00';

/** The check's set-up, through the emulator's AppFlow API: a Salesforce profile to pick, a Zendesk one not to. */
async function createProfiles(emulator: Emulator): Promise<void> {
	const client = new AppflowClient({ region: 'us-east-1', endpoint: emulator.url, credentials: emulator.credentials });
	const create = async (name: string, connectorType: ConnectorType, config: ConnectorProfileConfig) =>
		await client.send(
			new CreateConnectorProfileCommand({
				connectorProfileName: name,
				connectorType,
				connectionMode: 'Public',
				connectorProfileConfig: config,
			}),
		);
	try {
		await create(SALESFORCE_PROFILE, 'Salesforce', {
			connectorProfileProperties: { Salesforce: { instanceUrl: 'https://example.my.salesforce.com' } },
			connectorProfileCredentials: { Salesforce: { accessToken: 'browser-sf-access', refreshToken: 'browser-sf-r' } },
		});
		await create(OTHER_PROFILE, 'Zendesk', {
			connectorProfileProperties: { Zendesk: { instanceUrl: 'https://acme.zendesk.com' } },
			connectorProfileCredentials: {
				Zendesk: { clientId: 'c', clientSecret: 'browser-zd-s', accessToken: 'browser-zd' },
			},
		});
	} finally {
		client.destroy();
	}
}

/** Picks `option` in the (open-on-click) select that shows `placeholder`, e.g. a fixedCollection's "Set Source". */
async function pickFromSelect(page: Page, scope: Locator, placeholder: string, option: string): Promise<void> {
	// n8n's select shows the placeholder in its input (the placeholder attribute), or as text in newer versions.
	await scope
		.getByPlaceholder(placeholder, { exact: true })
		.or(scope.getByText(placeholder, { exact: true }))
		.last()
		.click();
	const item = page
		.locator('.el-select-dropdown__item:visible')
		.filter({ has: page.getByText(option, { exact: true }) })
		.first();
	await item.click();
	await item.waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Picks `name` in the dropdown of one parameter input (one row of a multiple-values collection). */
async function chooseInRow(page: Page, input: Locator, name: string): Promise<void> {
	const combobox = input.locator('input[role="combobox"]').first();
	const listId = await combobox.getAttribute('aria-controls');
	await input.click();
	const options = page.locator(`[id="${listId}"]`).locator('.el-select-dropdown__item');
	await options.first().waitFor({ state: 'visible', timeout: 15_000 });
	await options.filter({ has: page.locator('.option-headline').getByText(name, { exact: true }) }).click();
	await waitUntil(
		() => combobox.inputValue(),
		(value) => value === name,
		(last) => `the field shows "${last}" after choosing "${name}"`,
	);
}

/** Waits until a dropdown's options (loaded from AppFlow) include `wanted`; returns them all. */
async function loadedOptions(page: Page, scope: Locator, parameter: string, wanted: string[]): Promise<string[]> {
	return await waitUntil(
		() => dropdownOptionNames(page, scope, parameter),
		(names) => wanted.every((w) => names.includes(w)),
		(last) => `${parameter} lists [${(last ?? []).join(', ')}], not ${wanted.join(', ')}`,
		20_000,
	);
}

/** Fills the Create Flow form of the open panel with pickers only; the panel must show Flow → Create in Fields mode. */
async function buildSalesforceToS3(page: Page, panel: Locator, shots: Pick<FlowBuildContext, 'shoot'>): Promise<void> {
	await panel.getByTestId('parameter-input-flowName').locator('input, textarea').first().fill(BUILT_FLOW);

	const source = panel.getByTestId('fixed-collection-sourceFlowConfig');
	await pickFromSelect(page, source, 'Set Source', 'Source');
	await chooseOption(page, source, 'connectorType', 'Salesforce');
	const profiles = await loadedOptions(page, source, 'connectorProfileName', [SALESFORCE_PROFILE]);
	if (profiles.includes(OTHER_PROFILE))
		throw new Error(`the Salesforce source offers the Zendesk profile: [${profiles.join(', ')}]`);
	await chooseOption(page, source, 'connectorProfileName', SALESFORCE_PROFILE);
	await loadedOptions(page, source, 'object', ['Account', 'Opportunity']);
	await dropdownOptionNames(page, source, 'object', async () => {
		await page.waitForTimeout(400);
		await shots.shoot('create-flow-object-picker');
	});
	await chooseOption(page, source, 'object', 'Account');

	const destination = panel.getByTestId('fixed-collection-destinationFlowConfigList');
	await pickFromSelect(page, destination, 'Add Destination', 'Destination');
	if ((await parameterValue(destination, 'connectorType')) !== 'Amazon S3')
		await chooseOption(page, destination, 'connectorType', 'Amazon S3');
	await destination.getByTestId('parameter-input-bucketName').locator('input').first().fill('lake');

	const tasks = panel.getByTestId('fixed-collection-tasks');
	await tasks.getByRole('button', { name: 'Set Tasks' }).click();
	await chooseOption(page, tasks, 'mode', 'Explicit Mappings');
	const mappings = tasks.getByTestId('fixed-collection-mappings');
	for (const [row, field] of ['Account ID (Id)', 'Account Name (Name)'].entries()) {
		await mappings.getByRole('button', { name: 'Add Mapping' }).click();
		await chooseInRow(page, mappings.getByTestId('parameter-input-sourceField').nth(row), field);
	}
	const filters = tasks.getByTestId('fixed-collection-filters');
	await filters.getByRole('button', { name: 'Add Filter' }).click();
	// n8n also marks every text input "parameter-input-field": the Field parameter is the one holding a dropdown.
	const field = filters
		.locator('div[data-test-id="parameter-input-field"]')
		.filter({ has: page.getByRole('combobox') });
	await chooseInRow(page, field.first(), 'Last Modified Date (LastModifiedDate)');
	await chooseOption(page, filters, 'operator', 'Greater Than');
	await chooseOption(page, filters, 'valueType', 'Date and Time');
	const date = filters.getByTestId('parameter-input-dateValue').locator('input').first();
	await date.fill(PICKED_DATE);
	await date.press('Enter');
	await shots.shoot('create-flow-filled');
}

/** Runs the open node ("Execute step"): the output shows one item with the flow's ARN and status. */
async function runOpenNode(page: Page, panel: Locator): Promise<void> {
	await panel.getByTestId('node-execute-button').first().click();
	// The output table's header cells; the ARN itself is checked in the emulator.
	for (const column of ['flowArn', 'flowStatus'])
		await panel.getByText(column, { exact: true }).first().waitFor({ state: 'visible', timeout: 60_000 });
}

/** The editor's time zone (the instance's), which its date-time picker reads times in. */
async function instanceTimeZone(baseUrl: string): Promise<string> {
	const response = await fetch(`${baseUrl}/rest/settings`);
	const body = (await response.json()) as { data?: { timezone?: string } };
	return body.data?.timezone ?? 'America/New_York';
}

/** Reads the flow back from the emulator and checks its source, destination and tasks; returns a summary. */
async function checkBuiltFlow(emulator: Emulator, timeZone: string): Promise<string> {
	const client = new AppflowClient({ region: 'us-east-1', endpoint: emulator.url, credentials: emulator.credentials });
	try {
		const flow = await client.send(new DescribeFlowCommand({ flowName: BUILT_FLOW }));
		const source = flow.sourceFlowConfig;
		const problems: string[] = [];
		if (source?.connectorType !== 'Salesforce' || source.connectorProfileName !== SALESFORCE_PROFILE)
			problems.push(`source ${JSON.stringify(source)}`);
		if (source?.sourceConnectorProperties?.Salesforce?.object !== 'Account')
			problems.push('source object is not Account');
		const destination = flow.destinationFlowConfigList?.[0];
		if (destination?.connectorType !== 'S3' || destination.destinationConnectorProperties?.S3?.bucketName !== 'lake')
			problems.push(`destination ${JSON.stringify(destination)}`);
		const want = String(toEpochMs(PICKED_DATE.replace(' ', 'T'), timeZone));
		const summary = (t: Task) =>
			`${t.taskType}:${(t.sourceFields ?? []).join('+')}:${Object.values(t.connectorOperator ?? {})[0] ?? ''}:${JSON.stringify(t.taskProperties ?? {})}:${t.destinationField ?? ''}`;
		const seen = (flow.tasks ?? []).map(summary);
		const expected = [
			'Filter:Id+Name:PROJECTION:{}:',
			`Filter:LastModifiedDate:GREATER_THAN:{"VALUE":"${want}","DATA_TYPE":"datetime"}:`,
			'Map:Id:NO_OP:{}:Id',
			'Map:Name:NO_OP:{}:Name',
		];
		if (JSON.stringify(seen) !== JSON.stringify(expected))
			problems.push(`tasks\n      ${seen.join('\n      ')}\n    expected\n      ${expected.join('\n      ')}`);
		if (problems.length > 0) throw new Error(`the flow in the emulator differs: ${problems.join('; ')}`);
		return `${flow.flowArn}: Salesforce Account (${SALESFORCE_PROFILE}) to s3://lake, ${seen.length} tasks, filter VALUE ${want} (${PICKED_DATE} ${timeZone})`;
	} finally {
		client.destroy();
	}
}

/** Switches the open panel to Flow Execution > Get Many and adds two of its Filters, for the README's screenshot. */
async function showRunsFilter(page: Page, panel: Locator, resource: string, operation: string): Promise<void> {
	await chooseOption(page, panel, 'resource', resource);
	await chooseOption(page, panel, 'operation', operation);
	const parameters = panel.getByTestId('node-parameters');
	for (const option of ['Statuses', 'Started After']) {
		await pickFromSelect(page, panel, 'Add Filter', option);
		await parameters.getByText(option, { exact: true }).first().waitFor({ state: 'visible', timeout: 10_000 });
	}
}

type Expected = ReturnType<typeof expectedFrom>;

export interface FlowBuildContext {
	page: Page;
	baseUrl: () => string;
	emulator: () => Emulator;
	/** What the built node declares (display names as the editor shows them). */
	expected: Expected;
	/** Writes a screenshot to the artifacts (and, with --update-screenshot, to docs/screenshots/<label>.png). */
	shoot(label: string): Promise<void>;
	log(line: string): void;
}

/** The checks, in order; each needs the one before. */
export function flowBuildChecks(ctx: FlowBuildContext): Array<{ name: string; run: () => Promise<string | void> }> {
	const { page, expected } = ctx;
	const panel = page.getByTestId('ndv');
	const names = {
		flowResource: expected.resourceName('flow'),
		createOperation: expected.operationName('flow', 'createFlow'),
		createAction: expected.operationAction('flow', 'createFlow'),
		runsResource: expected.resourceName('flowExecution'),
		runsOperation: expected.operationName('flowExecution', 'describeFlowExecutionRecords'),
	};
	// Each check needs the one before: after a failure the rest fail at once instead of waiting for what cannot come.
	let failed: string | undefined;
	const step = (name: string, run: () => Promise<string | void>) => ({
		name,
		run: async () => {
			if (failed) throw new Error(`not run: "${failed}" failed`);
			try {
				return await run();
			} catch (error) {
				failed = name;
				throw error;
			}
		},
	});
	return [
		step(
			`a new workflow gets AWS AppFlow → "${names.createAction}" from the node creator (the emulator has a Salesforce and a Zendesk profile)`,
			async () => {
				await createProfiles(ctx.emulator());
				await page.goto(`${ctx.baseUrl()}/workflow/new`);
				await page.getByTestId('node-creator-plus-button').waitFor({ state: 'visible', timeout: 30_000 });
				await addNodeFromCreator(page, 'AWS AppFlow', 'AWS AppFlow', names.createAction);
				await panel.waitFor({ state: 'visible', timeout: 15_000 });
				const seen = `${await parameterValue(panel, 'resource')} / ${await parameterValue(panel, 'operation')}`;
				if (seen !== `${names.flowResource} / ${names.createOperation}`) throw new Error(`the panel shows ${seen}`);
			},
		),
		step(
			`builds a Salesforce (${SALESFORCE_PROFILE}, Account) to S3 flow with pickers only: two mapped fields and a Last Modified Date filter with a picked date`,
			async () => await buildSalesforceToS3(page, panel, ctx),
		),
		step(
			'Execute step runs the node against the emulator, and the emulator has the flow with the source, destination and tasks built',
			async () => {
				await runOpenNode(page, panel);
				ctx.log(await checkBuiltFlow(ctx.emulator(), await instanceTimeZone(ctx.baseUrl())));
				return 'create-flow-run';
			},
		),
		step(
			`${names.runsResource} → ${names.runsOperation} offers the runs filter (Statuses, Started After)`,
			async () => {
				await showRunsFilter(page, panel, names.runsResource, names.runsOperation);
				await ctx.shoot('runs-filter');
			},
		),
	];
}
