/**
 * Debian's PostgreSQL and Redis for the queue-mode test, started by the test itself on loopback ephemeral ports in
 * temporary folders, and stopped by it. PostgreSQL refuses to run as root: as root (CI), initdb and the server run
 * as Debian's `postgres` user (runuser), in a folder handed to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort, runCommand, stopTree, tail } from '../../../scripts/n8n/proc';

const PG_BIN = ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'].find((d) =>
	existsSync(join(d, 'initdb')),
);

export const DB_USER = 'n8n';
export const DB_NAME = 'n8n';

function asPostgresUser(command: string, args: string[]): [string, string[]] {
	if (process.getuid?.() !== 0) return [command, args];
	return ['runuser', ['-u', 'postgres', '--', command, ...args]];
}

async function run(command: string, args: string[], what: string, timeoutMs = 60_000): Promise<string> {
	const [cmd, cmdArgs] = asPostgresUser(command, args);
	const result = await runCommand(cmd, cmdArgs, { timeoutMs });
	if (result.code !== 0)
		throw new Error(`${what} failed (exit ${result.code}):\n${tail(result.stderr + result.stdout)}`);
	return result.stdout;
}

export class Postgres {
	private constructor(
		readonly dir: string,
		readonly port: number,
	) {}

	static async start(): Promise<Postgres> {
		if (!PG_BIN) throw new Error('PostgreSQL is not installed (apt-get install postgresql; .ci/run does it)');
		const dir = await mkdtemp(join(tmpdir(), 'appflow-queue-pg-'));
		if (process.getuid?.() === 0) {
			const { execFileSync } = await import('node:child_process');
			const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
			const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
			await chown(dir, uid, gid);
		}
		await chmod(dir, 0o700);
		const port = await freePort();
		const data = join(dir, 'data');
		await run(join(PG_BIN, 'initdb'), ['-D', data, '-U', DB_USER, '--auth=trust', '-E', 'UTF8', '--no-sync'], 'initdb');
		await run(
			join(PG_BIN, 'pg_ctl'),
			[
				'-D',
				data,
				'-l',
				join(dir, 'server.log'),
				'-w',
				'-t',
				'60',
				'-o',
				`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
				'start',
			],
			'pg_ctl start',
		);
		const pg = new Postgres(dir, port);
		await pg.query(`CREATE DATABASE ${DB_NAME}`, 'postgres');
		return pg;
	}

	/** One SQL statement through psql; rows as arrays of text, tab-separated by psql's unaligned mode. */
	async query(sql: string, database = DB_NAME): Promise<string[][]> {
		const out = await run(
			join(PG_BIN!, 'psql'),
			['-X', '-At', '-F', '\t', '-h', '127.0.0.1', '-p', String(this.port), '-U', DB_USER, '-d', database, '-c', sql],
			`psql: ${sql}`,
		);
		return out
			.split('\n')
			.filter((line) => line !== '')
			.map((line) => line.split('\t'));
	}

	env(): Record<string, string> {
		return {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(this.port),
			DB_POSTGRESDB_DATABASE: DB_NAME,
			DB_POSTGRESDB_USER: DB_USER,
			DB_POSTGRESDB_PASSWORD: '',
		};
	}

	async stop(): Promise<void> {
		await run(join(PG_BIN!, 'pg_ctl'), ['-D', join(this.dir, 'data'), '-m', 'fast', '-w', 'stop'], 'pg_ctl stop').catch(
			() => undefined,
		);
		await rm(this.dir, { recursive: true, force: true });
	}
}

export class Redis {
	private constructor(
		readonly dir: string,
		readonly port: number,
		private readonly child: ChildProcess,
	) {}

	static async start(): Promise<Redis> {
		const server = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p));
		if (!server) throw new Error('Redis is not installed (apt-get install redis-server; .ci/run does it)');
		const dir = await mkdtemp(join(tmpdir(), 'appflow-queue-redis-'));
		const port = await freePort();
		const child = spawn(
			server,
			['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
			{ detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
		);
		let output = '';
		child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const deadline = Date.now() + 20_000;
		while (!/Ready to accept connections/.test(output)) {
			if (child.exitCode !== null || Date.now() > deadline) {
				await stopTree(child);
				throw new Error(`redis-server did not start:\n${tail(output)}`);
			}
			await new Promise((r) => setTimeout(r, 100));
		}
		return new Redis(dir, port, child);
	}

	env(): Record<string, string> {
		return { EXECUTIONS_MODE: 'queue', QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(this.port) };
	}

	async stop(): Promise<void> {
		await stopTree(this.child, 5000);
		await rm(this.dir, { recursive: true, force: true });
	}
}
