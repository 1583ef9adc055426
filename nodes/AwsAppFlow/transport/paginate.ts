/**
 * The one page loop. Which actions page, by which token and page-size members, and how large a page may be, come
 * from one table derived from AWS's model; how many pages each kind of caller reads at most is named once in
 * PAGE_CAPS. Operations (Return All / Limit), the wait, the trigger and the pickers all read pages through here.
 */
import { APPFLOW_MODEL } from '../model/appflow.generated';
import { shapeOf, showValue } from '../model/validate';
import { ParameterError } from './errors';

export interface Paging {
	inputToken: string;
	outputToken: string;
	pageSize: string;
	/** The largest page the action accepts (the model's range on its page-size member). */
	maxPageSize?: number;
}

/**
 * ListConnectorEntities documents nextToken and maxResults but carries no paginated trait in the model (its answer
 * is a map of groups, not a list), so it is added here.
 */
const UNMARKED_PAGING: Record<string, Omit<Paging, 'maxPageSize'>> = {
	ListConnectorEntities: { inputToken: 'nextToken', outputToken: 'nextToken', pageSize: 'maxResults' },
};

function derivePaging(): Record<string, Paging> {
	const table: Record<string, Paging> = {};
	for (const [action, operation] of Object.entries(APPFLOW_MODEL.operations)) {
		const members = operation.paginated ?? UNMARKED_PAGING[action];
		if (!members) continue;
		const sizeMember = shapeOf(operation.input).members?.[members.pageSize];
		table[action] = { ...members, maxPageSize: sizeMember ? shapeOf(sizeMember.target).range?.max : undefined };
	}
	return table;
}

export const PAGING: Readonly<Record<string, Paging>> = derivePaging();

export function pagingOf(action: string): Paging | undefined {
	return PAGING[action];
}

/** Whether `member` is one the paginator sets (token, page size); the node never asks the user for these. */
export function isPagingMember(action: string, member: string): boolean {
	const paging = PAGING[action];
	return paging !== undefined && (member === paging.inputToken || member === paging.pageSize);
}

/** Pages read at most, by caller. Each bounds one call of the node, the trigger or a picker. */
export const PAGE_CAPS = {
	/** An operation's Return All: 10,000 pages (a million flows at 100 a page). */
	returnAll: 10_000,
	/** Every flow of the account, for the trigger's All Flows (10,000 flows). */
	allFlows: 100,
	/** One flow's execution records per trigger poll (1,000 records). */
	triggerRecords: 10,
	/** One flow's execution records per status check of a wait (10,000 records). */
	waitCheck: 100,
	/** One picker call while a search filter finds too few matches. */
	pickerSearch: 10,
} as const;

export type SendPage = (input: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** Picks a page's elements: a member name for list members, or a function for answers shaped otherwise. */
export type PageElements = string | ((response: Record<string, unknown>) => unknown[]);

export interface Page {
	response: Record<string, unknown>;
	/** The token of the next page; undefined on the last one. */
	nextToken?: string;
}

export interface PageOptions {
	maxPages: number;
	/** Page size to ask for; by default the largest the action accepts. Called before each page. */
	pageSize?: () => number | undefined;
	/** Start from this token (a picker's next page). */
	startToken?: string;
}

/** Yields page after page until the last one or `maxPages`; a caller may stop early (`break`). */
export async function* pages(
	action: string,
	input: Record<string, unknown>,
	send: SendPage,
	options: PageOptions,
): AsyncGenerator<Page> {
	const paging = PAGING[action];
	if (!paging) throw new Error(`${action} does not page`);
	let token: string | undefined = options.startToken;
	for (let page = 0; page < options.maxPages; page++) {
		const size = options.pageSize ? options.pageSize() : paging.maxPageSize;
		const request: Record<string, unknown> = { ...input };
		if (token) request[paging.inputToken] = token;
		if (size !== undefined && paging.maxPageSize !== undefined) request[paging.pageSize] = size;
		const response = await send(request);
		const next = response[paging.outputToken];
		token = typeof next === 'string' && next !== '' ? next : undefined;
		yield { response, nextToken: token };
		if (!token) return;
	}
}

function elementsOf(response: Record<string, unknown>, pick: PageElements): unknown[] {
	return typeof pick === 'string' ? ((response[pick] as unknown[] | undefined) ?? []) : pick(response);
}

/** Yields the elements of page after page (see `pages`). */
export async function* elements(
	action: string,
	input: Record<string, unknown>,
	pick: PageElements,
	send: SendPage,
	options: PageOptions,
): AsyncGenerator<unknown> {
	for await (const page of pages(action, input, send, options)) yield* elementsOf(page.response, pick);
}

export interface PageRequest {
	returnAll: boolean;
	limit: number;
}

/** A Limit from the form or an expression: a page size of 0, NaN or 2.5 must not reach AWS. */
export function checkedLimit(page: PageRequest): number {
	if (page.returnAll) return Infinity;
	const raw: unknown = page.limit;
	const limit = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
	if (!(Number.isInteger(limit) && limit >= 1)) {
		throw new ParameterError(
			'limit',
			`Limit must be a whole number of at least 1 (got ${showValue(page.limit)})`,
			'Set Limit to how many results to return, or turn on Return All.',
		);
	}
	return limit;
}

/**
 * Up to `limit` elements (all with returnAll). Pages are sized to what is still wanted, so a Limit of 5 costs one
 * small page, not a full listing.
 */
export async function collectPages(
	action: string,
	input: Record<string, unknown>,
	pick: PageElements,
	page: PageRequest,
	send: SendPage,
	maxPages: number = PAGE_CAPS.returnAll,
): Promise<unknown[]> {
	const limit = checkedLimit(page);
	const maxSize = PAGING[action]?.maxPageSize;
	const collected: unknown[] = [];
	const pageSize = () => (page.returnAll ? maxSize : Math.min(limit - collected.length, maxSize ?? Infinity));
	for await (const element of elements(action, input, pick, send, { maxPages, pageSize })) {
		collected.push(element);
		if (collected.length >= limit) break;
	}
	return collected;
}
