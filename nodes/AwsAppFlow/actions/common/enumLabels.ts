/** Readable option names for the model's enum values, shared by every field built from the model. */

/** Words kept in capitals when an enum value becomes an option name. */
const ACRONYMS = new Set(['API', 'CSV', 'ID', 'JSON', 'REST', 'S3', 'SAP']);
/** Enum values whose words alone do not read well. */
const ENUM_LABELS: Record<string, string> = { BULKV2: 'Bulk API 2.0', REST_SYNC: 'REST (Synchronous)' };

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
