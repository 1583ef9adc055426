/** The emulator in a child process (emulatorProcess.ts), so its work stays out of the measured process. */
import { spawn, type ChildProcess } from 'child_process';
import { join } from 'path';
import { createInterface } from 'readline';

export const ROOT = join(__dirname, '..', '..');

export interface EmulatorProcess {
	url: string;
	region: string;
	credentials: { accessKeyId: string; secretAccessKey: string };
	child: ChildProcess;
}

export async function startEmulatorProcess(flowQuota: number): Promise<EmulatorProcess> {
	const child = spawn(
		process.execPath,
		['-r', 'ts-node/register/transpile-only', join(__dirname, 'emulatorProcess.ts'), String(flowQuota)],
		{
			cwd: ROOT,
			stdio: ['pipe', 'pipe', 'inherit'],
			env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
		},
	);
	const line = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('the emulator did not start within 60 s')), 60_000);
		createInterface({ input: child.stdout! }).once('line', (text) => {
			clearTimeout(timer);
			resolve(text);
		});
		child.once('exit', (code) => reject(new Error(`the emulator exited with code ${code}`)));
	});
	return { ...(JSON.parse(line) as Omit<EmulatorProcess, 'child'>), child };
}

export function stopEmulatorProcess(emulator: EmulatorProcess | undefined): void {
	if (emulator && emulator.child.exitCode === null) emulator.child.kill('SIGTERM');
}

export async function control<T>(
	emulator: EmulatorProcess,
	method: 'GET' | 'POST',
	path: string,
	body?: object,
): Promise<T> {
	const response = await fetch(`${emulator.url}/__emulator/${path}`, {
		method,
		headers: body ? { 'content-type': 'application/json' } : undefined,
		body: body ? JSON.stringify(body) : undefined,
	});
	if (!response.ok) throw new Error(`emulator control ${method} ${path}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

export const setLatency = async (emulator: EmulatorProcess, latencyMs: number): Promise<void> => {
	await control(emulator, 'POST', 'latency', { latencyMs });
};

export const requestsFor = async (emulator: EmulatorProcess, action: string): Promise<number> =>
	(await control<{ requests: Record<string, number> }>(emulator, 'GET', 'stats')).requests[action] ?? 0;
