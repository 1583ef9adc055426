/**
 * End-to-end tests (npm run test:e2e): the package installed in a real n8n (every tested line of
 * scripts/n8n/versions.ts by default: 2.41.1 on Node 24, 2.0.3 and 1.123.5; both install routes; see
 * test/e2e/globalSetup.ts), driven through the n8n CLI, its REST API and queue mode against the AppFlow emulator.
 * Slow: about 7 minutes per n8n line on the first run (installs into .n8n-local/), then minutes per line.
 * @type {import('jest').Config}
 */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
	// n8n processes are heavy and each CLI run starts a whole n8n: one test file at a time.
	maxWorkers: 1,
	testTimeout: 5 * 60_000,
	slowTestThreshold: 60,
};
