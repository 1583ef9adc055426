/** Reading requests and writing responses in AppFlow's wire format (restJson1 behind AWS's front door). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AwsError } from './errors';

export function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

export interface ResponseOptions {
	/** Send only part of the body, then close the connection (fault injection). */
	truncate?: boolean;
}

export function sendJson(
	res: ServerResponse,
	status: number,
	requestId: string,
	body: unknown,
	extraHeaders: Record<string, string> = {},
	options: ResponseOptions = {},
): void {
	const payload = Buffer.from(JSON.stringify(body));
	res.writeHead(status, {
		'Content-Type': 'application/json',
		'Content-Length': String(payload.length),
		'x-amzn-RequestId': requestId,
		...extraHeaders,
	});
	if (options.truncate) {
		res.write(payload.subarray(0, Math.floor(payload.length / 2)), () => res.socket?.destroy());
		return;
	}
	res.end(payload);
}

/** AWS's error format: the error name in x-amzn-ErrorType, the text in the JSON body's `message`. */
export function sendError(res: ServerResponse, requestId: string, error: AwsError): void {
	sendJson(res, error.status, requestId, { message: error.message }, { 'x-amzn-ErrorType': error.errorName });
}
