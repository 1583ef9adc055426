// ESLint flat config: n8n's own lint rules for community node packages, set up the way n8n's
// `@n8n/node-cli` (the tool behind `npm create @n8n/node`) sets them up, plus @n8n/eslint-plugin-community-nodes.
import eslint from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// eslint-plugin-n8n-nodes-base ships eslintrc-style configs; only their `rules` carry over to flat config.
const { community, credentials, nodes } = n8nNodesBase.configs;

export default defineConfig([
	globalIgnores(['dist/**', 'node_modules/**']),
	{
		files: ['**/*.ts'],
		extends: [eslint.configs.recommended, tseslint.configs.recommended],
	},
	{ plugins: { 'n8n-nodes-base': n8nNodesBase } },

	// Rules for community packages from n8n. The non-Cloud preset: it leaves out the Cloud-only
	// `no-restricted-imports` / `no-restricted-globals` (only n8n-workflow and a few libraries importable).
	n8nCommunityNodesPlugin.configs.recommendedWithoutN8nCloudSupport,
	{
		rules: {
			// Our one sanctioned deviation: the AWS SDK (@aws-sdk/client-appflow and its credential providers)
			// is a runtime dependency. This makes the package self-hosted only (README says so); n8n Cloud
			// does not install community nodes with dependencies.
			'@n8n/community-nodes/no-runtime-dependencies': 'off',
		},
	},

	// package.json: both plugins read it as a JS object literal (ObjectExpression under an
	// ExpressionStatement), which is what the TypeScript parser produces for a .json file.
	{
		files: ['package.json'],
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { extraFileExtensions: ['.json'] },
		},
		rules: { ...community.rules },
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...credentials.rules,
			// Superseded by @n8n/community-nodes/credential-documentation-url, which accepts a full URL
			// (what community packages must use); this older rule wants a camelCase slug.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...nodes.rules,
			// Written for `inputs: ['main']` string literals; current n8n uses NodeConnectionTypes.Main
			// (required by @n8n/community-nodes/node-connection-type-literal). n8n's node-cli turns these off too.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
]);
