/**
 * When an item fails without Continue On Fail, n8n shows only the error: the items that had already succeeded (and
 * what they did in AWS: runs started, flows created) would be lost. This names them in the error's description.
 */
import type { INodeExecutionData } from 'n8n-workflow';

/** What identifies what an item did in AWS, in the order shown. */
const IDENTIFYING_KEYS = ['executionId', 'flowName', 'flowArn', 'connectorProfileArn', 'connectorArn', 'resourceArn'];
/** Items listed by name at most; the rest are counted. */
const LISTED = 20;

function identify(item: INodeExecutionData): string {
	const facts = IDENTIFYING_KEYS.filter((key) => typeof item.json[key] === 'string').map(
		(key) => `${key} ${String(item.json[key])}`,
	);
	return facts.length > 0 ? ` (${facts.slice(0, 2).join(', ')})` : '';
}

/** One sentence on the items that succeeded before the failure, or undefined when none did. */
export function succeededBefore(succeeded: INodeExecutionData[]): string | undefined {
	const byItem = new Map<number, INodeExecutionData>();
	for (const item of succeeded) {
		const paired = item.pairedItem as { item: number } | undefined;
		if (paired && !byItem.has(paired.item)) byItem.set(paired.item, item);
	}
	if (byItem.size === 0) return undefined;
	const listed = [...byItem.entries()]
		.sort(([a], [b]) => a - b)
		.slice(0, LISTED)
		.map(([index, item]) => `item ${index}${identify(item)}`);
	const more = byItem.size > LISTED ? `, and ${byItem.size - LISTED} more` : '';
	return `${byItem.size} other item${byItem.size === 1 ? '' : 's'} of this execution succeeded in AWS before the node stopped (their output is not passed on): ${listed.join('; ')}${more}.`;
}
