/**
 * Metadata catalog form: metadataCatalogConfig's one variant today, an AWS Glue Data Catalog. The fixedCollection
 * value has AppFlow's own shape ({ glueDataCatalog: { roleArn, databaseName, tablePrefix } }), so the reader only
 * drops empty fields and lets the request check name the missing ones.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { MemberReader } from '../../common/request';
import { compact, jsonField, text } from './common';
import { optionalParameter } from '../../common/request';

export const METADATA_CATALOG_PROPERTY: Partial<INodeProperties> = {
	displayName: 'Metadata Catalog',
	type: 'fixedCollection',
	placeholder: 'Set Catalog',
	default: {},
	description: 'Where AppFlow catalogs the data it transfers, so that services such as Athena can query it',
	options: [
		{
			name: 'glueDataCatalog',
			displayName: 'AWS Glue Data Catalog',
			values: [
				{
					displayName: 'Role ARN',
					name: 'roleArn',
					type: 'string',
					default: '',
					required: true,
					placeholder: 'e.g. arn:aws:iam::123456789012:role/appflow-glue',
					description: 'IAM role AppFlow assumes to write to the Glue Data Catalog',
				},
				{
					displayName: 'Database Name',
					name: 'databaseName',
					type: 'string',
					default: '',
					required: true,
					description: 'Glue database for the tables',
				},
				{
					displayName: 'Table Prefix',
					name: 'tablePrefix',
					type: 'string',
					default: '',
					required: true,
					description: 'Prefix of the table names AppFlow creates',
				},
			],
		},
	],
};

export function metadataCatalogReader(path: string): MemberReader {
	return (fn, itemIndex) => {
		const raw = optionalParameter(fn, path, itemIndex);
		if (raw === undefined || raw === null || raw === '') return undefined;
		if (typeof raw === 'string') return jsonField(fn, itemIndex, 'metadataCatalogConfig', raw);
		const glue = (raw as IDataObject).glueDataCatalog as IDataObject | undefined;
		if (!glue) return undefined;
		// An empty group still goes out, so the request check names roleArn, databaseName and tablePrefix as required.
		return {
			glueDataCatalog:
				compact({
					roleArn: text(glue.roleArn),
					databaseName: text(glue.databaseName),
					tablePrefix: text(glue.tablePrefix),
				}) ?? {},
		};
	};
}
