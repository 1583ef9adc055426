// GENERATED FILE - do not edit. Regenerate with: npm run generate
// Source: appflow-2020-08-23.json (regions of AWS's endpoint tests for Appflow), sha256 2bf232f6426d27debe0453652ed66a362f8ea8fa2a8119c407c7b61813529e2f
export const APPFLOW_REGIONS: readonly string[] = [
	"af-south-1",
	"ap-northeast-1",
	"ap-northeast-2",
	"ap-south-1",
	"ap-southeast-1",
	"ap-southeast-2",
	"ca-central-1",
	"cn-north-1",
	"eu-central-1",
	"eu-west-1",
	"eu-west-2",
	"eu-west-3",
	"sa-east-1",
	"us-east-1",
	"us-east-2",
	"us-gov-east-1",
	"us-west-1",
	"us-west-2"
];

// Names: @aws-sdk/util-endpoints 3.808.0 partitions.json
export const APPFLOW_REGION_NAMES: Readonly<Record<string, string>> = {
	"af-south-1": "Africa (Cape Town)",
	"ap-northeast-1": "Asia Pacific (Tokyo)",
	"ap-northeast-2": "Asia Pacific (Seoul)",
	"ap-south-1": "Asia Pacific (Mumbai)",
	"ap-southeast-1": "Asia Pacific (Singapore)",
	"ap-southeast-2": "Asia Pacific (Sydney)",
	"ca-central-1": "Canada (Central)",
	"cn-north-1": "China (Beijing)",
	"eu-central-1": "Europe (Frankfurt)",
	"eu-west-1": "Europe (Ireland)",
	"eu-west-2": "Europe (London)",
	"eu-west-3": "Europe (Paris)",
	"sa-east-1": "South America (Sao Paulo)",
	"us-east-1": "US East (N. Virginia)",
	"us-east-2": "US East (Ohio)",
	"us-gov-east-1": "AWS GovCloud (US-East)",
	"us-west-1": "US West (N. California)",
	"us-west-2": "US West (Oregon)"
};
