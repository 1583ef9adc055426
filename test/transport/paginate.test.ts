/**
 * The one page loop, against a fake AppFlow listing: what pages (from the model), which members carry the token
 * and page size, where it stops, and how Return All / Limit size the pages.
 */
import {
	collectPages,
	elements,
	isPagingMember,
	pages,
	PAGING,
	pagingOf,
	type SendPage,
} from '../../nodes/AwsAppFlow/transport/paginate';
import { APPFLOW_MODEL } from '../../nodes/AwsAppFlow/model/appflow.generated';

/** A listing of `total` numbered items, served `maxResults` at a time (20 by default, as AWS). */
function listing(total: number) {
	const requests: Array<Record<string, unknown>> = [];
	const send: SendPage = async (request) => {
		requests.push(request);
		const from = typeof request.nextToken === 'string' ? Number(request.nextToken) : 0;
		const size = typeof request.maxResults === 'number' ? request.maxResults : 20;
		const items = Array.from({ length: Math.max(0, Math.min(size, total - from)) }, (_, i) => from + i);
		const next = from + items.length;
		return { flows: items, ...(next < total ? { nextToken: String(next) } : {}) };
	};
	return { send, requests };
}

describe('the paging table', () => {
	it("holds every action the model marks paginated, with its members and the model's largest page", () => {
		const marked = Object.entries(APPFLOW_MODEL.operations)
			.filter(([, op]) => op.paginated)
			.map(([action]) => action);
		for (const action of marked) {
			expect(PAGING[action]).toEqual({ ...APPFLOW_MODEL.operations[action].paginated, maxPageSize: 100 });
		}
	});

	it('adds ListConnectorEntities (documented nextToken, no paginated trait) and nothing else', () => {
		const marked = Object.keys(APPFLOW_MODEL.operations).filter((a) => APPFLOW_MODEL.operations[a].paginated);
		expect(Object.keys(PAGING).sort()).toEqual([...marked, 'ListConnectorEntities'].sort());
		expect(pagingOf('ListConnectorEntities')).toEqual({
			inputToken: 'nextToken',
			outputToken: 'nextToken',
			pageSize: 'maxResults',
			maxPageSize: 10_000,
		});
		expect(pagingOf('DescribeFlow')).toBeUndefined();
	});

	it('names the members the paginator sets, only for actions that page', () => {
		expect(isPagingMember('ListFlows', 'nextToken')).toBe(true);
		expect(isPagingMember('ListFlows', 'maxResults')).toBe(true);
		expect(isPagingMember('ListFlows', 'flowName')).toBe(false);
		expect(isPagingMember('DescribeFlow', 'nextToken')).toBe(false);
	});
});

describe('pages', () => {
	it('follows nextToken to the last page, asking for the largest page', async () => {
		const { send, requests } = listing(250);
		const seen: number[] = [];
		for await (const page of pages('ListFlows', { a: 1 }, send, { maxPages: 10 })) {
			seen.push((page.response.flows as number[]).length);
		}
		expect(seen).toEqual([100, 100, 50]);
		expect(requests).toEqual([
			{ a: 1, maxResults: 100 },
			{ a: 1, maxResults: 100, nextToken: '100' },
			{ a: 1, maxResults: 100, nextToken: '200' },
		]);
	});

	it('stops at maxPages, handing back the token where it stopped', async () => {
		const { send } = listing(1000);
		const tokens: Array<string | undefined> = [];
		for await (const page of pages('ListFlows', {}, send, { maxPages: 2 })) tokens.push(page.nextToken);
		expect(tokens).toEqual(['100', '200']);
	});

	it('starts from a given token and stops when the caller breaks', async () => {
		const { send, requests } = listing(1000);
		for await (const page of pages('ListFlows', {}, send, { maxPages: 10, startToken: '300' })) {
			expect(page.nextToken).toBe('400');
			break;
		}
		expect(requests).toEqual([{ maxResults: 100, nextToken: '300' }]);
	});

	it('treats an empty token as the end', async () => {
		const send: SendPage = async () => ({ flows: [1], nextToken: '' });
		let count = 0;
		for await (const page of pages('ListFlows', {}, send, { maxPages: 5 })) {
			count++;
			expect(page.nextToken).toBeUndefined();
		}
		expect(count).toBe(1);
	});

	it('refuses an action that does not page', async () => {
		const { send } = listing(1);
		await expect(pages('DescribeFlow', {}, send, { maxPages: 1 }).next()).rejects.toThrow(/does not page/);
	});
});

describe('elements', () => {
	it('yields the elements across pages, picked by member or function', async () => {
		const { send } = listing(5);
		const byMember: unknown[] = [];
		for await (const e of elements('ListFlows', {}, 'flows', send, { maxPages: 10, pageSize: () => 2 })) {
			byMember.push(e);
		}
		expect(byMember).toEqual([0, 1, 2, 3, 4]);
		const doubled: unknown[] = [];
		const pick = (r: Record<string, unknown>) => (r.flows as number[]).map((n) => n * 2);
		for await (const e of elements('ListFlows', {}, pick, send, { maxPages: 10 })) doubled.push(e);
		expect(doubled).toEqual([0, 2, 4, 6, 8]);
	});
});

describe('collectPages (Return All / Limit)', () => {
	it('asks for exactly what Limit still needs, one small page for a small Limit', async () => {
		const { send, requests } = listing(1000);
		expect(await collectPages('ListFlows', {}, 'flows', { returnAll: false, limit: 5 }, send)).toEqual([0, 1, 2, 3, 4]);
		expect(requests).toEqual([{ maxResults: 5 }]);
	});

	it('sizes the following pages to the rest of the Limit', async () => {
		const { send, requests } = listing(1000);
		const got = await collectPages('ListFlows', {}, 'flows', { returnAll: false, limit: 150 }, send);
		expect(got).toHaveLength(150);
		expect(requests.map((r) => r.maxResults)).toEqual([100, 50]);
	});

	it('returns everything with Return All, within the cap', async () => {
		const { send, requests } = listing(450);
		expect(await collectPages('ListFlows', {}, 'flows', { returnAll: true, limit: 1 }, send)).toHaveLength(450);
		expect(requests).toHaveLength(5);
		const capped = listing(10_000);
		expect(await collectPages('ListFlows', {}, 'flows', { returnAll: true, limit: 1 }, capped.send, 3)).toHaveLength(
			300,
		);
	});

	it('takes a Limit given as text, and refuses one that is not a whole number of at least 1 before sending', async () => {
		const { send, requests } = listing(10);
		expect(await collectPages('ListFlows', {}, 'flows', { returnAll: false, limit: '3' as never }, send)).toHaveLength(
			3,
		);
		for (const limit of [0, -1, 2.5, NaN, 'abc', '']) {
			await expect(
				collectPages('ListFlows', {}, 'flows', { returnAll: false, limit: limit as never }, send),
			).rejects.toThrow(/Limit must be a whole number of at least 1/);
		}
		expect(requests).toHaveLength(1);
	});
});
