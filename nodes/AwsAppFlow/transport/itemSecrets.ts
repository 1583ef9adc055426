/**
 * Secrets found in an item's own values (its request, the connector secrets credential it reads), kept per
 * execution context and item so that the router masks them in whatever error that item ends in. A WeakMap keyed by
 * the execution context: nothing outlives the execution.
 */
const byContext = new WeakMap<object, Map<number, Set<string>>>();

export function addItemSecrets(context: object, itemIndex: number, secrets: readonly string[]): void {
	if (secrets.length === 0) return;
	let items = byContext.get(context);
	if (!items) byContext.set(context, (items = new Map()));
	let set = items.get(itemIndex);
	if (!set) items.set(itemIndex, (set = new Set()));
	for (const secret of secrets) set.add(secret);
}

export function itemSecrets(context: object, itemIndex: number): string[] {
	return [...(byContext.get(context)?.get(itemIndex) ?? [])];
}
