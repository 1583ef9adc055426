import type { ResourceDefinition } from '../registry';
import { listTagsForResource } from './listTagsForResource.operation';
import { tagResource } from './tagResource.operation';
import { untagResource } from './untagResource.operation';

export const tagsResource: ResourceDefinition = {
	value: 'tag',
	name: 'Tag',
	description: 'Tags of flows and connector profiles',
	operations: [listTagsForResource, tagResource, untagResource],
};
