/**
 * What the emulated source applications contain: entity names grouped as AppFlow groups them, and the fields of a
 * few well-known entities (Salesforce Account and Opportunity, Zendesk tickets, S3 files). Entities without a field
 * list here get a generic set of fields.
 */
import { memberEnumValues } from '../model';
import type { Json } from '../state/types';

type FieldKind =
	'id' | 'string' | 'picklist' | 'double' | 'currency' | 'integer' | 'boolean' | 'datetime' | 'date' | 'reference';

interface FieldDef {
	id: string;
	label: string;
	kind: FieldKind;
	picklist?: string[];
	/** Set on the modification timestamp that incremental pulls use. */
	incremental?: boolean;
	required?: boolean;
	readOnly?: boolean;
}

export interface EntityDef {
	name: string;
	label: string;
	hasNestedEntities?: boolean;
	fields?: FieldDef[];
}

const f = (id: string, label: string, kind: FieldKind, extra: Partial<FieldDef> = {}): FieldDef => ({
	id,
	label,
	kind,
	...extra,
});

const AUDIT_FIELDS = [
	f('CreatedDate', 'Created Date', 'datetime', { readOnly: true }),
	f('LastModifiedDate', 'Last Modified Date', 'datetime', { readOnly: true }),
	f('SystemModstamp', 'System Modstamp', 'datetime', { readOnly: true, incremental: true }),
];

const SALESFORCE_ACCOUNT: FieldDef[] = [
	f('Id', 'Account ID', 'id', { readOnly: true }),
	f('Name', 'Account Name', 'string', { required: true }),
	f('Type', 'Account Type', 'picklist', {
		picklist: ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Partner', 'Other'],
	}),
	f('Industry', 'Industry', 'picklist', {
		picklist: ['Agriculture', 'Banking', 'Education', 'Energy', 'Retail', 'Technology'],
	}),
	f('AnnualRevenue', 'Annual Revenue', 'currency'),
	f('NumberOfEmployees', 'Employees', 'integer'),
	f('BillingCity', 'Billing City', 'string'),
	f('BillingCountry', 'Billing Country', 'string'),
	f('Phone', 'Account Phone', 'string'),
	f('Website', 'Website', 'string'),
	f('OwnerId', 'Owner ID', 'reference'),
	f('IsDeleted', 'Deleted', 'boolean', { readOnly: true }),
	...AUDIT_FIELDS,
];

const SALESFORCE_OPPORTUNITY: FieldDef[] = [
	f('Id', 'Opportunity ID', 'id', { readOnly: true }),
	f('Name', 'Name', 'string', { required: true }),
	f('AccountId', 'Account ID', 'reference'),
	f('StageName', 'Stage', 'picklist', {
		required: true,
		picklist: [
			'Prospecting',
			'Qualification',
			'Needs Analysis',
			'Proposal/Price Quote',
			'Negotiation/Review',
			'Closed Won',
			'Closed Lost',
		],
	}),
	f('Amount', 'Amount', 'currency'),
	f('Probability', 'Probability (%)', 'double'),
	f('CloseDate', 'Close Date', 'date', { required: true }),
	f('IsClosed', 'Closed', 'boolean', { readOnly: true }),
	f('IsWon', 'Won', 'boolean', { readOnly: true }),
	f('LeadSource', 'Lead Source', 'picklist', { picklist: ['Web', 'Phone Inquiry', 'Partner Referral', 'Other'] }),
	...AUDIT_FIELDS,
];

const SALESFORCE_OTHER_OBJECTS = [
	'Asset',
	'Attachment',
	'Campaign',
	'CampaignMember',
	'Case',
	'Contact',
	'Contract',
	'Document',
	'Event',
	'Lead',
	'Note',
	'OpportunityLineItem',
	'Order',
	'OrderItem',
	'Pricebook2',
	'PricebookEntry',
	'Product2',
	'Quote',
	'Solution',
	'Task',
	'User',
];

const ZENDESK_TICKETS: FieldDef[] = [
	f('id', 'ID', 'integer', { readOnly: true }),
	f('subject', 'Subject', 'string'),
	f('description', 'Description', 'string'),
	f('status', 'Status', 'picklist', { picklist: ['new', 'open', 'pending', 'hold', 'solved', 'closed'] }),
	f('priority', 'Priority', 'picklist', { picklist: ['low', 'normal', 'high', 'urgent'] }),
	f('requester_id', 'Requester ID', 'integer'),
	f('assignee_id', 'Assignee ID', 'integer'),
	f('created_at', 'Created At', 'datetime', { readOnly: true }),
	f('updated_at', 'Updated At', 'datetime', { readOnly: true, incremental: true }),
];

/** Columns of the CSV files in the emulated buckets (AppFlow infers S3 fields from the files). */
const S3_CSV: FieldDef[] = ['order_id', 'customer', 'amount', 'currency', 'ordered_at'].map((c) => f(c, c, 'string'));

/** Buckets and their folders; a folder is an entity whose fields are the CSV columns of its files. */
export const S3_BUCKETS: Record<string, string[]> = {
	'appflow-demo-landing': ['salesforce', 'zendesk', 'exports'],
	'appflow-demo-raw': ['orders', 'customers'],
};

/**
 * SAP OData: services (top level, with nested entities) and their entity sets. AppFlow lists a service's entity
 * sets when asked with the service's path as entitiesPath; a flow names one by its full path (objectPath).
 */
const SAP_BUSINESS_PARTNER: FieldDef[] = [
	f('BusinessPartner', 'Business Partner', 'id', { readOnly: true }),
	f('BusinessPartnerFullName', 'Full Name', 'string'),
	f('BusinessPartnerCategory', 'Category', 'picklist', { picklist: ['1', '2', '3'] }),
	f('CreationDate', 'Created On', 'date', { readOnly: true }),
	f('LastChangeDate', 'Last Changed On', 'datetime', { readOnly: true, incremental: true }),
];
export const SAP_SERVICES: Record<string, { label: string; entities: EntityDef[] }> = {
	'/sap/opu/odata/sap/API_BUSINESS_PARTNER': {
		label: 'Business Partner',
		entities: [
			{ name: 'A_BusinessPartner', label: 'Business Partner', fields: SAP_BUSINESS_PARTNER },
			{ name: 'A_BusinessPartnerAddress', label: 'Business Partner Address' },
		],
	},
	'/sap/opu/odata/sap/API_SALES_ORDER_SRV': {
		label: 'Sales Order',
		entities: [
			{ name: 'A_SalesOrder', label: 'Sales Order' },
			{ name: 'A_SalesOrderItem', label: 'Sales Order Item' },
		],
	},
};

const serviceGroup = (servicePath: string) => servicePath.split('/').pop()!;

/** Top-level groups of entities per connector type. */
export const ENTITY_GROUPS: Record<string, Record<string, EntityDef[]>> = {
	Salesforce: {
		Objects: [
			{ name: 'Account', label: 'Account', fields: SALESFORCE_ACCOUNT },
			{ name: 'Opportunity', label: 'Opportunity', fields: SALESFORCE_OPPORTUNITY },
			...SALESFORCE_OTHER_OBJECTS.map((name) => ({
				name,
				label: name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/2$/, ''),
			})),
		].sort((a, b) => a.name.localeCompare(b.name)),
	},
	Zendesk: {
		Objects: [
			{ name: 'organizations', label: 'Organizations' },
			{ name: 'tickets', label: 'Tickets', fields: ZENDESK_TICKETS },
			{ name: 'users', label: 'Users' },
		],
	},
	Slack: { Objects: [{ name: 'conversations', label: 'Conversations' }] },
	S3: { Buckets: Object.keys(S3_BUCKETS).map((name) => ({ name, label: name, hasNestedEntities: true })) },
	CustomConnector: { Objects: [{ name: 'records', label: 'Records' }] },
	SAPOData: {
		Services: Object.entries(SAP_SERVICES).map(([name, service]) => ({
			name,
			label: service.label,
			hasNestedEntities: true,
		})),
	},
};

/** Entities under `entitiesPath`: an S3 bucket's folders, an SAP OData service's entity sets (named by full path). */
export function nestedEntities(connectorType: string, entitiesPath: string): Record<string, EntityDef[]> | undefined {
	if (connectorType === 'SAPOData') {
		const path = entitiesPath.replace(/\/+$/, '');
		const service = SAP_SERVICES[path];
		if (!service) return undefined;
		// Group names have no spaces in AppFlow's answers: the service's own name is the group.
		return { [serviceGroup(path)]: service.entities.map((e) => ({ ...e, name: `${path}/${e.name}` })) };
	}
	if (connectorType !== 'S3') return undefined;
	const bucket = entitiesPath.replace(/\/+$/, '');
	const folders = S3_BUCKETS[bucket];
	if (!folders) return undefined;
	return { [bucket]: folders.map((folder) => ({ name: `${bucket}/${folder}`, label: folder, fields: S3_CSV })) };
}

/** Finds an entity by name (for S3, `bucket/folder`). */
export function findEntity(connectorType: string, name: string): EntityDef | undefined {
	if (connectorType === 'SAPOData') {
		const service = name.replace(/\/[^/]+$/, '');
		return nestedEntities('SAPOData', service)?.[serviceGroup(service)]?.find((e) => e.name === name);
	}
	if (connectorType === 'S3') {
		const bucket = name.split('/')[0];
		return nestedEntities('S3', bucket)?.[bucket]?.find((e) => e.name === name.replace(/\/+$/, ''));
	}
	for (const entities of Object.values(ENTITY_GROUPS[connectorType] ?? {})) {
		const entity = entities.find((e) => e.name === name);
		if (entity) return entity;
	}
	return undefined;
}

const OPERATORS_BY_KIND: Record<FieldKind, string[]> = {
	id: [
		'PROJECTION',
		'EQUAL_TO',
		'NOT_EQUAL_TO',
		'CONTAINS',
		'NO_OP',
		'VALIDATE_NON_NULL',
		'MASK_ALL',
		'MASK_FIRST_N',
		'MASK_LAST_N',
	],
	string: [
		'PROJECTION',
		'EQUAL_TO',
		'NOT_EQUAL_TO',
		'CONTAINS',
		'NO_OP',
		'VALIDATE_NON_NULL',
		'MASK_ALL',
		'MASK_FIRST_N',
		'MASK_LAST_N',
	],
	reference: ['PROJECTION', 'EQUAL_TO', 'NOT_EQUAL_TO', 'NO_OP', 'VALIDATE_NON_NULL'],
	picklist: ['PROJECTION', 'EQUAL_TO', 'NOT_EQUAL_TO', 'CONTAINS', 'NO_OP', 'VALIDATE_NON_NULL'],
	double: [
		'PROJECTION',
		'LESS_THAN',
		'GREATER_THAN',
		'BETWEEN',
		'LESS_THAN_OR_EQUAL_TO',
		'GREATER_THAN_OR_EQUAL_TO',
		'EQUAL_TO',
		'NOT_EQUAL_TO',
		'ADDITION',
		'MULTIPLICATION',
		'DIVISION',
		'SUBTRACTION',
		'VALIDATE_NUMERIC',
		'VALIDATE_NON_NEGATIVE',
		'VALIDATE_NON_ZERO',
		'NO_OP',
	],
	currency: [
		'PROJECTION',
		'LESS_THAN',
		'GREATER_THAN',
		'BETWEEN',
		'EQUAL_TO',
		'NOT_EQUAL_TO',
		'ADDITION',
		'MULTIPLICATION',
		'DIVISION',
		'SUBTRACTION',
		'VALIDATE_NUMERIC',
		'NO_OP',
	],
	integer: [
		'PROJECTION',
		'LESS_THAN',
		'GREATER_THAN',
		'BETWEEN',
		'EQUAL_TO',
		'NOT_EQUAL_TO',
		'ADDITION',
		'MULTIPLICATION',
		'DIVISION',
		'SUBTRACTION',
		'VALIDATE_NUMERIC',
		'NO_OP',
	],
	boolean: ['PROJECTION', 'EQUAL_TO', 'NOT_EQUAL_TO', 'NO_OP'],
	datetime: ['PROJECTION', 'LESS_THAN', 'GREATER_THAN', 'BETWEEN', 'EQUAL_TO', 'NO_OP', 'VALIDATE_NON_NULL'],
	date: ['PROJECTION', 'LESS_THAN', 'GREATER_THAN', 'BETWEEN', 'EQUAL_TO', 'NO_OP', 'VALIDATE_NON_NULL'],
};

const GENERIC_FIELDS: FieldDef[] = [
	f('Id', 'ID', 'id', { readOnly: true }),
	f('Name', 'Name', 'string'),
	...AUDIT_FIELDS,
];

/** ConnectorEntityField list for DescribeConnectorEntity. Filter operators are limited to what the connector supports. */
export function entityFields(connectorType: string, entity: EntityDef, destinationCapable: boolean): Json[] {
	const supported = new Set(memberEnumValues('ConnectorOperator', connectorType));
	return (entity.fields ?? GENERIC_FIELDS).map((field) => {
		const operators = OPERATORS_BY_KIND[field.kind].filter((op) => supported.size === 0 || supported.has(op));
		const writable = destinationCapable && !field.readOnly;
		return {
			identifier: field.id,
			label: field.label,
			isPrimaryKey: field.kind === 'id' || field.id === 'id',
			isDeprecated: false,
			// The model's Description pattern allows only some punctuation.
			description: `${field.label} of the ${entity.label} entity`.replace(/[^\s\w/!@#+=.-]/g, ''),
			supportedFieldTypeDetails: {
				v1: {
					fieldType: field.kind,
					filterOperators: operators,
					supportedValues: field.picklist?.map((v) => v.replace(/\s+/g, '_')),
					supportedDateFormat:
						field.kind === 'datetime' ? "yyyy-MM-dd'T'HH:mm:ss.SSSZ" : field.kind === 'date' ? 'yyyy-MM-dd' : undefined,
				},
			},
			sourceProperties: {
				isRetrievable: true,
				isQueryable: operators.length > 1,
				isTimestampFieldForIncrementalQueries: !!field.incremental,
			},
			destinationProperties: destinationCapable
				? {
						isCreatable: writable,
						isNullable: !field.required,
						isUpsertable: writable,
						isUpdatable: writable,
						isDefaultedOnCreate: !!field.readOnly,
						supportedWriteOperations: writable ? ['INSERT', 'UPSERT', 'UPDATE'] : [],
					}
				: undefined,
		};
	});
}
