import { defineOperation } from '../common/operation';

export const describeConnectorProfiles = defineOperation({
	action: 'DescribeConnectorProfiles',
	name: 'Get Many',
	actionText: 'Get many connector profiles',
	description:
		'List connector profiles (without their credentials), one item per profile, optionally by name or connector type (DescribeConnectorProfiles)',
	output: { kind: 'list', key: 'connectorProfileDetails' },
});
