/**
 * The one place that follows nextToken. Page sizes follow the model's maxResults range; we stop as soon as the
 * limit is met so a Limit of 5 costs one small page, not a full listing.
 */
import { APPFLOW_MODEL } from '../model/appflow.generated';
import { shapeOf, showValue } from '../model/validate';
import { ParameterError } from './errors';

export interface PageRequest {
	returnAll: boolean;
	limit: number;
}

export type SendPage = (input: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** Largest page the action accepts (from the model's range on its page-size member), or undefined if unbounded. */
export function maxPageSize(action: string): number | undefined {
	const operation = APPFLOW_MODEL.operations[action];
	const pageSize = operation.paginated?.pageSize ?? 'maxResults';
	const member = shapeOf(operation.input).members?.[pageSize];
	return member ? shapeOf(member.target).range?.max : undefined;
}

/** Picks a page's elements: a member name for list members, or a function for answers shaped otherwise. */
export type PageElements = string | ((response: Record<string, unknown>) => unknown[]);

/** Calls `send` page after page and returns up to `limit` elements (all with returnAll). */
export async function collectPages(
	action: string,
	input: Record<string, unknown>,
	elementsOf: PageElements,
	page: PageRequest,
	send: SendPage,
	maxPages = 10_000,
): Promise<unknown[]> {
	const operation = APPFLOW_MODEL.operations[action];
	const { inputToken, outputToken, pageSize } = operation.paginated ?? {
		inputToken: 'nextToken',
		outputToken: 'nextToken',
		pageSize: 'maxResults',
	};
	const maxSize = maxPageSize(action);
	// Limit may come from an expression as anything; a page size of 0, NaN or 2.5 must not reach AWS.
	const raw: unknown = page.limit;
	const limit = page.returnAll
		? Infinity
		: typeof raw === 'number'
			? raw
			: typeof raw === 'string' && raw.trim() !== ''
				? Number(raw)
				: NaN;
	if (!page.returnAll && !(Number.isInteger(limit) && limit >= 1)) {
		throw new ParameterError(
			'limit',
			`Limit must be a whole number of at least 1 (got ${showValue(page.limit)})`,
			'Set Limit to how many results to return, or turn on Return All.',
		);
	}
	page = { returnAll: page.returnAll, limit };
	const collected: unknown[] = [];
	let token: unknown;
	for (let pages = 0; pages < maxPages; pages++) {
		const wanted = page.returnAll ? maxSize : Math.min(page.limit - collected.length, maxSize ?? Infinity);
		const request = { ...input, ...(token ? { [inputToken]: token } : {}) };
		if (wanted !== undefined && maxSize !== undefined) request[pageSize] = wanted;
		const response = await send(request);
		const elements =
			typeof elementsOf === 'string' ? ((response[elementsOf] as unknown[] | undefined) ?? []) : elementsOf(response);
		collected.push(...elements);
		token = response[outputToken];
		if (!token || (!page.returnAll && collected.length >= page.limit)) break;
	}
	return page.returnAll ? collected : collected.slice(0, page.limit);
}
