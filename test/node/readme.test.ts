/** README's operations table is generated from the node (scripts/operations-table.ts): it must match the code. */
import { readFileSync } from 'fs';
import { join } from 'path';

import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';
import { operationsTable } from '../../scripts/operations-table';

const readme = () => readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

it('README lists every operation exactly as the node defines it', () => {
	const between = /<!-- operations-table:start[^>]*-->\n([\s\S]*?)\n<!-- operations-table:end -->/.exec(readme());
	expect(between).not.toBeNull();
	expect(between![1]).toBe(operationsTable());
});

it("README's count of AppFlow actions is the model's", () => {
	const counts = [...readme().matchAll(/\b(\d+) (?:API )?actions\b/g)].map((m) => Number(m[1]));
	expect(counts.length).toBeGreaterThan(0);
	expect(new Set(counts)).toEqual(new Set([Object.keys(APPFLOW_MODEL.operations).length]));
});
