#!/usr/bin/env node
/*
 * Generates nodes/AwsAppFlow/model/appflow.generated.ts from AWS's Smithy model of AppFlow.
 * The node (input checks, options) and the emulator (request validation, routing) both read that one table,
 * so they can never disagree about a constraint. Run: npm run generate [-- path/to/model.json] [--check]
 */
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const args = process.argv.slice(2);
const check = args.includes('--check');
const modelPath = path.resolve(
	args.find((a) => !a.startsWith('--')) ??
		path.join(__dirname, '..', '..', 'shared', 'aws-models', 'appflow-2020-08-23.json'),
);
const outPath = path.join(__dirname, '..', 'nodes', 'AwsAppFlow', 'model', 'appflow.generated.ts');
// A separate small file, so the credential's description can list regions without loading the whole table.
const regionsPath = path.join(__dirname, '..', 'credentials', 'regions.generated.ts');

const raw = fs.readFileSync(modelPath);
const model = JSON.parse(raw.toString('utf8'));
const NS = 'com.amazonaws.appflow#';
const local = (id) => (id.startsWith(NS) ? id.slice(NS.length) : id.replace('smithy.api#', ''));

const shapes = {};
const operations = {};
const errors = {};
let service;
let regions;

for (const [id, shape] of Object.entries(model.shapes)) {
	const name = local(id);
	const traits = shape.traits ?? {};
	switch (shape.type) {
		case 'service':
			service = {
				version: shape.version,
				sdkId: traits['aws.api#service'].sdkId,
				signingName: traits['aws.auth#sigv4'].name,
			};
			// Only the credential lists regions; they go to their own small file, not the table.
			regions = regionsFromEndpointTests(traits['smithy.rules#endpointTests'].testCases);
			break;
		case 'operation': {
			const http = traits['smithy.api#http'];
			const op = {
				input: local(shape.input.target),
				output: local(shape.output.target),
				method: http.method,
				uri: http.uri,
				code: http.code ?? 200,
			};
			op.errors = (shape.errors ?? []).map((e) => local(e.target));
			if (traits['smithy.api#paginated']) op.paginated = traits['smithy.api#paginated'];
			operations[name] = op;
			break;
		}
		default: {
			const out = { type: shape.type };
			if (traits['smithy.api#length']) out.length = traits['smithy.api#length'];
			if (traits['smithy.api#range']) out.range = traits['smithy.api#range'];
			if (traits['smithy.api#pattern']) {
				// Smithy patterns are ECMA-262; the 'u' flag is needed for the surrogate-pair ranges some use.
				new RegExp(traits['smithy.api#pattern'], 'u'); // fail generation if JS cannot compile it
				out.pattern = traits['smithy.api#pattern'];
			}
			if (traits['smithy.api#sensitive']) out.sensitive = true;
			if (shape.type === 'enum') out.values = Object.values(shape.members).map((m) => m.traits['smithy.api#enumValue']);
			if (shape.type === 'list') out.member = local(shape.member.target);
			if (shape.type === 'map') {
				out.key = local(shape.key.target);
				out.value = local(shape.value.target);
			}
			if (shape.type === 'structure') {
				out.members = {};
				for (const [mName, m] of Object.entries(shape.members)) {
					const mt = m.traits ?? {};
					const spec = { target: local(m.target) };
					if (mt['smithy.api#required']) spec.required = true;
					if (mt['smithy.api#httpLabel']) spec.httpLabel = true;
					if (mt['smithy.api#httpQuery']) spec.httpQuery = mt['smithy.api#httpQuery'];
					if (mt['smithy.api#idempotencyToken']) spec.idempotencyToken = true;
					if (mt['smithy.api#default'] !== undefined) spec.default = mt['smithy.api#default'];
					out.members[mName] = spec;
				}
				if (traits['smithy.api#error']) {
					errors[name] = { fault: traits['smithy.api#error'], status: traits['smithy.api#httpError'] };
					out.error = true;
				}
			}
			shapes[name] = out;
		}
	}
}

/** The regions AWS's own endpoint tests resolve for AppFlow (standard, China and GovCloud; not the classified ISO partitions). */
function regionsFromEndpointTests(testCases) {
	const regions = new Map();
	for (const c of testCases) {
		const region = c.params?.Region;
		const url = c.expect?.endpoint?.url;
		if (!region || !url || c.params.UseFIPS || c.params.UseDualStack || c.params.Endpoint) continue;
		if (/^us-iso/.test(region)) continue;
		regions.set(region, url);
	}
	return [...regions.keys()].sort();
}

/**
 * Region names ("US East (N. Virginia)") from the AWS SDK's own endpoints source: the partitions table of
 * @aws-sdk/util-endpoints, as installed for @aws-sdk/client-appflow. The AppFlow model has codes only.
 */
function regionNames(codes) {
	const clientDir = path.dirname(require.resolve('@aws-sdk/client-appflow/package.json'));
	const pkgPath = require.resolve('@aws-sdk/util-endpoints/package.json', { paths: [clientDir] });
	const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
	const table = JSON.parse(
		fs.readFileSync(path.join(path.dirname(pkgPath), 'dist-cjs/lib/aws/partitions.json'), 'utf8'),
	);
	const described = new Map();
	for (const partition of table.partitions)
		for (const [code, region] of Object.entries(partition.regions)) described.set(code, region.description);
	const names = {};
	for (const code of codes) if (described.get(code)) names[code] = described.get(code);
	return { names, source: `@aws-sdk/util-endpoints ${pkg.version} partitions.json` };
}

const sha = crypto.createHash('sha256').update(raw).digest('hex');
const named = regionNames(regions);
const body =
	`// GENERATED FILE - do not edit. Regenerate with: npm run generate\n` +
	`// Source: ${path.basename(modelPath)} (AWS Smithy model of ${service.sdkId}, API version ${service.version}), sha256 ${sha}\n` +
	`import type { AppFlowModel } from './modelTypes';\n\n` +
	`export const APPFLOW_MODEL: AppFlowModel = ${JSON.stringify({ service, operations, errors, shapes }, null, '\t')};\n`;

const regionsBody =
	`// GENERATED FILE - do not edit. Regenerate with: npm run generate\n` +
	`// Source: ${path.basename(modelPath)} (regions of AWS's endpoint tests for ${service.sdkId}), sha256 ${sha}\n` +
	`export const APPFLOW_REGIONS: readonly string[] = ${JSON.stringify(regions, null, '\t')};\n\n` +
	`// Names: ${named.source}\n` +
	`export const APPFLOW_REGION_NAMES: Readonly<Record<string, string>> = ${JSON.stringify(named.names, null, '\t')};\n`;

const outputs = [
	[outPath, body],
	[regionsPath, regionsBody],
];
let stale = false;
for (const [file, text] of outputs) {
	const rel = path.relative(process.cwd(), file);
	if (check) {
		const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
		if (current !== text) {
			console.error(`${rel} is out of date with ${modelPath}: run npm run generate`);
			stale = true;
		}
	} else {
		fs.writeFileSync(file, text);
		console.log(`wrote ${rel}`);
	}
}
if (stale) process.exit(1);
if (check) console.log('generated tables are up to date');
