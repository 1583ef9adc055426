/** Maps HTTP requests to AppFlow actions using the method and URI template of each operation in the model table. */
import { APPFLOW_MODEL } from '../nodes/AwsAppFlow/model/appflow.generated';
import type { Json } from './state/types';

interface Route {
	action: string;
	method: string;
	/** URI template split on `/`; `{name}` segments are labels. */
	segments: string[];
}

const ROUTES: Route[] = Object.entries(APPFLOW_MODEL.operations).map(([action, op]) => ({
	action,
	method: op.method,
	segments: op.uri.split('/').slice(1),
}));

export interface RouteMatch {
	action: string;
	/** Decoded values of the URI labels, for example `{ resourceArn: 'arn:aws:appflow:...' }`. */
	labels: Record<string, string>;
}

/** Finds the action for a method and a raw (percent-encoded) path. */
export function matchRoute(method: string, rawPath: string): RouteMatch | undefined {
	const parts = rawPath.split('/').slice(1);
	for (const route of ROUTES) {
		if (route.method !== method || route.segments.length !== parts.length) continue;
		const labels: Record<string, string> = {};
		const matches = route.segments.every((segment, i) => {
			const label = /^\{(\w+)\}$/.exec(segment);
			if (!label) return segment === parts[i];
			if (!parts[i]) return false;
			try {
				labels[label[1]] = decodeURIComponent(parts[i]);
			} catch {
				return false;
			}
			return true;
		});
		if (matches) return { action: route.action, labels };
	}
	return undefined;
}

/** Assembles the action's input from the JSON body, the URI labels and the query string, as the model binds them. */
export function bindInput(action: string, match: RouteMatch, query: URLSearchParams, body: Json): Json {
	const input: Json = { ...body };
	const shape = APPFLOW_MODEL.shapes[APPFLOW_MODEL.operations[action].input];
	for (const [name, member] of Object.entries(shape.members ?? {})) {
		if (member.httpLabel) {
			input[name] = match.labels[name];
		} else if (member.httpQuery) {
			const values = query.getAll(member.httpQuery);
			const target = APPFLOW_MODEL.shapes[member.target];
			if (target.type === 'list') input[name] = values.length > 0 ? values : undefined;
			else if (values.length > 0)
				input[name] = ['integer', 'long', 'double'].includes(target.type) ? Number(values[0]) : values[0];
		}
	}
	return input;
}
