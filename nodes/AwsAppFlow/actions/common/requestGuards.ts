/**
 * What readRequest checks around the model's constraints: the request's size (bounds the model does not set), the
 * secrets it holds (registered so every error of the item masks them), and an idempotency token shared by several
 * items of one execution (AWS then does the work once, for the first of them).
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { requestSecrets } from '../../model/secrets';
import { addItemSecrets } from '../../transport/itemSecrets';
import { inputError } from './request';

/**
 * Bounds no AppFlow document states (the model sets no length on tasks or on a request; AWS's published AppFlow
 * quotas count flows, profiles and runs, not a flow's size). Each is far above any real flow: the README's Limits
 * section says so.
 */
export const REQUEST_BOUNDS = {
	/** Characters of a JSON text parameter (Request (JSON), a JSON field) before it is parsed. */
	jsonTextCharacters: 5 * 1024 * 1024,
	/** Approximate size of a whole request, in characters of its JSON. */
	requestCharacters: 5 * 1024 * 1024,
	/** Tasks of one CreateFlow or UpdateFlow. */
	tasks: 10_000,
} as const;

const MIB = 1024 * 1024;
const inMiB = (characters: number) => `${(characters / MIB).toFixed(characters % MIB ? 1 : 0)} MiB`;

/** Whether the JSON of `value` exceeds `limit` characters; stops counting as soon as it does. */
function exceedsSize(value: unknown, limit: number): boolean {
	let size = 0;
	const stack: unknown[] = [value];
	while (stack.length > 0) {
		const v = stack.pop();
		if (typeof v === 'string') size += v.length + 2;
		else if (Array.isArray(v)) {
			size += 2 + v.length;
			for (const element of v) stack.push(element);
		} else if (v !== null && typeof v === 'object') {
			for (const [key, child] of Object.entries(v)) {
				size += key.length + 4;
				stack.push(child);
			}
		} else size += 5;
		if (size > limit) return true;
	}
	return false;
}

/** Fails the item before its JSON text is parsed when the text is over the bound. */
export function checkJsonTextSize(fn: IExecuteFunctions, itemIndex: number, parameter: string, text: string): void {
	if (text.length <= REQUEST_BOUNDS.jsonTextCharacters) return;
	throw inputError(
		fn,
		itemIndex,
		`${parameter} is ${inMiB(text.length)} of text, over this node's bound of ${inMiB(REQUEST_BOUNDS.jsonTextCharacters)}`,
		'Nothing was parsed or sent. No AppFlow request is anywhere near this size: check the expression that builds it.',
	);
}

/** Fails the item before anything is validated or sent when the request is over a bound. */
export function checkRequestBounds(
	fn: IExecuteFunctions,
	itemIndex: number,
	action: string,
	request: Record<string, unknown>,
): void {
	const tasks = request.tasks;
	if (Array.isArray(tasks) && tasks.length > REQUEST_BOUNDS.tasks) {
		throw inputError(
			fn,
			itemIndex,
			`tasks has ${tasks.length} entries, over this node's bound of ${REQUEST_BOUNDS.tasks} for ${action}`,
			'Nothing was sent to AWS. A flow maps at most a few thousand fields; check the expression that builds the tasks.',
		);
	}
	if (exceedsSize(request, REQUEST_BOUNDS.requestCharacters)) {
		throw inputError(
			fn,
			itemIndex,
			`The ${action} request is over this node's bound of ${inMiB(REQUEST_BOUNDS.requestCharacters)}`,
			'Nothing was sent to AWS. No AppFlow request is anywhere near this size: check the expressions that build it.',
		);
	}
}

/** Registers the request's secrets for the item, so that every error the item ends in masks them. */
export function registerRequestSecrets(
	fn: IExecuteFunctions,
	itemIndex: number,
	action: string,
	request: unknown,
): void {
	addItemSecrets(fn, itemIndex, requestSecrets(action, request));
}

/** Per execution: which item first used each clientToken, per action. */
const tokensSeen = new WeakMap<object, Map<string, number>>();

/**
 * Warns when a clientToken is used by a second item of the same execution: AWS performs the first item's request
 * and answers every later one with the first one's result (for StartFlow: one run for all of them). The warning
 * names the items, not the token (the user set it, and a log line is not the place to repeat item data).
 */
export function warnOnSharedClientToken(
	fn: IExecuteFunctions,
	itemIndex: number,
	action: string,
	request: Record<string, unknown>,
): void {
	const token = request.clientToken;
	if (typeof token !== 'string' || token === '') return;
	let seen = tokensSeen.get(fn);
	if (!seen) tokensSeen.set(fn, (seen = new Map()));
	const key = `${action}\u0000${token}`;
	const first = seen.get(key);
	if (first === undefined) {
		seen.set(key, itemIndex);
		return;
	}
	if (first === itemIndex) return;
	const message = `Items ${first} and ${itemIndex} send ${action} with the same clientToken: AWS does the work once and answers item ${itemIndex} with item ${first}'s result. Leave clientToken empty (the AWS SDK makes one per call) or make it differ per item.`;
	fn.logger?.warn(message, { node: fn.getNode().name, itemIndex });
	// Shown in the editor's output panel where this n8n supports execution hints (n8n 1.3x and later).
	const hints = (fn as { addExecutionHints?: (...hints: Array<{ message: string; location?: string }>) => void })
		.addExecutionHints;
	hints?.call(fn, { message, location: 'outputPane' });
}
