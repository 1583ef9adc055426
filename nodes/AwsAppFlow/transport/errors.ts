/**
 * The one place that turns failures into n8n errors: AWS answers become NodeApiError with AWS's error name,
 * message, HTTP status and request ID; problems with our input or the credential become NodeOperationError.
 * Every text passes through redaction so no secret of the credential reaches the error panel or logs.
 */
import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

import { CredentialConfigError } from './client';
import { redactSecrets } from './credentials';

/**
 * A parameter's value that cannot be used, found below the operation layer (for example by the paginator): becomes
 * a NodeOperationError naming the parameter and the item.
 */
export class ParameterError extends Error {
	constructor(
		readonly parameter: string,
		message: string,
		readonly hint?: string,
	) {
		super(message);
		this.name = 'ParameterError';
	}
}

/**
 * A call whose outcome in AWS is unknown (no answer arrived, yet AWS may have acted): the cause is reported as usual,
 * followed by `advice` on how to find out what happened.
 */
export class OutcomeUnknownError extends Error {
	constructor(
		readonly cause: unknown,
		readonly advice: string,
	) {
		super(cause instanceof Error ? cause.message : String(cause));
		this.name = 'OutcomeUnknownError';
	}
}

export interface AwsServiceErrorLike {
	name: string;
	message: string;
	$fault?: 'client' | 'server';
	$metadata: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

type SdkErrorLike = Partial<AwsServiceErrorLike> & { code?: unknown; $response?: unknown };

/**
 * An answer from AWS: the SDK's service exceptions carry `$fault` and the HTTP status. (The SDK also puts
 * `$metadata` on network errors once its retries are spent, and on answers it could not read; those are not.)
 */
export function isAwsServiceError(error: unknown): error is AwsServiceErrorLike {
	if (typeof error !== 'object' || error === null || !('$metadata' in error)) return false;
	const { name, $fault, $metadata } = error as SdkErrorLike;
	return (
		typeof name === 'string' &&
		($fault === 'client' || $fault === 'server') &&
		typeof $metadata?.httpStatusCode === 'number'
	);
}

/** An HTTP answer came back, but not one the SDK could read as AppFlow's JSON (a proxy's page, a cut-off body). */
function isUnreadableAnswer(error: SdkErrorLike): boolean {
	return typeof error.$metadata?.httpStatusCode === 'number' && error.$fault === undefined;
}

/** The SDK's own additions to a message: a hint about a hidden field, and a wrapper around foreign errors. */
function plainMessage(raw: unknown): string {
	const text = typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : String(raw);
	return (
		text
			.replace(/\n\s*Deserialization error: to see the raw response[^\n]*/g, '')
			.replace(/^AWS SDK error wrapper for (?:\w*Error: )?/, '')
			// V8 quotes the start of text it could not parse: a foreign answer's body, which is not repeated.
			.replace(/, "[\s\S]*"(?:\.\.\.)? is not valid JSON$/, ' (the body is not JSON)')
			.trim()
	);
}

/** Node's and the SDK's words for a failed exchange, said the way a user reads them. */
function networkReason(reason: string): string {
	if (/^aborted$/i.test(reason)) return 'the connection closed before the whole answer arrived (aborted)';
	if (/^socket hang up$/i.test(reason)) return 'the connection closed before AWS answered (socket hang up)';
	const timeout = /exceeded the configured (\d+) ms requestTimeout/.exec(reason);
	if (timeout) return `no answer within the request timeout of ${timeout[1]} ms`;
	return reason;
}

function attemptsText(error: SdkErrorLike): string {
	const attempts = error.$metadata?.attempts;
	return typeof attempts === 'number' && attempts > 1 ? ` after ${attempts} attempts` : '';
}

/** How to fix the common AWS errors; AWS's own message says what happened. */
const HOW_TO_FIX: Record<string, string> = {
	UnrecognizedClientException:
		'Check the Access Key ID and that the Region is in the same partition (aws, aws-cn, aws-us-gov) as the key.',
	InvalidSignatureException: 'Check the Secret Access Key (and the Session Token for temporary keys).',
	ExpiredTokenException: 'The temporary credentials expired: renew the Session Token or use long-term keys.',
	AccessDeniedException: "Grant the credential's IAM identity this AppFlow action (see the README's IAM policy).",
	ValidationException: 'Correct the field AWS names in the message.',
	ResourceNotFoundException:
		'Check the name or ARN, and that the credential points at the Region where the resource lives.',
	ConflictException: 'The resource exists already or is in use; choose another name or wait for the running operation.',
	ServiceQuotaExceededException:
		'An AppFlow service quota is reached; delete unused resources or ask AWS for a higher quota.',
	ThrottlingException:
		'AWS throttled the calls even after retries; lower the batch size or add an interval between batches.',
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

/** Failures of the HTTP exchange itself (the SDK passes these through without an HTTP status). */
function isTransportFailure(error: NodeJS.ErrnoException | undefined): boolean {
	if (!error) return false;
	if (typeof error.code === 'string' && /^(E[A-Z_]+|UND_ERR_\w+)$/.test(error.code)) return true;
	if (['TimeoutError', 'AbortError', 'RequestTimeout'].includes(error.name)) return true;
	return /socket hang up|timed? ?out|aborted|ECONN|EPIPE|ENOTFOUND|EAI_AGAIN|AWS SDK error wrapper/i.test(
		String(error.message ?? ''),
	);
}

/** AWS's names for "too many calls, slow down" (AppFlow answers ThrottlingException with HTTP 429). */
const THROTTLING_ERRORS = ['ThrottlingException', 'TooManyRequestsException', 'RequestLimitExceeded'];

/** AWS refused the call for its rate, so did not perform it: trying it again later is always safe. */
export function isThrottling(error: unknown): boolean {
	return isAwsServiceError(error) && (THROTTLING_ERRORS.includes(error.name) || error.$metadata.httpStatusCode === 429);
}

/**
 * A failure that says nothing about the request itself and may pass: throttling, a server error (an AWS 5xx, or a
 * proxy's 5xx page), a dropped connection or a timeout. Access denied, validation or a missing resource are not.
 */
export function isTransientFailure(error: unknown): boolean {
	if (isAwsServiceError(error))
		return isThrottling(error) || error.$fault === 'server' || error.$metadata.httpStatusCode! >= 500;
	const err = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorLike & NodeJS.ErrnoException;
	if (isUnreadableAnswer(err)) return err.$metadata!.httpStatusCode! >= 500;
	return isTransportFailure(err);
}

const isTimeout = (name: string, message: string) =>
	name === 'TimeoutError' || /timed? ?out|exceeded the configured \d+ ms/i.test(message);

export function toNodeError(error: unknown, ctx: ErrorContext): NodeApiError | NodeOperationError {
	const clean = (text: string) => redactSecrets(text, ctx.secrets);
	if (error instanceof OutcomeUnknownError) {
		const mapped = toNodeError(error.cause, ctx);
		mapped.description = clean([mapped.description, error.advice].filter(Boolean).join(' '));
		return mapped;
	}
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		// Built by an operation from the item's values: a secret typed into a field must not reach the panel either.
		error.message = clean(error.message);
		if (typeof error.description === 'string') error.description = clean(error.description);
		return error;
	}
	if (error instanceof CredentialConfigError) {
		return new NodeOperationError(ctx.node, clean(error.message), {
			itemIndex: ctx.itemIndex,
			description: `Open the AWS AppFlow API credential and fix the field "${error.field}".`,
		});
	}
	if (error instanceof ParameterError) {
		return new NodeOperationError(ctx.node, clean(`${error.message} [item ${ctx.itemIndex}]`), {
			itemIndex: ctx.itemIndex,
			description: error.hint,
		});
	}
	const where = ctx.action ? ` in ${ctx.action}` : '';
	if (isAwsServiceError(error)) {
		const status = error.$metadata.httpStatusCode;
		const requestId = error.$metadata.requestId;
		const awsMessage = clean(plainMessage(error.message) || '(no message)');
		const facts = [status ? `HTTP ${status}` : undefined, requestId ? `request ID ${requestId}` : undefined]
			.filter(Boolean)
			.join(', ');
		const hint = HOW_TO_FIX[error.name] ?? '';
		const permission =
			error.name === 'AccessDeniedException' && ctx.action ? ` Needed permission: appflow:${ctx.action}.` : '';
		const response: JsonObject = {
			name: error.name,
			message: awsMessage,
			httpStatusCode: status ?? null,
			requestId: requestId ?? null,
		};
		const message = `AWS AppFlow ${error.name}${where}: ${awsMessage}`;
		const apiError = new NodeApiError(ctx.node, response, {
			message,
			description: clean(`${facts}${attemptsText(error)}. ${hint}${permission}`.trim()),
			httpCode: status ? String(status) : undefined,
			itemIndex: ctx.itemIndex,
		});
		// n8n swaps messages containing a network error code for a generic text, and "ResourceNotFoundException"
		// contains "ENOTFOUND": keep AWS's own words.
		apiError.message = message;
		return apiError;
	}
	const err = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as SdkErrorLike &
		NodeJS.ErrnoException;
	const reason = clean(plainMessage(err.message) || String(err.name ?? 'unknown error'));
	if (isUnreadableAnswer(err)) {
		// An answer arrived but it was not AppFlow's JSON: a proxy's or load balancer's page, or a body cut short.
		const status = err.$metadata!.httpStatusCode!;
		const message = `AWS AppFlow's answer${ctx.action ? ` to ${ctx.action}` : ''} could not be read (HTTP ${status}${attemptsText(err)}): ${reason}`;
		const apiError = new NodeApiError(
			ctx.node,
			{ name: String(err.name ?? 'Error'), message: reason, httpStatusCode: status } as JsonObject,
			{
				message,
				description:
					"The answer was not AppFlow's JSON. Check the credential's Region and Custom Endpoint (a proxy or load balancer may be answering instead of AWS), then try again.",
				httpCode: String(status),
				itemIndex: ctx.itemIndex,
			},
		);
		apiError.message = message;
		return apiError;
	}
	if (!isTransportFailure(err)) {
		// Not a failure of the call: a defect or an n8n error on our side, reported as such, not as a network problem.
		return new NodeOperationError(ctx.node, reason, {
			itemIndex: ctx.itemIndex,
			description: ctx.action ? `While preparing ${ctx.action}` : undefined,
		});
	}
	// Network failures and timeouts: no answer at all.
	const code = typeof err.code === 'string' ? err.code : String(err.name ?? 'Error');
	const timedOut = isTimeout(String(err.name ?? ''), reason);
	const message = `Could not get an answer from AWS AppFlow${ctx.action ? ` for ${ctx.action}` : ''}${attemptsText(err)}: ${networkReason(reason)}`;
	const apiError = new NodeApiError(ctx.node, { name: code, message: reason } as JsonObject, {
		message,
		description: timedOut
			? 'The request timed out. Raise Options > Request Timeout, or check the network path to AWS.'
			: "Check the credential's Region and Custom Endpoint, and that n8n can reach AWS.",
		itemIndex: ctx.itemIndex,
	});
	apiError.message = message;
	return apiError;
}
