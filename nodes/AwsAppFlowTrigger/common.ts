/** What both trigger events share: the flows watched, AppFlow timestamps as numbers, and the poll's inputs. */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { locatorValue } from '../AwsAppFlow/actions/common/locators';
import { collectPages, PAGE_CAPS } from '../AwsAppFlow/transport/paginate';
import type { AppFlowSession } from '../AwsAppFlow/transport/session';

export type Watch = 'flow' | 'all';

export interface PollInput {
	fn: IPollFunctions;
	session: AppFlowSession;
	watch: Watch;
	/** The watched flow when `watch` is 'flow'. */
	flowName?: string;
	/** Only items with these statuses are emitted (all when empty). */
	statuses: string[];
	manual: boolean;
}

/** Epoch milliseconds of an AppFlow timestamp (the SDK gives Dates; text and epoch seconds are accepted too). */
export function epochMs(value: unknown): number | undefined {
	if (value instanceof Date) return value.getTime();
	if (typeof value === 'number') return value * 1000;
	if (typeof value === 'string') {
		const ms = new Date(value).getTime();
		return Number.isNaN(ms) ? undefined : ms;
	}
	return undefined;
}

/** Every flow of the account and Region (ListFlows, all pages up to PAGE_CAPS.allFlows). */
export async function listAllFlows(session: AppFlowSession): Promise<IDataObject[]> {
	return (await collectPages(
		'ListFlows',
		{},
		'flows',
		{ returnAll: true, limit: Infinity },
		(input) => session.send('ListFlows', input),
		PAGE_CAPS.allFlows,
	)) as IDataObject[];
}

/** The watched flow's name from its locator (or a plain string). */
export function readFlowName(fn: IPollFunctions): string {
	return String(locatorValue(fn.getNodeParameter('flowName', ''), 'flowName') ?? '').trim();
}
