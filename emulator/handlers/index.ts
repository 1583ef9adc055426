/** One handler per AppFlow action. The server checks at start-up that this table and the model list the same actions. */
import { cancelFlowExecutions, describeFlowExecutionRecords, startFlow, stopFlow } from './executions';
import {
	describeConnector,
	describeConnectors,
	listConnectors,
	registerConnector,
	unregisterConnector,
	updateConnectorRegistration,
} from './connectors';
import {
	createConnectorProfile,
	deleteConnectorProfile,
	describeConnectorProfiles,
	updateConnectorProfile,
} from './connectorProfiles';
import type { Handler } from './context';
import { describeConnectorEntity, listConnectorEntities, resetConnectorMetadataCache } from './entities';
import { createFlow, deleteFlow, describeFlow, listFlows, updateFlow } from './flows';
import { listTagsForResource, tagResource, untagResource } from './tags';

export const HANDLERS: Readonly<Record<string, Handler>> = {
	CancelFlowExecutions: cancelFlowExecutions,
	CreateConnectorProfile: createConnectorProfile,
	CreateFlow: createFlow,
	DeleteConnectorProfile: deleteConnectorProfile,
	DeleteFlow: deleteFlow,
	DescribeConnector: describeConnector,
	DescribeConnectorEntity: describeConnectorEntity,
	DescribeConnectorProfiles: describeConnectorProfiles,
	DescribeConnectors: describeConnectors,
	DescribeFlow: describeFlow,
	DescribeFlowExecutionRecords: describeFlowExecutionRecords,
	ListConnectorEntities: listConnectorEntities,
	ListConnectors: listConnectors,
	ListFlows: listFlows,
	ListTagsForResource: listTagsForResource,
	RegisterConnector: registerConnector,
	ResetConnectorMetadataCache: resetConnectorMetadataCache,
	StartFlow: startFlow,
	StopFlow: stopFlow,
	TagResource: tagResource,
	UnregisterConnector: unregisterConnector,
	UntagResource: untagResource,
	UpdateConnectorProfile: updateConnectorProfile,
	UpdateConnectorRegistration: updateConnectorRegistration,
	UpdateFlow: updateFlow,
};
