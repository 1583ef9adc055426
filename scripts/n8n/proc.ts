/**
 * Child processes for the demo and the end-to-end tests: every process gets a timeout, runs in its own process
 * group (n8n starts a task runner child), and is stopped by its own id, never by name.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

export interface RunResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	durationMs: number;
	timedOut: boolean;
}

export interface RunOptions {
	cwd?: string;
	env?: NodeJS.ProcessEnv;
	timeoutMs: number;
	/** Receives stdout and stderr as they arrive (for progress output). */
	onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
}

/** Sends a signal to a process group we started (detached), falling back to the process itself. */
export function signalTree(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* already gone */
		}
	}
}

/** Asks a process group to stop, then kills it if it has not exited after `graceMs`. */
export async function stopTree(child: ChildProcess, graceMs = 5000): Promise<void> {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
		// The leader may be gone while its group (a task runner) lives on.
		if (child.pid !== undefined) {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				/* no group left */
			}
		}
		return;
	}
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	signalTree(child, 'SIGTERM');
	let timer: NodeJS.Timeout | undefined;
	const killed = new Promise<void>((resolve) => {
		timer = setTimeout(() => {
			signalTree(child, 'SIGKILL');
			resolve();
		}, graceMs);
	});
	await Promise.race([exited, killed]);
	clearTimeout(timer);
	try {
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		/* group already empty */
	}
}

/** Runs a command to completion (or its timeout, when its process group is killed). */
export function runCommand(command: string, args: string[], options: RunOptions): Promise<RunResult> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const spawnOptions: SpawnOptions = {
			cwd: options.cwd,
			env: options.env ?? process.env,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		};
		const child = spawn(command, args, spawnOptions);
		let stdout = '';
		let stderr = '';
		let timedOut = false;
		child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
			stdout += chunk;
			options.onOutput?.(chunk, 'stdout');
		});
		child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
			options.onOutput?.(chunk, 'stderr');
		});
		const timer = setTimeout(() => {
			timedOut = true;
			void stopTree(child, 3000);
		}, options.timeoutMs);
		const stopOnExit = () => signalTree(child, 'SIGKILL');
		process.once('exit', stopOnExit);
		child.on('error', (error) => {
			clearTimeout(timer);
			process.removeListener('exit', stopOnExit);
			reject(error);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			process.removeListener('exit', stopOnExit);
			// A task runner left behind by a killed or crashed n8n belongs to the same group.
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				/* group already empty */
			}
			resolve({ code, signal, stdout, stderr, durationMs: Date.now() - started, timedOut });
		});
	});
}

/** A free TCP port on loopback (the OS picks it; it is released before return). */
export function freePort(host = '127.0.0.1'): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, host, () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export function formatDuration(ms: number): string {
	if (ms < 1000) return `${ms} ms`;
	if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
	return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** The last lines of a command's output, for error messages. */
export function tail(text: string, lines = 25): string {
	return text.trimEnd().split('\n').slice(-lines).join('\n');
}
