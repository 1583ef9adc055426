/** Look-ups into the generated AppFlow model table that the emulator needs in several places. */
import { APPFLOW_MODEL } from '../nodes/AwsAppFlow/model/appflow.generated';

export const SIGNING_NAME = APPFLOW_MODEL.service.signingName;

export function enumValues(shapeName: string): string[] {
	const values = APPFLOW_MODEL.shapes[shapeName]?.values;
	if (!values) throw new Error(`${shapeName} is not an enum of the AppFlow model`);
	return values;
}

/** Every `connectorType` value AppFlow knows (`Salesforce`, `S3`, ..., `CustomConnector`). */
export const CONNECTOR_TYPES = enumValues('ConnectorType');

/**
 * The member of a per-connector union structure (`SourceConnectorProperties`, `ConnectorProfileProperties`, ...)
 * that belongs to a connector type. Member names differ in case from the enum (`Googleanalytics` vs
 * `GoogleAnalytics`), hence the case-insensitive match.
 */
export function memberFor(structureShape: string, connectorType: string): string | undefined {
	const members = APPFLOW_MODEL.shapes[structureShape]?.members ?? {};
	return Object.keys(members).find((name) => name.toLowerCase() === connectorType.toLowerCase());
}

/** Enum values of the member of a per-connector union structure, for example the operators Salesforce supports. */
export function memberEnumValues(structureShape: string, connectorType: string): string[] {
	const member = memberFor(structureShape, connectorType);
	if (!member) return [];
	return APPFLOW_MODEL.shapes[APPFLOW_MODEL.shapes[structureShape].members![member].target].values ?? [];
}
