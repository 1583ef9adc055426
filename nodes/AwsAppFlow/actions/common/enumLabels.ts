/** Readable option names for the model's enum values, shared by every field built from the model. */

/** Words kept in capitals when an enum value becomes an option name. */
const ACRONYMS = new Set(['API', 'ARN', 'CSV', 'ID', 'JSON', 'JWT', 'REST', 'S3', 'SAP', 'URL']);
/** Enum values whose words alone do not read well: run-together words, products spelled as AWS's enum has them. */
const ENUM_LABELS: Record<string, string> = {
	APIKEY: 'API Key',
	BULKV2: 'Bulk API 2.0',
	BYMINUTE: 'By Minute',
	EventBridge: 'EventBridge',
	Googleanalytics: 'Google Analytics',
	Infornexus: 'Infor Nexus',
	LookoutMetrics: 'Lookout for Metrics',
	OAUTH2: 'OAuth 2.0',
	REST_SYNC: 'REST (Synchronous)',
	SAPOData: 'SAP OData',
	Servicenow: 'ServiceNow',
	Trendmicro: 'Trend Micro',
};

/** "LESS_THAN_OR_EQUAL_TO" -> "Less Than Or Equal To", "OnDemand" -> "On Demand", "CSV" -> "CSV". */
export function enumLabel(value: string): string {
	if (ENUM_LABELS[value]) return ENUM_LABELS[value];
	return value
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.split(/[_\s]+/)
		.filter((w) => w !== '')
		.map((w) =>
			ACRONYMS.has(w.toUpperCase()) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
		)
		.join(' ');
}
