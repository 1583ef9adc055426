/**
 * The real-n8n driver shared by the demo (`npm run demo`, `npm start`), the end-to-end tier and the browser check.
 * versions.ts: the tested n8n lines; nodeRuntime.ts: their Node.js; install.ts: n8n installed once per line;
 * packageInstall.ts: this package built, packed and installed by both routes; processEnv.ts + dnsStub.js: the
 * hermetic environment; cli.ts: the n8n CLI, server and worker; rest.ts: n8n's REST API; credential.ts: the emulator
 * credential; runOutput.ts: the run `n8n execute` prints.
 */
export * from './cli';
export * from './credential';
export * from './install';
export * from './nodeRuntime';
export * from './packageInstall';
export * from './processEnv';
export * from './rest';
export * from './runOutput';
export * from './versions';
