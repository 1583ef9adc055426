/** Shapes of the table that scripts/generate-constraints.js derives from AWS's Smithy model of AppFlow. */

export interface MemberSpec {
	target: string;
	required?: boolean;
	httpLabel?: boolean;
	httpQuery?: string;
	idempotencyToken?: boolean;
	default?: unknown;
}

export interface ShapeSpec {
	type: 'structure' | 'string' | 'enum' | 'list' | 'map' | 'integer' | 'long' | 'double' | 'boolean' | 'timestamp';
	length?: { min?: number; max?: number };
	range?: { min?: number; max?: number };
	pattern?: string;
	sensitive?: boolean;
	values?: string[];
	member?: string;
	key?: string;
	value?: string;
	members?: Record<string, MemberSpec>;
	error?: boolean;
}

export interface OperationSpec {
	input: string;
	output: string;
	method: 'GET' | 'POST' | 'DELETE' | 'PUT';
	uri: string;
	code: number;
	errors: string[];
	paginated?: { inputToken: string; outputToken: string; pageSize: string };
}

export interface AppFlowModel {
	service: { version: string; sdkId: string; signingName: string };
	operations: Record<string, OperationSpec>;
	errors: Record<string, { fault: 'client' | 'server'; status: number }>;
	shapes: Record<string, ShapeSpec>;
}
