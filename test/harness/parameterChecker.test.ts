/**
 * The rules of the shared parameter-checker fake, on real operations: the form tests trust it to refuse what n8n's
 * editor could not have saved, so each rule is pinned here.
 */
import { operationForAction } from '../../nodes/AwsAppFlow/actions/registry';
import { parameterChecker } from './parameterChecker';

const createFlow = operationForAction('CreateFlow');
const startFlow = operationForAction('StartFlow');
const registerConnector = operationForAction('RegisterConnector');

describe('parameterChecker', () => {
	test('node-level resource and operation are the operation own; inputMode is the node default or given', () => {
		const fn = parameterChecker(startFlow, {});
		expect(fn.getNodeParameter('resource', 0)).toBe('flow');
		expect(fn.getNodeParameter('operation', 0)).toBe('startFlow');
		expect(fn.getNodeParameter('inputMode', 0)).toBe('fields');
		expect(parameterChecker(startFlow, { inputMode: 'json' }).getNodeParameter('inputMode', 0)).toBe('json');
	});

	test('the fake refuses parameters the operation never declared', () => {
		const fn = parameterChecker(createFlow, {});
		expect(() => fn.getNodeParameter('sourceMode', 0)).toThrow('not declared');
		expect(() => fn.getNodeParameter('sourceFlowConfig.source.bucket', 0)).toThrow('not declared');
		expect(fn.getNodeParameter('sourceFlowConfig.source.bucketName', 0, 'fallback')).toBe('fallback');
	});

	it('fails loudly when an operation reads a parameter it does not declare', () => {
		expect(() => parameterChecker(registerConnector, {}).getNodeParameter('connectorType', 0)).toThrow(
			'does not declare',
		);
	});

	test('a top-level parameter not given has its declared default', () => {
		expect(parameterChecker(startFlow, {}).getNodeParameter('waitForCompletion', 0)).toBe(false);
		expect(parameterChecker(createFlow, {}).getNodeParameter('additionalFields', 0)).toEqual({});
	});

	test('a parameter hidden by displayOptions is not readable, however it was given', () => {
		const hidden = parameterChecker(startFlow, { options: { timeout: 5 } }, 1);
		expect(() => hidden.getNodeParameter('options', 0)).toThrow('Could not get parameter "options"');
		expect(hidden.getNodeParameter('options', 0, { fallback: true })).toEqual({ fallback: true });
		expect(hidden.getNodeParameter('options.timeout', 0, 1)).toBe(1);
		const shown = parameterChecker(startFlow, { waitForCompletion: true, options: { timeout: 5 } }, 1);
		expect(shown.getNodeParameter('options', 0)).toEqual({ timeout: 5 });
		expect(shown.getNodeParameter('options.timeout', 0)).toBe(5);
		// Version 2 has no Wait Options: what a version 1 node saved there is not read as if it were.
		const v2 = parameterChecker(startFlow, { waitForCompletion: true, options: { timeout: 5 } }, 2);
		expect(() => v2.getNodeParameter('options', 0)).toThrow('Could not get parameter "options"');
		// Fields-mode parameters are hidden in JSON mode, and the other way round.
		const json = parameterChecker(startFlow, { inputMode: 'json', flowName: 'f', requestJson: '{}' });
		expect(json.getNodeParameter('requestJson', 0)).toBe('{}');
		expect(() => json.getNodeParameter('flowName', 0)).toThrow('Could not get parameter');
		expect(() => parameterChecker(startFlow, { requestJson: '{}' }).getNodeParameter('requestJson', 0)).toThrow(
			'Could not get parameter',
		);
	});

	test('a nested path not given falls back to the caller, or throws without one', () => {
		const fn = parameterChecker(startFlow, { waitForCompletion: true }, 1);
		expect(fn.getNodeParameter('options.pollInterval', 0, 7)).toBe(7);
		expect(() => fn.getNodeParameter('options.pollInterval', 0)).toThrow(
			'Could not get parameter "options.pollInterval"',
		);
	});

	test('extractValue reads a resource locator value; without it the locator comes whole', () => {
		const locator = { __rl: true, mode: 'list', value: 'my-flow' };
		const fn = parameterChecker(startFlow, { flowName: locator });
		expect(fn.getNodeParameter('flowName', 0, undefined, { extractValue: true })).toBe('my-flow');
		expect(fn.getNodeParameter('flowName', 0)).toEqual(locator);
	});

	test('values are copies: a reader cannot change the parameters it was given', () => {
		const parameters = { additionalFields: { description: 'd' } };
		const read = parameterChecker(createFlow, parameters).getNodeParameter('additionalFields', 0) as {
			description: string;
		};
		read.description = 'changed';
		expect(parameters.additionalFields.description).toBe('d');
	});
});
