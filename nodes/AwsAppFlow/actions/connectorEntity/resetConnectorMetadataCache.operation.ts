import { defineOperation } from '../common/operation';

export const resetConnectorMetadataCache = defineOperation({
	action: 'ResetConnectorMetadataCache',
	name: 'Reset Metadata Cache',
	actionText: 'Reset the connector metadata cache',
	description:
		'Make AppFlow forget cached entity metadata so it reads the latest from the application; outputs a success flag',
	output: { kind: 'empty', echo: ['connectorProfileName', 'connectorType', 'connectorEntityName', 'entitiesPath'] },
});
