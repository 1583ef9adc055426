/**
 * scripts/n8n/dnsStub.js, preloaded into every n8n the demo and the tests spawn: outside names fail at once with
 * ENOTFOUND (callback, promise and resolve APIs, and fetch), localhost still resolves. Nothing here asks a real DNS
 * server: refused names never reach getaddrinfo, and localhost comes from /etc/hosts.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';

const STUB = join(__dirname, '..', '..', 'scripts', 'n8n', 'dnsStub.js');

function runWithStub(code: string) {
	return spawnSync(process.execPath, ['--require', STUB, '-e', code], { encoding: 'utf8', timeout: 20_000 });
}

describe('the DNS stub for spawned n8n', () => {
	it('refuses outside names on every lookup API, once noted on stderr, and lets localhost through', () => {
		const result = runWithStub(`
			const dns = require('node:dns');
			const results = {};
			dns.lookup('api.n8n.io', (error) => {
				results.callback = error && error.code;
				dns.promises.lookup('api.n8n.io').catch((e) => (results.promise = e.code)).then(async () => {
					await new Promise((r) => dns.resolve4('api.n8n.io', (e) => r((results.resolve4 = e && e.code))));
					await fetch('https://api.n8n.io/api/mcp-servers').catch((e) => (results.fetch = e.cause && e.cause.code));
					const local = await dns.promises.lookup('localhost');
					results.localhost = local.address === '127.0.0.1' || local.address === '::1';
					console.log(JSON.stringify(results));
				});
			});
		`);
		expect(result.status).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual({
			callback: 'ENOTFOUND',
			promise: 'ENOTFOUND',
			resolve4: 'ENOTFOUND',
			fetch: 'ENOTFOUND',
			localhost: true,
		});
		expect(result.stderr.match(/\[dns-stub\] refused lookup of api\.n8n\.io/g)).toHaveLength(1);
	});
});
