import { defineResource } from '../common/resource';
import { listTagsForResource } from './listTagsForResource.operation';
import { tagResource } from './tagResource.operation';
import { untagResource } from './untagResource.operation';

export const tagsResource = defineResource({
	value: 'tag',
	name: 'Tag',
	description: 'Tags of flows and connector profiles',
	operations: [listTagsForResource, tagResource, untagResource],
});
