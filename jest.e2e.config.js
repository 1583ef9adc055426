/**
 * End-to-end tests (npm run test:e2e): the package installed in a real n8n (2.0.3 and 1.123.5 by default, see
 * test/e2e/globalSetup.ts), driven through the n8n CLI against the AppFlow emulator. Slow: minutes on the first run
 * (n8n installs into .n8n-local/), then about a minute per n8n version.
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
