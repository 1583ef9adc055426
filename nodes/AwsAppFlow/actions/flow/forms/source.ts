/**
 * Source form: sourceFlowConfig from a connector type, its connector profile, the connector's own properties
 * (derived from the model, see connectorProperties.ts) and the incremental pull field; or the whole
 * sourceFlowConfig as JSON.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isPlainObject, showValue } from '../../../model/validate';
import { inputError, type MemberReader } from '../../common/request';
import { compact, connectorTypeOptions, jsonField, text, withDefaults } from './common';
import { optionalParameter } from '../../common/request';
import { connectorProfilePicker, sourceFieldPicker } from './pickers';
import { CONTAINERS, buildConnectorForm, readConnectorProperties, type ConnectorEntry } from './connectorProperties';

export const SOURCE_FORM = buildConnectorForm('source');

/** Connector types whose flows take an API version (custom connectors may have several). */
const API_VERSION_TYPES = ['CustomConnector'];
/** Connector types that need no connector profile. */
export const NO_PROFILE_TYPES = ['S3'];

export const SOURCE_FIELDS: INodeProperties[] = [
	{
		displayName: 'Connector Type',
		name: 'connectorType',
		type: 'options',
		options: connectorTypeOptions(CONTAINERS.source),
		default: 'Salesforce',
		required: true,
		description: 'Application or service the flow reads from',
	},
	connectorProfilePicker(
		'Connector profile (saved connection) to read with; every source except Amazon S3 needs one',
		NO_PROFILE_TYPES,
	),
	{
		displayName: 'API Version',
		name: 'apiVersion',
		type: 'string',
		default: '',
		description: 'API version of the custom connector, if it has several',
		displayOptions: { show: { connectorType: API_VERSION_TYPES } },
	},
	...SOURCE_FORM.properties,
	sourceFieldPicker(
		{
			displayName: 'Incremental Pull Field',
			name: 'datetimeTypeFieldName',
			type: 'string',
			default: '',
			description:
				'For scheduled flows with incremental data pull: the date-time field that tells AppFlow which records are new or changed',
			displayOptions: { hide: { connectorType: NO_PROFILE_TYPES } },
		},
		'listIncrementalPullFields',
	),
];

export const SOURCE_PROPERTY: INodeProperties = {
	displayName: 'Source',
	name: 'sourceFlowConfig',
	type: 'fixedCollection',
	placeholder: 'Set Source',
	default: {},
	description: 'Where the flow reads its data',
	options: [
		{ name: 'source', displayName: 'Source', values: SOURCE_FIELDS },
		{
			name: 'json',
			displayName: 'Source (JSON)',
			values: [
				{
					displayName: 'Source (JSON)',
					name: 'value',
					type: 'json',
					default:
						'{\n  "connectorType": "S3",\n  "sourceConnectorProperties": { "S3": { "bucketName": "my-bucket" } }\n}',
					description:
						'The whole sourceFlowConfig in AppFlow syntax, for options the form does not offer; when set, it replaces the Source fields',
				},
			],
		},
	],
};

function entryFor(fn: IExecuteFunctions, itemIndex: number, connectorType: unknown): ConnectorEntry {
	const entry = SOURCE_FORM.entries.find((e) => e.connectorType === connectorType);
	if (!entry) {
		throw inputError(
			fn,
			itemIndex,
			`Connector type ${showValue(connectorType)} cannot be the source of a flow`,
			`AppFlow reads from: ${SOURCE_FORM.entries.map((e) => e.connectorType).join(', ')}`,
		);
	}
	return entry;
}

/** sourceFlowConfig from the form's fixedCollection value (or a JSON text saved by an older version). */
export function readSource(fn: IExecuteFunctions, itemIndex: number, raw: unknown): unknown {
	if (raw === undefined || raw === null || raw === '') return undefined;
	if (typeof raw === 'string') return jsonField(fn, itemIndex, 'sourceFlowConfig', raw);
	const groups = raw as IDataObject;
	const json = (groups.json as IDataObject | undefined)?.value;
	if (json !== undefined && json !== '') return jsonField(fn, itemIndex, 'Source (JSON)', json);
	if (!isPlainObject(groups.source)) return undefined;
	const values = withDefaults(groups.source as IDataObject, SOURCE_FIELDS);
	const entry = entryFor(fn, itemIndex, values.connectorType);
	const connectorType = entry.connectorType;
	const datetimeTypeFieldName = NO_PROFILE_TYPES.includes(connectorType)
		? undefined
		: text(values.datetimeTypeFieldName);
	return compact({
		connectorType,
		apiVersion: API_VERSION_TYPES.includes(connectorType) ? text(values.apiVersion) : undefined,
		connectorProfileName: NO_PROFILE_TYPES.includes(connectorType) ? undefined : text(values.connectorProfileName),
		sourceConnectorProperties: { [entry.member]: readConnectorProperties(values, entry) },
		incrementalPullConfig: datetimeTypeFieldName ? { datetimeTypeFieldName } : undefined,
	});
}

/** The reader of sourceFlowConfig at `path` (`sourceFlowConfig`, or `additionalFields.sourceFlowConfig` for Update). */
export function sourceReader(path: string): MemberReader {
	return (fn, itemIndex) => readSource(fn, itemIndex, optionalParameter(fn, path, itemIndex));
}

/** The source connector type set at `path` (form or JSON), if any; the task form keys its operators by it. */
export function sourceConnectorType(fn: IExecuteFunctions, itemIndex: number, path: string): string | undefined {
	const raw = optionalParameter(fn, path, itemIndex);
	if (raw === undefined || raw === null || raw === '') return undefined;
	const groups = typeof raw === 'string' ? { json: { value: raw } } : (raw as IDataObject);
	const json = (groups.json as IDataObject | undefined)?.value;
	if (json !== undefined && json !== '') {
		const parsed = jsonField(fn, itemIndex, 'Source (JSON)', json);
		return isPlainObject(parsed) && typeof parsed.connectorType === 'string' ? parsed.connectorType : undefined;
	}
	if (!isPlainObject(groups.source)) return undefined;
	const connectorType = withDefaults(groups.source as IDataObject, SOURCE_FIELDS).connectorType;
	return typeof connectorType === 'string' ? connectorType : undefined;
}
