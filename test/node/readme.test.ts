/** README's operations table is generated from the node (scripts/operations-table.ts): it must match the code. */
import { readFileSync } from 'fs';
import { join } from 'path';

import { operationsTable } from '../../scripts/operations-table';

it('README lists every operation exactly as the node defines it', () => {
	const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
	const between = /<!-- operations-table:start[^>]*-->\n([\s\S]*?)\n<!-- operations-table:end -->/.exec(readme);
	expect(between).not.toBeNull();
	expect(between![1]).toBe(operationsTable());
});
