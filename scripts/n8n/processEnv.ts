/**
 * The environment every spawned n8n gets: nothing inherited that would change what it does (a parent's N8N_*, DB_*,
 * AWS_* or NODE_ENV), its own user folder, database, encryption key and task broker port, outside services switched
 * off, and name lookups stubbed to loopback (dnsStub.js). PATH starts with the line's Node so a `node` n8n spawns
 * is the same one.
 */
import { dirname, join } from 'node:path';

import type { NodeRuntime } from './nodeRuntime';
import { freePort } from './proc';

export const DNS_STUB = join(__dirname, 'dnsStub.js');

/** Environment variables a parent shell may carry that would change what the spawned n8n does. */
/** NODE_ENV=test (set by jest) makes n8n refuse to load nodes ("Not available in tests"). */
const INHERITED_PREFIXES = [
	'N8N_',
	'DB_',
	'AWS_',
	'EXECUTIONS_',
	'QUEUE_',
	'GENERIC_',
	'WEBHOOK_URL',
	'VUE_APP_',
	'NODE_ENV',
	'NODE_OPTIONS',
	'JEST_',
	'npm_',
];

/** Settings that keep n8n from calling n8n's services: telemetry, version checks, templates, banners, license. */
export const OFFLINE_SETTINGS: Record<string, string> = {
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_DYNAMIC_BANNERS_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_HIRING_BANNER_ENABLED: 'false',
	N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
};

export function withoutInherited(source: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(source)) {
		if (!INHERITED_PREFIXES.some((prefix) => key.startsWith(prefix))) env[key] = value;
	}
	return env;
}

export interface N8nEnvOptions {
	runtime: NodeRuntime;
	userFolder: string;
	encryptionKey: string;
	/** Defaults to SQLite in the user folder; queue mode passes Postgres settings. */
	database?: Record<string, string>;
	extra?: Record<string, string>;
}

export async function n8nEnv(options: N8nEnvOptions): Promise<NodeJS.ProcessEnv> {
	const base = withoutInherited();
	return {
		...base,
		PATH: `${dirname(options.runtime.execPath)}:${base.PATH ?? '/usr/bin:/bin'}`,
		NODE_OPTIONS: `--require ${DNS_STUB}`,
		N8N_USER_FOLDER: options.userFolder,
		N8N_ENCRYPTION_KEY: options.encryptionKey,
		...(options.database ?? {
			DB_TYPE: 'sqlite',
			DB_SQLITE_DATABASE: join(options.userFolder, '.n8n', 'database.sqlite'),
		}),
		...OFFLINE_SETTINGS,
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_LOG_OUTPUT: 'console',
		NODE_NO_WARNINGS: '1',
		...options.extra,
	};
}
