/**
 * Errors the emulator answers with. The HTTP status comes from the model table when the error is one of AppFlow's
 * modelled errors; the others (signature and serialization failures) are the ones AWS's front door returns.
 */
import { APPFLOW_MODEL } from '../nodes/AwsAppFlow/model/appflow.generated';

/** Errors that are not in AppFlow's model but that AWS answers with before a request reaches the service. */
const FRONT_DOOR_STATUS: Record<string, number> = {
	MissingAuthenticationTokenException: 403,
	IncompleteSignatureException: 403,
	UnrecognizedClientException: 403,
	InvalidSignatureException: 403,
	SerializationException: 400,
	UnknownOperationException: 404,
};

export class AwsError extends Error {
	readonly status: number;

	constructor(
		readonly errorName: string,
		message: string,
		status?: number,
	) {
		super(message);
		this.name = errorName;
		const known = APPFLOW_MODEL.errors[errorName]?.status ?? FRONT_DOOR_STATUS[errorName];
		this.status = status ?? known ?? 400;
	}
}

export const validationError = (message: string) => new AwsError('ValidationException', message);
export const notFound = (message: string) => new AwsError('ResourceNotFoundException', message);
export const conflict = (message: string) => new AwsError('ConflictException', message);
export const unsupported = (message: string) => new AwsError('UnsupportedOperationException', message);
