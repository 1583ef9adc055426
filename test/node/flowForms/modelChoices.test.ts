/** The Create Flow form derives its fields and option lists from AWS's model, and keeps its public parameter names. */
import type { IDataObject, INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { APPFLOW_MODEL } from '../../../nodes/AwsAppFlow/model/appflow.generated';
import { validateShape } from '../../../nodes/AwsAppFlow/model/validate';
import {
	DESTINATION_FIELDS,
	DESTINATION_FORM,
	readDestinations,
} from '../../../nodes/AwsAppFlow/actions/flow/forms/destination';
import { SOURCE_FIELDS, SOURCE_FORM, readSource } from '../../../nodes/AwsAppFlow/actions/flow/forms/source';
import { TASKS_FIELDS } from '../../../nodes/AwsAppFlow/actions/flow/forms/tasks';
import { TRIGGER_FIELDS } from '../../../nodes/AwsAppFlow/actions/flow/forms/trigger';
import { parameterChecker } from '../../harness/parameterChecker';
import { createFlow, updateFlow, strict } from './helpers';

describe('the form derives its choices from the model', () => {
	const S = APPFLOW_MODEL.shapes;
	const optionValues = (fields: INodeProperties[], name: string) =>
		(fields.find((f) => f.name === name)!.options as Array<{ value: string }>).map((o) => o.value);

	test('every member of every source and destination connector has a field', () => {
		expect(SOURCE_FORM.uncovered).toEqual([]);
		expect(DESTINATION_FORM.uncovered).toEqual([]);
		expect(SOURCE_FORM.entries.map((e) => e.member).sort()).toEqual(
			Object.keys(S.SourceConnectorProperties.members!).sort(),
		);
		expect(DESTINATION_FORM.entries.map((e) => e.member).sort()).toEqual(
			Object.keys(S.DestinationConnectorProperties.members!).sort(),
		);
	});

	test('option lists are the model enums', () => {
		expect(optionValues(TRIGGER_FIELDS, 'triggerType').sort()).toEqual([...S.TriggerType.values!].sort());
		expect(optionValues(TRIGGER_FIELDS, 'dataPullMode')).toEqual(S.DataPullMode.values);
		expect(optionValues(SOURCE_FIELDS, 'connectorType').sort()).toEqual(
			SOURCE_FORM.entries.map((e) => e.connectorType).sort(),
		);
		expect(optionValues(DESTINATION_FIELDS, 'connectorType').sort()).toEqual(
			DESTINATION_FORM.entries.map((e) => e.connectorType).sort(),
		);
		expect(optionValues(DESTINATION_FIELDS, 'writeOperationType')).toEqual(['', ...S.WriteOperationType.values!]);
		const filterRow = (TASKS_FIELDS.find((f) => f.name === 'filters')!.options as INodePropertyCollection[])[0].values;
		for (const op of optionValues(filterRow, 'operator')) expect(S.Operator.values).toContain(op);
	});

	test('every source connector builds a valid sourceFlowConfig from its required fields', async () => {
		const fn = parameterChecker(createFlow, {});
		for (const entry of SOURCE_FORM.entries) {
			const form: IDataObject = { connectorType: entry.connectorType, connectorProfileName: 'profile' };
			for (const [member, spec] of Object.entries(entry.shape.members!))
				if (spec.required) form[member] = member === 'bucketName' ? 'my-bucket' : 'value';
			if (entry.connectorType === 'SAPOData') form.objectPath = '/sap/path';
			const value = (await readSource(fn, 0, { source: form })) as Record<string, unknown>;
			expect(validateShape('SourceFlowConfig', value, strict)).toEqual([]);
			expect(Object.keys(value.sourceConnectorProperties as object)).toEqual([entry.member]);
		}
	});

	test('every destination connector builds a valid destination from its required fields', async () => {
		const fn = parameterChecker(createFlow, {});
		for (const entry of DESTINATION_FORM.entries) {
			const form: IDataObject = { connectorType: entry.connectorType, connectorProfileName: 'profile' };
			for (const [member, spec] of Object.entries(entry.shape.members!))
				if (spec.required) form[member] = /bucketName/i.test(member) ? 'upsolver-appflow-bucket' : 'value';
			if (entry.connectorType === 'Upsolver') form.outputFormatOptions = { prefixType: 'PATH' };
			const [value] = (await readDestinations(fn, 0, { destination: [form] })) as Array<Record<string, unknown>>;
			expect(validateShape('DestinationFlowConfig', value, strict)).toEqual([]);
			expect(Object.keys(value.destinationConnectorProperties as object)).toEqual([entry.member]);
		}
	});

	test('Create Flow keeps the public parameter names', () => {
		const fieldsMode = createFlow.properties
			.filter((p) => p.displayOptions?.hide?.inputMode?.includes('json'))
			.map((p) => p.name);
		expect(fieldsMode).toEqual([
			'flowName',
			'triggerConfig',
			'sourceFlowConfig',
			'destinationFlowConfigList',
			'tasks',
			'additionalFields',
		]);
		const update = updateFlow.properties.find((p) => p.name === 'additionalFields')!;
		const updateOptions = Object.fromEntries((update.options as INodeProperties[]).map((o) => [o.name, o.type]));
		expect(updateOptions).toEqual({
			clientToken: 'string',
			description: 'string',
			triggerConfig: 'fixedCollection',
			sourceFlowConfig: 'fixedCollection',
			destinationFlowConfigList: 'fixedCollection',
			tasks: 'fixedCollection',
			metadataCatalogConfig: 'fixedCollection',
		});
	});
});
