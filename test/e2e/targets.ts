/**
 * What the end-to-end tier runs on: each n8n line under test, with the package installed by each route
 * (globalSetup.ts sets APPFLOW_E2E_TARGETS). Every file runs its cases on each target of the routes it covers.
 */
import type { InstallRoute } from '../../scripts/n8n';

export interface E2eTarget {
	version: string;
	/** The Node.js version n8n runs on. */
	node: string;
	route: InstallRoute;
	/** A user folder with the package installed by `route`, copied by each test's stack. */
	template: string;
}

const targets = JSON.parse(process.env.APPFLOW_E2E_TARGETS ?? '[]') as E2eTarget[];

/** Only under jest.e2e.config.js (globalSetup installs n8n and packs the package); skipped under the unit config. */
export const describeE2E = targets.length > 0 ? describe : describe.skip;

const label = (t: E2eTarget) => `${t.version} (Node ${t.node}, ${t.route} route)`;
const placeholder = [{ label: '(not configured: run npm run test:e2e)', target: undefined as unknown as E2eTarget }];

/** Every target: for what depends on which n8n-workflow the node runs with (samples, waits, the trigger). */
export const ALL_TARGETS =
	targets.length > 0 ? targets.map((target) => ({ label: label(target), target })) : placeholder;

/**
 * Community route only, one per line: the rest of the tier (every resource, errors, the editor) tests n8n and the
 * node, which do not change with the route; on the npm route the node differs only in how it was installed.
 */
const community = targets.filter((t) => t.route === 'community');
export const LINE_TARGETS =
	community.length > 0
		? community.map((target) => ({ label: label(target), target }))
		: targets.length > 0
			? targets.map((target) => ({ label: label(target), target }))
			: placeholder;
