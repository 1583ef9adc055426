import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
	const template = process.env.APPFLOW_E2E_TEMPLATE;
	if (template && !process.env.APPFLOW_E2E_KEEP) await rm(template, { recursive: true, force: true });
}
