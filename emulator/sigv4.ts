/**
 * AWS Signature Version 4 verification, written from the public specification rather than borrowed from the SDK's
 * signer so that the emulator checks the client independently. Answers with the errors AWS's front door sends.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { AwsError } from './errors';

export interface SigningKeyPair {
	accessKeyId: string;
	secretAccessKey: string;
}

export interface SignedRequest {
	method: string;
	/** Path and query exactly as received (still percent-encoded). */
	rawUrl: string;
	/** Header values by lower-case name; repeated headers as arrays. */
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

export interface VerifyOptions {
	credentials: SigningKeyPair;
	region: string;
	service: string;
	now: number;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 5 * 60 * 1000;
const SIGNATURE_MISMATCH =
	'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding, as SigV4 requires (encodeURIComponent leaves !'()* alone). */
const escapeUri = (text: string) =>
	encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Non-S3 services normalise the path and encode it once more (so `%2F` inside a label becomes `%252F`). */
function canonicalPath(path: string): string {
	const segments: string[] = [];
	for (const segment of path.split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') segments.pop();
		else segments.push(segment);
	}
	const normalized = `/${segments.join('/')}${segments.length > 0 && path.endsWith('/') ? '/' : ''}`;
	return escapeUri(normalized).replace(/%2F/g, '/');
}

function canonicalQuery(query: string): string {
	if (!query) return '';
	return query
		.split('&')
		.filter(Boolean)
		.map((pair) => {
			const eq = pair.indexOf('=');
			const key = eq < 0 ? pair : pair.slice(0, eq);
			const value = eq < 0 ? '' : pair.slice(eq + 1);
			return [escapeUri(safeDecode(key)), escapeUri(safeDecode(value))] as const;
		})
		.sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : av > bv ? 1 : 0) : ak < bk ? -1 : 1))
		.map(([k, v]) => `${k}=${v}`)
		.join('&');
}

function headerValue(headers: SignedRequest['headers'], name: string): string | undefined {
	const value = headers[name];
	if (value === undefined) return undefined;
	return (Array.isArray(value) ? value : [value]).map((v) => v.trim().replace(/\s+/g, ' ')).join(',');
}

interface ParsedAuthorization {
	accessKeyId: string;
	scopeDate: string;
	scopeRegion: string;
	scopeService: string;
	scopeTerminator: string;
	signedHeaders: string[];
	signature: string;
}

function parseAuthorization(header: string): ParsedAuthorization {
	if (!header.startsWith(`${ALGORITHM} `)) {
		throw new AwsError('IncompleteSignatureException', `Unsupported authorization type. Use ${ALGORITHM}.`);
	}
	const fields = new Map<string, string>();
	for (const part of header.slice(ALGORITHM.length + 1).split(',')) {
		const eq = part.indexOf('=');
		if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
	}
	for (const required of ['Credential', 'SignedHeaders', 'Signature']) {
		if (!fields.get(required)) {
			throw new AwsError(
				'IncompleteSignatureException',
				`Authorization header requires '${required}' parameter. Authorization=${header.replace(/Signature=[0-9a-f]+/, 'Signature=...')}`,
			);
		}
	}
	const scope = fields.get('Credential')!.split('/');
	if (scope.length !== 5) {
		throw new AwsError(
			'IncompleteSignatureException',
			'Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term',
		);
	}
	const [accessKeyId, scopeDate, scopeRegion, scopeService, scopeTerminator] = scope;
	return {
		accessKeyId,
		scopeDate,
		scopeRegion,
		scopeService,
		scopeTerminator,
		signedHeaders: fields.get('SignedHeaders')!.split(';'),
		signature: fields.get('Signature')!,
	};
}

/** `20240102T030405Z` -> epoch milliseconds, or NaN. */
function parseAmzDate(text: string): number {
	const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
	return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

const amzDate = (ms: number) =>
	new Date(ms)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

/**
 * The key derived from the secret for one day, region and service. It changes once a day, so it is kept: four of
 * the five HMACs a check would otherwise compute, a large part of the emulator's own work per call (npm run bench).
 * Clients sign with the same derived key for the same scope (AWS's signers cache it as well).
 */
const signingKeys = new Map<string, Buffer>();
function signingKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
	const scope = `${date}/${region}/${service}/${secretAccessKey}`;
	let key = signingKeys.get(scope);
	if (!key) {
		key = hmac(`AWS4${secretAccessKey}`, date);
		for (const part of [region, service, 'aws4_request']) key = hmac(key, part);
		// A few scopes at most in practice (a test may sign for other dates or regions); keep the newest 50.
		if (signingKeys.size >= 50) signingKeys.delete(signingKeys.keys().next().value!);
		signingKeys.set(scope, key);
	}
	return key;
}

/** Throws the AWS error for a request that is not correctly signed with the configured key pair. */
export function verifySigV4(request: SignedRequest, options: VerifyOptions): void {
	const authorization = headerValue(request.headers, 'authorization');
	if (!authorization) throw new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token');
	const auth = parseAuthorization(authorization);

	if (auth.accessKeyId !== options.credentials.accessKeyId) {
		throw new AwsError('UnrecognizedClientException', 'The security token included in the request is invalid.');
	}
	const dateHeader = headerValue(request.headers, 'x-amz-date');
	if (!dateHeader || Number.isNaN(parseAmzDate(dateHeader))) {
		throw new AwsError(
			'IncompleteSignatureException',
			"Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
		);
	}
	if (auth.scopeTerminator !== 'aws4_request') {
		throw new AwsError(
			'IncompleteSignatureException',
			"Credential should be scoped with a valid terminator: 'aws4_request'.",
		);
	}
	if (auth.scopeDate !== dateHeader.slice(0, 8)) {
		throw new AwsError(
			'InvalidSignatureException',
			`Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.scopeDate}' != '${dateHeader.slice(0, 8)}', from '${dateHeader}'.`,
		);
	}
	if (auth.scopeService !== options.service) {
		throw new AwsError(
			'InvalidSignatureException',
			`Credential should be scoped to correct service: '${options.service}'.`,
		);
	}
	if (auth.scopeRegion !== options.region) {
		throw new AwsError('InvalidSignatureException', 'Credential should be scoped to a valid region.');
	}
	const signedAt = parseAmzDate(dateHeader);
	if (signedAt < options.now - MAX_SKEW_MS) {
		throw new AwsError(
			'InvalidSignatureException',
			`Signature expired: ${dateHeader} is now earlier than ${amzDate(options.now - MAX_SKEW_MS)} (${amzDate(options.now)} - 5 min.)`,
		);
	}
	if (signedAt > options.now + MAX_SKEW_MS) {
		throw new AwsError(
			'InvalidSignatureException',
			`Signature not yet current: ${dateHeader} is still later than ${amzDate(options.now + MAX_SKEW_MS)} (${amzDate(options.now)} + 5 min.)`,
		);
	}
	if (!auth.signedHeaders.includes('host')) {
		throw new AwsError(
			'InvalidSignatureException',
			"'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
		);
	}
	for (const name of auth.signedHeaders) {
		if (headerValue(request.headers, name) === undefined)
			throw new AwsError('InvalidSignatureException', SIGNATURE_MISMATCH);
	}
	const securityToken = headerValue(request.headers, 'x-amz-security-token');
	if (securityToken !== undefined && !auth.signedHeaders.includes('x-amz-security-token')) {
		throw new AwsError('InvalidSignatureException', SIGNATURE_MISMATCH);
	}

	// The signature covers the body we actually received, whatever x-amz-content-sha256 claims.
	const payloadHash = sha256Hex(request.body);
	const claimedHash = headerValue(request.headers, 'x-amz-content-sha256');
	if (claimedHash !== undefined && claimedHash !== payloadHash && claimedHash !== 'UNSIGNED-PAYLOAD') {
		throw new AwsError(
			'InvalidSignatureException',
			"The provided 'x-amz-content-sha256' header does not match what was computed.",
		);
	}

	const queryStart = request.rawUrl.indexOf('?');
	const path = queryStart < 0 ? request.rawUrl : request.rawUrl.slice(0, queryStart);
	const query = queryStart < 0 ? '' : request.rawUrl.slice(queryStart + 1);
	const signedHeaders = [...auth.signedHeaders].sort();
	const canonicalRequest = [
		request.method.toUpperCase(),
		canonicalPath(path),
		canonicalQuery(query),
		...signedHeaders.map((name) => `${name}:${headerValue(request.headers, name)}`),
		'',
		signedHeaders.join(';'),
		payloadHash,
	].join('\n');
	const scope = `${auth.scopeDate}/${auth.scopeRegion}/${auth.scopeService}/aws4_request`;
	const stringToSign = [ALGORITHM, dateHeader, scope, sha256Hex(canonicalRequest)].join('\n');
	const key = signingKey(options.credentials.secretAccessKey, auth.scopeDate, auth.scopeRegion, auth.scopeService);
	const expected = Buffer.from(createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex'));
	const provided = Buffer.from(auth.signature);
	if (expected.length !== provided.length || !timingSafeEqual(expected, provided)) {
		throw new AwsError('InvalidSignatureException', SIGNATURE_MISMATCH);
	}
}
