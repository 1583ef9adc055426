/**
 * Preloaded (node --require) into every n8n a test or the demo spawns: name lookups answer only for localhost.
 * n8n 2.41 looks up api.n8n.io (and other n8n services) at start; nothing outside this machine may be asked, and a
 * lookup that hangs until its timeout would slow every start. Refused names fail at once with ENOTFOUND, as they
 * would offline, and are listed once on stderr so a log shows what n8n tried to reach.
 */
'use strict';

const dns = require('node:dns');

const refusedNames = new Set();

function isLocal(hostname) {
	const name = String(hostname).toLowerCase().replace(/\.$/, '');
	return name === 'localhost' || name.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(name) || name === '::1';
}

function refusal(hostname) {
	if (!refusedNames.has(hostname)) {
		refusedNames.add(hostname);
		process.stderr.write(`[dns-stub] refused lookup of ${hostname} (loopback only)\n`);
	}
	const error = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
	error.code = 'ENOTFOUND';
	error.errno = -3008;
	error.syscall = 'getaddrinfo';
	error.hostname = hostname;
	return error;
}

const lookup = dns.lookup;
dns.lookup = function stubbedLookup(hostname, options, callback) {
	const done = typeof options === 'function' ? options : callback;
	if (isLocal(hostname)) return lookup.apply(this, arguments);
	process.nextTick(done, refusal(hostname));
	return {};
};

const promisesLookup = dns.promises.lookup;
dns.promises.lookup = async function stubbedPromisesLookup(hostname, ...rest) {
	if (isLocal(hostname)) return await promisesLookup.call(this, hostname, ...rest);
	throw refusal(hostname);
};

for (const method of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt', 'resolveSrv']) {
	const original = dns[method];
	if (typeof original !== 'function') continue;
	dns[method] = function stubbedResolve(hostname, ...rest) {
		const done = rest[rest.length - 1];
		if (isLocal(hostname) || typeof done !== 'function') return original.call(this, hostname, ...rest);
		process.nextTick(done, refusal(hostname));
	};
	dns.promises[method] = async function stubbedPromisesResolve(hostname) {
		throw refusal(hostname);
	};
}
