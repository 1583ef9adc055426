/**
 * The structured members of connector properties (s3OutputFormatConfig, errorHandlingConfig, ...): a small
 * hand-made form for each, keyed by the shape it fills, and how its values are read back into AppFlow's syntax.
 * Scalar members are generated from the model instead (connectorProperties.ts).
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ShapeSpec } from '../../../model/modelTypes';
import { shapeOf } from '../../../model/validate';
import { DEFAULT_OPTION, enumOptions, keyValueRows } from '../../common/modelField';
import { compact, readKeyValueRows, text } from './common';

/** Fields of the structured members, by field name; STRUCTURED says which shape each fills. */
export const STRUCTURED_FIELDS: Record<string, INodeProperties> = {
	s3InputFileType: {
		displayName: 'Input File Type',
		name: 's3InputFileType',
		type: 'options',
		options: [DEFAULT_OPTION, ...enumOptions('S3InputFileType')],
		default: '',
		description: 'Format of the files AppFlow reads from the bucket',
	},
	sapoDataOptions: {
		displayName: 'SAP OData Options',
		name: 'sapoDataOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Max Page Size',
				name: 'maxPageSize',
				type: 'number',
				typeOptions: {
					minValue: shapeOf('SAPODataMaxPageSize').range?.min,
					maxValue: shapeOf('SAPODataMaxPageSize').range?.max,
				},
				default: 10000,
				description: 'Most records AppFlow requests per page',
			},
			{
				displayName: 'Max Parallelism',
				name: 'maxParallelism',
				type: 'number',
				typeOptions: {
					minValue: shapeOf('SAPODataMaxParallelism').range?.min,
					maxValue: shapeOf('SAPODataMaxParallelism').range?.max,
				},
				default: 10,
				description: 'Most requests AppFlow runs at once against the SAP system',
			},
		],
	},
	customProperties: keyValueRows(
		{
			displayName: 'Custom Properties',
			name: 'customProperties',
			description: 'Properties the custom connector defines for this entity',
		},
		{
			group: 'property',
			noun: 'Property',
			placeholder: 'Add Property',
			keyDescription: 'Name of the property, as the connector documents it',
			valueDescription: 'Value of the property',
		},
	),
	customDataTransferApi: {
		displayName: 'Data Transfer API',
		name: 'customDataTransferApi',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description: 'API of the custom connector to use for the transfer',
		options: [
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Name of the API as the connector defines it',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: enumOptions('DataTransferApiType'),
				default: 'AUTOMATIC',
				description: 'Whether the API is synchronous, asynchronous, or chosen automatically',
			},
		],
	},
	fileType: {
		displayName: 'File Type',
		name: 'fileType',
		type: 'options',
		options: [DEFAULT_OPTION, ...enumOptions('FileType')],
		default: '',
		description: 'Format of the files AppFlow writes',
	},
	outputFormatOptions: {
		displayName: 'Output Format Options',
		name: 'outputFormatOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description: 'How AppFlow names and groups the files it writes (Upsolver needs a prefix type)',
		options: [
			{
				displayName: 'Aggregation',
				name: 'aggregationType',
				type: 'options',
				options: enumOptions('AggregationType'),
				default: 'None',
				description: 'Whether each run writes one file or several',
			},
			{
				displayName: 'Path Prefix Hierarchy',
				name: 'pathPrefixHierarchy',
				type: 'multiOptions',
				options: enumOptions('PathPrefix'),
				default: [],
				description: 'Elements to add to the file path, in this order',
			},
			{
				displayName: 'Prefix Format',
				name: 'prefixFormat',
				type: 'options',
				options: enumOptions('PrefixFormat'),
				default: 'DAY',
				description: 'Date granularity of the folder or file name prefix',
			},
			{
				displayName: 'Prefix Type',
				name: 'prefixType',
				type: 'options',
				options: enumOptions('PrefixType'),
				default: 'PATH',
				description: 'Whether the date prefix goes into the folder path, the file name, or both',
			},
			{
				displayName: 'Preserve Source Data Typing',
				name: 'preserveSourceDataTyping',
				type: 'boolean',
				default: false,
				description:
					'Whether to keep the source data types in Parquet output instead of writing strings (Amazon S3 only)',
			},
			{
				displayName: 'Target File Size (MB)',
				name: 'targetFileSize',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 128,
				description: 'Size each file should approach when aggregating',
			},
		],
	},
	errorHandling: {
		displayName: 'Error Handling',
		name: 'errorHandling',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description: 'What AppFlow does with records the destination refuses',
		options: [
			{
				displayName: 'Error Bucket Name',
				name: 'bucketName',
				type: 'string',
				default: '',
				description: 'S3 bucket where AppFlow writes the refused records',
			},
			{
				displayName: 'Error Bucket Prefix',
				name: 'bucketPrefix',
				type: 'string',
				default: '',
				description: 'Folder (key prefix) in the error bucket',
			},
			{
				displayName: 'Fail on First Error',
				name: 'failOnFirstDestinationError',
				type: 'boolean',
				default: false,
				description: 'Whether to stop the run at the first refused record instead of carrying on',
			},
		],
	},
	successResponseHandling: {
		displayName: 'Success Response Handling',
		name: 'successResponseHandling',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description: 'Where AppFlow keeps the responses of successful writes',
		options: [
			{
				displayName: 'Bucket Name',
				name: 'bucketName',
				type: 'string',
				default: '',
				description: 'S3 bucket for the responses',
			},
			{
				displayName: 'Bucket Prefix',
				name: 'bucketPrefix',
				type: 'string',
				default: '',
				description: 'Folder (key prefix) in that bucket',
			},
		],
	},
};

export interface StructuredMember {
	fields: string[];
	read(values: IDataObject, target: ShapeSpec): unknown;
}

function collectionOf(values: IDataObject, name: string): IDataObject {
	return (values[name] ?? {}) as IDataObject;
}

/** A collection's option as set: present means chosen (even 0 or false), absent means left to AppFlow. */
function chosen(collection: IDataObject, name: string): unknown {
	const v = collection[name];
	return v === '' || v === null ? undefined : v;
}

/** How each structured shape is built from its fields, keyed by shape name. */
export const STRUCTURED: Record<string, StructuredMember> = {
	S3InputFormatConfig: {
		fields: ['s3InputFileType'],
		read: (v) => compact({ s3InputFileType: text(v.s3InputFileType) }),
	},
	SAPODataParallelismConfig: {
		fields: ['sapoDataOptions'],
		read: (v) => compact({ maxParallelism: chosen(collectionOf(v, 'sapoDataOptions'), 'maxParallelism') }),
	},
	SAPODataPaginationConfig: {
		fields: ['sapoDataOptions'],
		read: (v) => compact({ maxPageSize: chosen(collectionOf(v, 'sapoDataOptions'), 'maxPageSize') }),
	},
	CustomProperties: { fields: ['customProperties'], read: (v) => readKeyValueRows(v.customProperties) },
	DataTransferApi: {
		fields: ['customDataTransferApi'],
		read: (v) => {
			const c = collectionOf(v, 'customDataTransferApi');
			return compact({ Name: text(c.name), Type: text(c.type) });
		},
	},
	S3OutputFormatConfig: { fields: ['fileType', 'outputFormatOptions'], read: readOutputFormat },
	UpsolverS3OutputFormatConfig: { fields: ['fileType', 'outputFormatOptions'], read: readOutputFormat },
	ErrorHandlingConfig: {
		fields: ['errorHandling'],
		read: (v) => {
			const c = collectionOf(v, 'errorHandling');
			return compact({
				failOnFirstDestinationError: chosen(c, 'failOnFirstDestinationError'),
				bucketName: text(c.bucketName),
				bucketPrefix: text(c.bucketPrefix),
			});
		},
	},
	SuccessResponseHandlingConfig: {
		fields: ['successResponseHandling'],
		read: (v) => {
			const c = collectionOf(v, 'successResponseHandling');
			return compact({ bucketName: text(c.bucketName), bucketPrefix: text(c.bucketPrefix) });
		},
	},
};

function readOutputFormat(values: IDataObject): unknown {
	const o = collectionOf(values, 'outputFormatOptions');
	const hierarchy = chosen(o, 'pathPrefixHierarchy');
	return compact({
		fileType: text(values.fileType),
		prefixConfig: compact({
			prefixType: chosen(o, 'prefixType'),
			prefixFormat: chosen(o, 'prefixFormat'),
			pathPrefixHierarchy: Array.isArray(hierarchy) && hierarchy.length > 0 ? hierarchy : undefined,
		}),
		aggregationConfig: compact({
			aggregationType: chosen(o, 'aggregationType'),
			targetFileSize: chosen(o, 'targetFileSize'),
		}),
		preserveSourceDataTyping: chosen(o, 'preserveSourceDataTyping'),
	});
}
