/**
 * README's compatibility table promises exactly what CI runs: the n8n lines in scripts/n8n/versions.ts (which the
 * end-to-end tier runs by default), each with its Node.js and both install routes, and the import check's range.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import { ALL_LINES, NODE_BINARIES } from '../../scripts/n8n/versions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SUPPORTED_RANGE } = require('../../scripts/check-n8n-workflow-imports.js') as {
	SUPPORTED_RANGE: Array<{ n8nWorkflow: string; n8n: string }>;
};

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Compatibility'), readme.indexOf('## Development'));
const rows = section
	.split('\n')
	.filter((line) => /^\| \d+\.\d+\.\d+ /.test(line))
	.map((line) => line.split('|').map((cell) => cell.trim()));

describe("README's compatibility table", () => {
	it('lists exactly the tested n8n lines, newest first, each with the Node.js it runs on', () => {
		expect(rows.map((r) => r[1].split(' ')[0])).toEqual(ALL_LINES.map((l) => l.version));
		for (const line of ALL_LINES) {
			const row = rows.find((r) => r[1].startsWith(`${line.version} `))!;
			const node = line.node === 'system' ? '20 (the machine' : `${NODE_BINARIES[line.node]} `;
			expect(row[2].startsWith(node)).toBe(true);
			expect(row[3]).toBe("n8n's community installer; `npm install` in `~/.n8n/nodes`");
		}
	});

	it("names the import check's two ends", () => {
		for (const end of SUPPORTED_RANGE) expect(section).toContain(`${end.n8nWorkflow} (n8n ${end.n8n})`);
	});
});
