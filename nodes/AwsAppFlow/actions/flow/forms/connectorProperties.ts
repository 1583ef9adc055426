/**
 * The connector-specific part of a source or destination, derived from the model: for every connector type that
 * SourceConnectorProperties / DestinationConnectorProperties has a member for, each member of its properties
 * structure becomes a form field shown for the connector types that have it. Scalar members (object, bucketName,
 * writeOperationType, ...) are generated; structured ones (s3OutputFormatConfig, errorHandlingConfig, ...) have a
 * small hand-made form below, keyed by the shape they fill.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { MemberSpec, ShapeSpec } from '../../../model/modelTypes';
import { shapeOf } from '../../../model/validate';
import { titleCase } from '../../common/memberDocs';
import { compact, connectorMember, enumValues, isScalarShape, readKeyValueRows, text, textList } from './common';
import { DEFAULT_OPTION, enumOptions, keyValueRows, modelField } from '../../common/modelField';

export type Direction = 'source' | 'destination';

export const CONTAINERS: Record<Direction, string> = {
	source: 'SourceConnectorProperties',
	destination: 'DestinationConnectorProperties',
};

export interface ConnectorEntry {
	/** The ConnectorType value, e.g. Servicenow. */
	connectorType: string;
	/** Its member in the container, e.g. ServiceNow. */
	member: string;
	shapeName: string;
	shape: ShapeSpec;
}

export function connectorEntries(direction: Direction): ConnectorEntry[] {
	const container = CONTAINERS[direction];
	return enumValues('ConnectorType').flatMap((connectorType) => {
		const member = connectorMember(container, connectorType);
		if (!member) return [];
		const shapeName = shapeOf(container).members![member].target;
		return [{ connectorType, member, shapeName, shape: shapeOf(shapeName) }];
	});
}

/** Our descriptions of the scalar members of connector properties (they are what the editor and AI agents read). */
const FIELD_DOCS: Record<string, { displayName?: string; description: string; placeholder?: string }> = {
	object: {
		description: 'Object (entity) in the application, for example Account for Salesforce or tickets for Zendesk',
		placeholder: 'Account',
	},
	bucketName: {
		description: 'Name of the S3 bucket (for Upsolver it starts with upsolver-appflow)',
		placeholder: 'my-bucket',
	},
	bucketPrefix: {
		description: 'Folder (key prefix) in the bucket, without a leading slash',
		placeholder: 'appflow/accounts',
	},
	intermediateBucketName: {
		description: 'S3 bucket where AppFlow stages the data before loading it into the warehouse',
		placeholder: 'my-staging-bucket',
	},
	enableDynamicFieldUpdate: {
		description: 'Whether to pick up fields added to the Salesforce object after the flow was created',
	},
	includeDeletedRecords: { description: 'Whether to include records that are in the Salesforce recycle bin' },
	dataTransferApi: {
		displayName: 'Data Transfer API',
		description:
			'Salesforce API for the transfer: Automatic chooses by data size, Bulk API 2.0 for large volumes, REST for small ones',
	},
	documentType: { description: 'Veeva document type to transfer, for example Promotional Piece' },
	includeSourceFiles: { description: 'Whether to transfer the Veeva source files' },
	includeRenditions: { description: 'Whether to transfer the Veeva renditions of the documents' },
	includeAllVersions: { description: 'Whether to transfer every version of the Veeva documents, not only the latest' },
	objectPath: {
		description: 'Path of the SAP OData object, for example /sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder',
	},
	entityName: { description: 'Entity of the custom connector to read or write' },
	idFieldNames: {
		displayName: 'ID Field Names',
		description: 'Fields that identify a record for upsert, update or delete, comma-separated',
		placeholder: 'Id',
	},
	writeOperationType: {
		description: 'How records are written: Insert (the default), Upsert or Update (need ID field names), or Delete',
	},
	domainName: { description: 'Name of the Amazon Connect Customer Profiles domain' },
	objectTypeName: { description: 'Object type of the Customer Profiles domain to write' },
};

/** Fields of the structured members, by field name; STRUCTURED says which shape each fills. */
const STRUCTURED_FIELDS: Record<string, INodeProperties> = {
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

interface StructuredMember {
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
const STRUCTURED: Record<string, StructuredMember> = {
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

function scalarProperty(member: string, spec: MemberSpec, required: boolean): INodeProperties {
	const docs = FIELD_DOCS[member];
	return modelField(
		spec.target,
		{
			displayName: docs?.displayName ?? titleCase(member),
			name: member,
			description: docs?.description,
			placeholder: docs?.placeholder,
			required,
		},
		{ memberDefault: spec.default, optionalEnum: 'leaveToAppFlow', enumNames: 'readable' },
	);
}

/** Reads a scalar member; empty text and booleans at the model's default are left out. */
function readScalar(value: unknown, shape: ShapeSpec, spec: MemberSpec): unknown {
	if (shape.type === 'boolean')
		return typeof value === 'boolean' && value !== ((spec.default as boolean | undefined) ?? false) ? value : undefined;
	if (shape.type === 'list') return textList(value);
	return text(value);
}

export interface ConnectorForm {
	entries: ConnectorEntry[];
	/** The fields, each shown only for the connector types whose properties have the member it fills. */
	properties: INodeProperties[];
	/** Members no field fills (none today; a test keeps it so). */
	uncovered: string[];
}

function sameScalar(a: string, b: string): boolean {
	const sa = shapeOf(a);
	const sb = shapeOf(b);
	if (sa.type === 'enum' || sb.type === 'enum') return sa.type === sb.type && sa.values!.join() === sb.values!.join();
	return sa.type === sb.type;
}

export function buildConnectorForm(direction: Direction): ConnectorForm {
	const entries = connectorEntries(direction);
	const fields = new Map<
		string,
		{ property?: INodeProperties; scalar?: { target: string; spec: MemberSpec }; types: string[]; requiredIn: number }
	>();
	const uncovered: string[] = [];
	for (const entry of entries) {
		for (const [member, spec] of Object.entries(entry.shape.members ?? {})) {
			const shape = shapeOf(spec.target);
			if (isScalarShape(shape)) {
				const seen = fields.get(member);
				if (seen?.scalar && !sameScalar(seen.scalar.target, spec.target)) {
					throw new Error(
						`${direction} connector member ${member} has two different scalar shapes (${seen.scalar.target}, ${spec.target})`,
					);
				}
				const field = seen ?? { scalar: { target: spec.target, spec }, types: [], requiredIn: 0 };
				field.types.push(entry.connectorType);
				if (spec.required) field.requiredIn++;
				fields.set(member, field);
				continue;
			}
			const structured = STRUCTURED[spec.target];
			if (!structured) {
				uncovered.push(`${entry.member}.${member}`);
				continue;
			}
			for (const name of structured.fields) {
				const field = fields.get(name) ?? { property: STRUCTURED_FIELDS[name], types: [], requiredIn: 0 };
				if (!field.types.includes(entry.connectorType)) field.types.push(entry.connectorType);
				fields.set(name, field);
			}
		}
	}
	// Required fields first, then plain optional ones, then the groups (collections, rows), each in model order.
	const rank = (p: INodeProperties) => (p.required ? 0 : ['collection', 'fixedCollection'].includes(p.type) ? 2 : 1);
	const properties = [...fields.entries()].map(([name, field]) => {
		const property = field.scalar
			? scalarProperty(name, field.scalar.spec, field.requiredIn === field.types.length)
			: field.property!;
		const everyType = field.types.length === entries.length;
		return everyType ? property : { ...property, displayOptions: { show: { connectorType: field.types } } };
	});
	properties.sort((a, b) => rank(a) - rank(b));
	return { entries, properties, uncovered };
}

/** The connector's properties structure (what goes under sourceConnectorProperties.<Member>) from the form values. */
export function readConnectorProperties(values: IDataObject, entry: ConnectorEntry): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [member, spec] of Object.entries(entry.shape.members ?? {})) {
		const shape = shapeOf(spec.target);
		const value = isScalarShape(shape)
			? readScalar(values[member], shape, spec)
			: STRUCTURED[spec.target]?.read(values, shape);
		if (value !== undefined) out[member] = value;
	}
	return out;
}
