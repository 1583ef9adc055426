/**
 * The one place that turns failures into n8n errors: AWS answers become NodeApiError with AWS's error name,
 * message, HTTP status and request ID; problems with our input or the credential become NodeOperationError.
 * Every text passes through redaction so no secret of the credential reaches the error panel or logs.
 */
import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

import { CredentialConfigError } from './client';
import { redactSecrets } from './credentials';

export interface AwsServiceErrorLike {
	name: string;
	message: string;
	$fault?: 'client' | 'server';
	$metadata: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

export function isAwsServiceError(error: unknown): error is AwsServiceErrorLike {
	return typeof error === 'object' && error !== null && '$metadata' in error && typeof (error as { name?: unknown }).name === 'string';
}

/** How to fix the common AWS errors; AWS's own message says what happened. */
const HOW_TO_FIX: Record<string, string> = {
	UnrecognizedClientException: 'Check the Access Key ID and that the Region is in the same partition (aws, aws-cn, aws-us-gov) as the key.',
	InvalidSignatureException: 'Check the Secret Access Key (and the Session Token for temporary keys).',
	ExpiredTokenException: 'The temporary credentials expired: renew the Session Token or use long-term keys.',
	AccessDeniedException: "Grant the credential's IAM identity this AppFlow action (see the README's IAM policy).",
	ValidationException: 'Correct the field AWS names in the message.',
	ResourceNotFoundException: 'Check the name or ARN, and that the credential points at the Region where the resource lives.',
	ConflictException: 'The resource exists already or is in use; choose another name or wait for the running operation.',
	ServiceQuotaExceededException: 'An AppFlow service quota is reached; delete unused resources or ask AWS for a higher quota.',
	ThrottlingException: 'AWS throttled the calls even after retries; lower the batch size or add an interval between batches.',
	InternalServerException: 'AWS failed internally even after retries; try again later.',
	UnsupportedOperationException: 'This action does not apply to this resource (for example Stop on an on-demand flow).',
	ConnectorAuthenticationException: "Check the connector profile's credentials for the SaaS application.",
	ConnectorServerException: 'The SaaS application returned an error; check it is reachable and the profile is valid.',
};

export interface ErrorContext {
	node: INode;
	itemIndex: number;
	/** Values to mask in every text, from the credential. */
	secrets: readonly string[];
	/** The AppFlow action, for the message and IAM hints. */
	action?: string;
}

/** Failures of the HTTP exchange itself (the SDK passes these through without $metadata). */
function isTransportFailure(error: NodeJS.ErrnoException | undefined): boolean {
	if (!error) return false;
	if (typeof error.code === 'string' && /^(E[A-Z_]+|UND_ERR_\w+)$/.test(error.code)) return true;
	if (['TimeoutError', 'AbortError', 'RequestTimeout'].includes(error.name)) return true;
	return /socket hang up|timed? ?out|deserializ|unexpected end of json|json at position/i.test(error.message ?? '');
}

export function toNodeError(error: unknown, ctx: ErrorContext): NodeApiError | NodeOperationError {
	const clean = (text: string) => redactSecrets(text, ctx.secrets);
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (error instanceof CredentialConfigError) {
		return new NodeOperationError(ctx.node, clean(error.message), {
			itemIndex: ctx.itemIndex,
			description: `Open the AWS AppFlow API credential and fix the field "${error.field}".`,
		});
	}
	if (isAwsServiceError(error)) {
		const status = error.$metadata.httpStatusCode;
		const requestId = error.$metadata.requestId;
		const awsMessage = clean(error.message || '(no message)');
		const where = ctx.action ? ` in ${ctx.action}` : '';
		const facts = [status ? `HTTP ${status}` : undefined, requestId ? `request ID ${requestId}` : undefined]
			.filter(Boolean)
			.join(', ');
		const hint = HOW_TO_FIX[error.name] ?? '';
		const permission = error.name === 'AccessDeniedException' && ctx.action ? ` Needed permission: appflow:${ctx.action}.` : '';
		const response: JsonObject = { name: error.name, message: awsMessage, httpStatusCode: status ?? null, requestId: requestId ?? null };
		const message = `AWS AppFlow ${error.name}${where}: ${awsMessage}`;
		const apiError = new NodeApiError(ctx.node, response, {
			message,
			description: clean(`${facts}. ${hint}${permission}`.trim()),
			httpCode: status ? String(status) : undefined,
			itemIndex: ctx.itemIndex,
		});
		// n8n swaps messages containing a network error code for a generic text, and "ResourceNotFoundException"
		// contains "ENOTFOUND": keep AWS's own words.
		apiError.message = message;
		return apiError;
	}
	const err = error as NodeJS.ErrnoException;
	const code = err?.code ?? err?.name ?? 'Error';
	const message = clean(err?.message ?? String(error));
	if (!isTransportFailure(err)) {
		// Not a failure of the call: a defect or an n8n error on our side, reported as such, not as a network problem.
		return new NodeOperationError(ctx.node, message, { itemIndex: ctx.itemIndex, description: ctx.action ? `While preparing ${ctx.action}` : undefined });
	}
	// Network failures, timeouts and unreadable answers: no usable AWS answer at all.
	return new NodeApiError(ctx.node, { name: code, message } as JsonObject, {
		message: `Could not get an answer from AWS AppFlow${ctx.action ? ` for ${ctx.action}` : ''}: ${message}`,
		description:
			code === 'TimeoutError' || /timed? ?out/i.test(message)
				? 'The request timed out. Raise the Request Timeout option or check the network path to AWS.'
				: "Check the credential's Region and Custom Endpoint, and that n8n can reach AWS.",
		itemIndex: ctx.itemIndex,
	});
}
