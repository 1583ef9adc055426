import { memberProperty } from '../common/fields';
import { defineOperation } from '../common/operation';
import { FLOW_FORM_PROPERTIES, METADATA_CATALOG_PROPERTY, flowFormReaders } from './forms';

/** A flow needs a source and a destination; Trigger and Tasks have defaults the node fills in (On Demand, Map All). */
const REQUIRED_FORMS = ['sourceFlowConfig', 'destinationFlowConfigList'];

export const createFlow = defineOperation({
	action: 'CreateFlow',
	name: 'Create',
	actionText: 'Create a flow',
	description:
		"Create a flow from a source to destinations with its trigger and tasks; outputs the flow's name, ARN and status",
	output: { kind: 'single' },
	nameMember: 'flowName',
	properties: [
		memberProperty('CreateFlow', 'flowName'),
		...FLOW_FORM_PROPERTIES.map((p) => (REQUIRED_FORMS.includes(p.name) ? { ...p, required: true } : p)),
	],
	additionalFieldsOverrides: { metadataCatalogConfig: METADATA_CATALOG_PROPERTY },
	readers: flowFormReaders(''),
	jsonExample: {
		flowName: 's3-to-s3',
		triggerConfig: { triggerType: 'OnDemand' },
		sourceFlowConfig: {
			connectorType: 'S3',
			sourceConnectorProperties: { S3: { bucketName: 'source-bucket', bucketPrefix: 'in' } },
		},
		destinationFlowConfigList: [
			{ connectorType: 'S3', destinationConnectorProperties: { S3: { bucketName: 'target-bucket' } } },
		],
		tasks: [{ taskType: 'Map_all', sourceFields: [], taskProperties: {}, connectorOperator: { S3: 'NO_OP' } }],
	},
});
