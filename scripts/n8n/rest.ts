/**
 * n8n's internal REST API (what the editor uses), for what the CLI cannot do reliably: set up the owner, sign in,
 * create and activate workflows (2.0.3's `publish:workflow` after an import fails, 1.123.5's
 * `update:workflow --active` hits a foreign-key error), and read executions.
 */

/** The owner account `npm start` creates so the editor opens at its sign-in page instead of the setup form. */
export const DEMO_OWNER = { email: 'demo@example.com', firstName: 'Demo', lastName: 'User', password: 'AppFlowDemo1' };

const BROWSER_ID = 'n8n-nodes-aws-appflow-tests';

/**
 * Sets up the instance owner through n8n's REST API (POST /rest/owner/setup), as the setup form would.
 * Returns false when an owner exists already (the form is then gone and the sign-in page shows).
 */
export async function setupOwner(baseUrl: string, owner = DEMO_OWNER): Promise<boolean> {
	const settings = (await (await fetch(`${baseUrl}/rest/settings`)).json()) as {
		data?: { userManagement?: { showSetupOnFirstLoad?: boolean } };
	};
	if (settings.data?.userManagement?.showSetupOnFirstLoad === false) return false;
	const response = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
		body: JSON.stringify(owner),
	});
	if (response.status === 400 && /already/i.test(await response.clone().text())) return false;
	if (!response.ok) throw new Error(`Owner setup failed: HTTP ${response.status} ${await response.text()}`);
	return true;
}

export interface RestResponse<T = unknown> {
	status: number;
	body: T;
	headers: Headers;
}

export interface ExecutionSummary {
	id: string;
	workflowId: string;
	status: string;
	mode: string;
	finished?: boolean;
}

/** A signed-in session with an n8n server. */
export class N8nRestClient {
	private constructor(
		readonly baseUrl: string,
		private readonly cookie: string,
	) {}

	/** Sets up the owner if there is none yet, then signs in as it. */
	static async signIn(baseUrl: string, owner = DEMO_OWNER): Promise<N8nRestClient> {
		await setupOwner(baseUrl, owner);
		const response = await fetch(`${baseUrl}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
			// 1.x reads `email`, 2.x `emailOrLdapLoginId`.
			body: JSON.stringify({ email: owner.email, emailOrLdapLoginId: owner.email, password: owner.password }),
		});
		if (!response.ok) throw new Error(`Sign-in failed: HTTP ${response.status} ${await response.text()}`);
		const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
		return new N8nRestClient(baseUrl, cookie);
	}

	async request<T = unknown>(method: string, path: string, body?: unknown): Promise<RestResponse<T>> {
		const response = await fetch(`${this.baseUrl}${path}`, {
			method,
			headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID, cookie: this.cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		const parsed = text.startsWith('{') || text.startsWith('[') ? (JSON.parse(text) as T) : (text as T);
		return { status: response.status, body: parsed, headers: response.headers };
	}

	private async data<T>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await this.request<{ data: T }>(method, path, body);
		if (response.status >= 300) {
			throw new Error(`${method} ${path}: HTTP ${response.status} ${JSON.stringify(response.body).slice(0, 500)}`);
		}
		return response.body.data;
	}

	/** POST /rest/workflows, inactive (1.x and 2.0 require `active`): n8n assigns the id and versionId. */
	async createWorkflow(workflow: Record<string, unknown>): Promise<{ id: string; versionId: string }> {
		const { id, versionId, ...rest } = workflow;
		void [id, versionId];
		return await this.data('POST', '/rest/workflows', { ...rest, active: false });
	}

	/**
	 * Activates a workflow: 2.x publishes its current version (POST /rest/workflows/:id/activate), 1.x sets
	 * `active` on it (PATCH /rest/workflows/:id). Fails with n8n's message (a trigger that threw on its first poll).
	 */
	async activateWorkflow(id: string, versionId: string): Promise<void> {
		const activate = await this.request('POST', `/rest/workflows/${id}/activate`, { versionId });
		if (activate.status === 404) {
			await this.data('PATCH', `/rest/workflows/${id}`, { active: true, versionId });
			return;
		}
		if (activate.status >= 300) {
			throw new Error(`Activating ${id}: HTTP ${activate.status} ${JSON.stringify(activate.body).slice(0, 500)}`);
		}
	}

	async deactivateWorkflow(id: string): Promise<void> {
		const deactivate = await this.request('POST', `/rest/workflows/${id}/deactivate`, {});
		if (deactivate.status === 404) await this.data('PATCH', `/rest/workflows/${id}`, { active: false });
	}

	/** GET /rest/executions of one workflow, newest first. */
	async executions(workflowId: string): Promise<ExecutionSummary[]> {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const data = await this.data<{ results: ExecutionSummary[] } | ExecutionSummary[]>(
			'GET',
			`/rest/executions?filter=${filter}`,
		);
		return Array.isArray(data) ? data : data.results;
	}

	/** GET /rest/executions/:id: the run with its data (n8n returns it flattened; parse with `flatted`-free JSON). */
	async execution(id: string): Promise<{ status: string; data: string; mode: string }> {
		return await this.data('GET', `/rest/executions/${id}`);
	}
}
