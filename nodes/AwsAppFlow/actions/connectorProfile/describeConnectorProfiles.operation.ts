import { defineOperation } from '../common/operation';
import { simplifyConnectorProfile } from '../common/simplify';

export const describeConnectorProfiles = defineOperation({
	action: 'DescribeConnectorProfiles',
	name: 'Get Many',
	actionText: 'Get many connector profiles',
	description:
		'List connector profiles (without their credentials), optionally by name or connector type; one item per profile',
	output: { kind: 'list', key: 'connectorProfileDetails' },
	simplify: simplifyConnectorProfile,
});
