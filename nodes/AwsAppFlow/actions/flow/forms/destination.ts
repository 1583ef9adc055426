/**
 * Destinations form: destinationFlowConfigList as rows, each a destination built from the form (connector type,
 * profile, the connector's own properties derived from the model) or given as JSON.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { showValue } from '../../../model/validate';
import { inputError, type MemberReader } from '../../common/request';
import { compact, connectorTypeOptions, jsonField, rows, text, withDefaults } from './common';
import { optionalParameter } from '../../common/request';
import { connectorProfilePicker } from './pickers';
import { CONTAINERS, buildConnectorForm, readConnectorProperties } from './connectorProperties';

export const DESTINATION_FORM = buildConnectorForm('destination');

const API_VERSION_TYPES = ['CustomConnector'];
const NO_PROFILE_TYPES = ['S3'];

export const DESTINATION_FIELDS: INodeProperties[] = [
	{
		displayName: 'Connector Type',
		name: 'connectorType',
		type: 'options',
		options: connectorTypeOptions(CONTAINERS.destination),
		default: 'S3',
		required: true,
		description: 'Application or service the flow writes to',
	},
	connectorProfilePicker('Connector profile (saved connection) to write with; Amazon S3 needs none', NO_PROFILE_TYPES),
	{
		displayName: 'API Version',
		name: 'apiVersion',
		type: 'string',
		default: '',
		description: 'API version of the custom connector, if it has several',
		displayOptions: { show: { connectorType: API_VERSION_TYPES } },
	},
	...DESTINATION_FORM.properties,
];

export const DESTINATIONS_PROPERTY: INodeProperties = {
	displayName: 'Destinations',
	name: 'destinationFlowConfigList',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Destination',
	default: {},
	description: 'Where the flow writes its data (AppFlow runs one destination per flow)',
	options: [
		{ name: 'destination', displayName: 'Destination', values: DESTINATION_FIELDS },
		{
			name: 'json',
			displayName: 'Destination (JSON)',
			values: [
				{
					displayName: 'Destination (JSON)',
					name: 'value',
					type: 'json',
					default:
						'{\n  "connectorType": "S3",\n  "destinationConnectorProperties": { "S3": { "bucketName": "my-bucket" } }\n}',
					description: 'One destination in AppFlow syntax, or a list of them, for options the form does not offer',
				},
			],
		},
	],
};

function readDestination(
	fn: IExecuteFunctions,
	itemIndex: number,
	row: IDataObject,
	position: number,
): Record<string, unknown> {
	const values = withDefaults(row, DESTINATION_FIELDS);
	const entry = DESTINATION_FORM.entries.find((e) => e.connectorType === values.connectorType);
	if (!entry) {
		throw inputError(
			fn,
			itemIndex,
			`Destination ${position}: connector type ${showValue(values.connectorType)} cannot be the destination of a flow`,
			`AppFlow writes to: ${DESTINATION_FORM.entries.map((e) => e.connectorType).join(', ')}`,
		);
	}
	const connectorType = entry.connectorType;
	return compact({
		connectorType,
		apiVersion: API_VERSION_TYPES.includes(connectorType) ? text(values.apiVersion) : undefined,
		connectorProfileName: NO_PROFILE_TYPES.includes(connectorType) ? undefined : text(values.connectorProfileName),
		destinationConnectorProperties: { [entry.member]: readConnectorProperties(values, entry) },
	})!;
}

/** destinationFlowConfigList from the rows: form rows first, then JSON rows (an array there adds each element). */
export function readDestinations(fn: IExecuteFunctions, itemIndex: number, raw: unknown): unknown {
	if (raw === undefined || raw === null || raw === '') return undefined;
	if (typeof raw === 'string') return jsonField(fn, itemIndex, 'destinationFlowConfigList', raw);
	const groups = raw as IDataObject;
	const list: unknown[] = rows(groups.destination).map((row, n) => readDestination(fn, itemIndex, row, n + 1));
	for (const row of rows(groups.json)) {
		const parsed = jsonField(fn, itemIndex, 'Destination (JSON)', row.value);
		if (Array.isArray(parsed)) list.push(...parsed);
		else if (parsed !== undefined) list.push(parsed);
	}
	return list.length > 0 ? list : undefined;
}

export function destinationsReader(path: string): MemberReader {
	return (fn, itemIndex) => readDestinations(fn, itemIndex, optionalParameter(fn, path, itemIndex));
}
