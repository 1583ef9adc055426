/** TagResource, UntagResource, ListTagsForResource on flows and connector profiles. */
import { notFound, validationError } from '../errors';
import type { Tags } from '../state/types';
import type { Handler, HandlerContext } from './context';

/** AWS's limit of tags per resource (the model also caps one request's map at 50). */
const MAX_TAGS = 50;

/** The rule of AWS tagging that the model's shapes do not carry (they refuse the reserved aws: prefix themselves). */
export function checkTags(tags: Tags, existing: Tags = {}): void {
	const total = new Set([...Object.keys(existing), ...Object.keys(tags)]).size;
	if (total > MAX_TAGS)
		throw validationError(`A resource can have at most ${MAX_TAGS} tags; this request would leave ${total}.`);
}

function requireTags(ctx: HandlerContext, arn: string): Tags {
	const tags = ctx.store.tagsOf(arn);
	if (!tags) throw notFound(`The resource ${arn} does not exist.`);
	return tags;
}

export const tagResource: Handler = (ctx, input: { resourceArn: string; tags: Tags }) => {
	const tags = requireTags(ctx, input.resourceArn);
	checkTags(input.tags, tags);
	Object.assign(tags, input.tags);
	return {};
};

export const untagResource: Handler = (ctx, input: { resourceArn: string; tagKeys: string[] }) => {
	const tags = requireTags(ctx, input.resourceArn);
	for (const key of input.tagKeys) delete tags[key];
	return {};
};

export const listTagsForResource: Handler = (ctx, input: { resourceArn: string }) => ({
	tags: { ...requireTags(ctx, input.resourceArn) },
});
