/**
 * What a person does in n8n's editor (2.x), as Playwright steps: sign in, open a workflow, double-click a node,
 * read and change its parameters, add a node from the node creator. Selectors are n8n's own data-test-id marks.
 */
import type { Locator, Page } from 'playwright-core';

/** Polls `read` until `ok` holds or `timeoutMs` passes; throws `message()` with the last value read. */
export async function waitUntil<T>(
	read: () => Promise<T>,
	ok: (value: T) => boolean,
	message: (last: T | undefined) => string,
	timeoutMs = 10_000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last: T | undefined;
	for (;;) {
		try {
			last = await read();
			if (ok(last)) return last;
		} catch {
			/* not there yet */
		}
		if (Date.now() > deadline) throw new Error(message(last));
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

export async function signIn(page: Page, baseUrl: string, owner: { email: string; password: string }): Promise<void> {
	await page.goto(`${baseUrl}/signin`);
	await page.locator('input[name="emailOrLdapLoginId"]').fill(owner.email);
	await page.locator('input[name="password"]').fill(owner.password);
	await page.getByTestId('form-submit-button').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 30_000 });
}

/** Opens /workflow/<id> and waits for its nodes on the canvas; returns the node types by node name. */
export async function openWorkflow(page: Page, baseUrl: string, id: string): Promise<Map<string, string>> {
	await page.goto(`${baseUrl}/workflow/${id}`);
	const nodes = page.getByTestId('canvas-node');
	await nodes.first().waitFor({ state: 'visible', timeout: 30_000 });
	const types = new Map<string, string>();
	for (const node of await nodes.all()) {
		const name = await node.getAttribute('data-node-name');
		if (name) types.set(name, (await node.getAttribute('data-node-type')) ?? '');
	}
	return types;
}

export function canvasNode(page: Page, name: string): Locator {
	return page.locator(`[data-test-id="canvas-node"][data-node-name="${name.replace(/"/g, '\\"')}"]`);
}

/** The icon a canvas node shows: its image's address and whether it loaded (an SVG of the package, served by n8n). */
export async function nodeIcon(page: Page, name: string): Promise<{ src: string; loaded: boolean }> {
	const img = canvasNode(page, name).locator('img').first();
	const src = (await img.getAttribute('src', { timeout: 5000 })) ?? '';
	const width = await img.evaluate((element) => {
		const image = element as unknown as { complete: boolean; naturalWidth: number };
		return image.complete ? image.naturalWidth : 0;
	});
	return { src, loaded: width > 0 };
}

/** Double-clicks a node on the canvas and waits for its panel (n8n's node details view). */
export async function openNodePanel(page: Page, name: string): Promise<Locator> {
	await canvasNode(page, name).dblclick();
	const panel = page.getByTestId('ndv');
	await panel.waitFor({ state: 'visible', timeout: 15_000 });
	await panel.getByTestId('node-parameters').waitFor({ state: 'visible' });
	return panel;
}

export async function panelTitle(panel: Locator): Promise<string> {
	return (await panel.getByTestId('node-title-container').innerText()).trim();
}

/** The text an options parameter shows (its selected option's name). */
export async function parameterValue(panel: Locator, parameter: string): Promise<string> {
	return await panel.getByTestId(`parameter-input-${parameter}`).locator('input').first().inputValue();
}

export async function credentialValue(panel: Locator): Promise<string> {
	return await panel.getByTestId('node-credentials-select').locator('input').first().inputValue();
}

/**
 * Opens an options parameter's dropdown; returns its options. Element Plus renders each select's list elsewhere in
 * the page (the input's aria-controls names it), and a list that is closing stays visible for a moment: scoping to
 * this select's own list keeps two dropdowns apart.
 */
async function openDropdown(page: Page, panel: Locator, parameter: string): Promise<Locator> {
	const input = panel.getByTestId(`parameter-input-${parameter}`).locator('input[role="combobox"]').first();
	const listId = await input.getAttribute('aria-controls');
	if (!listId) throw new Error(`the ${parameter} parameter is not a dropdown`);
	await panel.getByTestId(`parameter-input-${parameter}`).click();
	const options = page.locator(`[id="${listId}"]`).locator('.el-select-dropdown__item');
	await options.first().waitFor({ state: 'visible', timeout: 10_000 });
	return options;
}

/** Closes an open dropdown (Escape) and waits until its options are gone. */
export async function closeDropdown(page: Page, options: Locator): Promise<void> {
	if (await options.first().isVisible()) await page.keyboard.press('Escape');
	await options.first().waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Opens an options parameter's dropdown, reads the option names (headline, without the description), closes it. */
export async function dropdownOptionNames(
	page: Page,
	panel: Locator,
	parameter: string,
	whileOpen?: () => Promise<unknown>,
): Promise<string[]> {
	const options = await openDropdown(page, panel, parameter);
	const names = (await options.locator('.option-headline').allInnerTexts()).map((t) => t.trim());
	const result = names.length > 0 ? names : (await options.allInnerTexts()).map((t) => t.split('\n')[0].trim());
	await whileOpen?.();
	await closeDropdown(page, options);
	return result;
}

/** Picks option `name` of an options parameter and waits until the parameter shows it. */
export async function chooseOption(page: Page, panel: Locator, parameter: string, name: string): Promise<void> {
	const options = await openDropdown(page, panel, parameter);
	await options.filter({ has: page.locator('.option-headline').getByText(name, { exact: true }) }).click();
	// Picking closes the list; no Escape here (it would close the panel once the list is gone).
	await options.first().waitFor({ state: 'hidden', timeout: 10_000 });
	await waitUntil(
		() => parameterValue(panel, parameter),
		(value) => value === name,
		(last) => `${parameter} still shows "${last}" after choosing "${name}" (the editor did not take the change)`,
	);
}

/** Waits until every label is shown in the panel's parameter list; returns the ones that never showed. */
export async function missingLabels(panel: Locator, labels: string[], timeoutMs = 10_000): Promise<string[]> {
	const parameters = panel.getByTestId('node-parameters');
	const deadline = Date.now() + timeoutMs;
	let missing = labels;
	while (missing.length > 0 && Date.now() < deadline) {
		const next: string[] = [];
		for (const label of missing) {
			const visible = await parameters
				.getByText(label, { exact: true })
				.first()
				.isVisible()
				.catch(() => false);
			if (!visible) next.push(label);
		}
		missing = next;
		if (missing.length > 0) await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return missing;
}

/** The labels of the parameters the panel shows now (for messages). */
export async function shownLabels(panel: Locator): Promise<string[]> {
	const texts = await panel.getByTestId('node-parameters').getByTestId('parameter-item').allInnerTexts();
	return texts.map((t) => t.split('\n')[0].trim()).filter(Boolean);
}

export async function closeNodePanel(page: Page): Promise<void> {
	const panel = page.getByTestId('ndv');
	if (!(await panel.isVisible())) return;
	await page.getByTestId('ndv-close-button').click();
	await panel.waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * Adds a node through the node creator ("+" at the top right, search, pick the node, pick an action), as a person
 * starts with a node; resolves when the canvas has one node more (n8n then opens the new node's panel).
 */
export async function addNodeFromCreator(page: Page, search: string, nodeName: string, action: string): Promise<void> {
	const before = await page.getByTestId('canvas-node').count();
	await page.getByTestId('node-creator-plus-button').click();
	await page.getByTestId('node-creator').waitFor({ state: 'visible' });
	await page.keyboard.type(search, { delay: 20 });
	await page
		.locator('[data-test-id="node-creator-item-name"]:visible')
		.getByText(nodeName, { exact: true })
		.first()
		.click();
	const actionItem = page
		.locator('[data-test-id="node-creator-item-name"]:visible')
		.getByText(action, { exact: true })
		.first();
	// On an empty canvas the creator shows a node's triggers and folds its actions away ("Actions (26)"): unfold them.
	await actionItem.waitFor({ state: 'visible', timeout: 3000 }).catch(async () => {
		await page
			.getByText(/^Actions \(\d+\)$/)
			.first()
			.click();
	});
	await actionItem.click();
	// One node more; two on an empty canvas, where n8n adds a manual trigger before the first action node.
	await waitUntil(
		() => page.getByTestId('canvas-node').count(),
		(n) => n === before + 1 || (before === 0 && n === 2),
		(n) => `picking "${action}" did not add a node (${n ?? '?'} nodes on the canvas, ${before} before)`,
	);
}
