/**
 * Prints README's operations table from the node itself, so the table cannot drift from the code.
 * test/node/readme.test.ts fails if README.md does not contain exactly this table.
 */
import { RESOURCES } from '../nodes/AwsAppFlow/actions/registry';

export function operationsTable(): string {
	const rows = RESOURCES.flatMap((resource) =>
		resource.operations.map((op) => {
			const d = op.definition;
			const emits = d.description.replace(/\s*\([A-Za-z]+\)$/, '');
			return `| ${resource.name} (\`${resource.value}\`) | ${d.name} (\`${d.operation}\`) | ${d.action} | ${emits} |`;
		}),
	);
	return ['| Resource | Operation | AppFlow action | What it does and emits |', '|---|---|---|---|', ...rows].join(
		'\n',
	);
}

if (require.main === module) console.log(operationsTable());
