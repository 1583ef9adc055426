/**
 * nextToken/maxResults paging. Tokens are opaque to clients and carry the sort key of the last item returned, so a
 * page boundary stays right when items are added or removed between calls (an offset would skip or repeat items).
 */
import { validationError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;

export interface PageRequest {
	maxResults?: number;
	nextToken?: string;
}

export interface Page<T> {
	items: T[];
	nextToken?: string;
}

interface TokenBody {
	/** What the token was issued for (action and the parameters that choose the items). */
	s: string;
	/** Sort key of the last item already returned. */
	k: string;
}

function decodeToken(token: string, scope: string): string {
	let body: TokenBody | undefined;
	try {
		body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as TokenBody;
	} catch {
		body = undefined;
	}
	if (!body || typeof body.k !== 'string' || body.s !== scope) {
		throw validationError('Invalid nextToken. Use the nextToken from the previous response of the same request.');
	}
	return body.k;
}

const encodeToken = (scope: string, key: string) =>
	Buffer.from(JSON.stringify({ s: scope, k: key } satisfies TokenBody)).toString('base64url');

/**
 * Returns one page of `items`, which must be sorted so that `keyOf` ascends (string order).
 * `scope` binds tokens to the request they came from.
 */
export function paginate<T>(
	items: readonly T[],
	keyOf: (item: T) => string,
	request: PageRequest,
	scope: string,
	defaultPageSize = DEFAULT_PAGE_SIZE,
): Page<T> {
	const size = request.maxResults ?? defaultPageSize;
	let rest = items;
	if (request.nextToken !== undefined) {
		const after = decodeToken(request.nextToken, scope);
		rest = items.filter((item) => keyOf(item) > after);
	}
	const pageItems = rest.slice(0, size);
	const more = rest.length > size;
	return { items: pageItems, nextToken: more ? encodeToken(scope, keyOf(pageItems[pageItems.length - 1])) : undefined };
}

/** Sort key that orders newer items (higher sequence numbers) first. */
export const newestFirstKey = (sequence: number) => String(Number.MAX_SAFE_INTEGER - sequence).padStart(16, '0');
