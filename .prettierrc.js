// n8n's own formatter settings (n8n-io/n8n: .prettierrc.js).
module.exports = {
	singleQuote: true,
	useTabs: true,
	trailingComma: 'all',
	printWidth: 120,
};
