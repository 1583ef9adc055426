// GENERATED FILE - do not edit. Regenerate with: npm run generate
// Source: appflow-2020-08-23.json (AWS Smithy model of Appflow, API version 2020-08-23), sha256 2bf232f6426d27debe0453652ed66a362f8ea8fa2a8119c407c7b61813529e2f
import type { AppFlowModel } from './modelTypes';

export const APPFLOW_MODEL: AppFlowModel = {
	"service": {
		"version": "2020-08-23",
		"sdkId": "Appflow",
		"signingName": "appflow"
	},
	"operations": {
		"CancelFlowExecutions": {
			"input": "CancelFlowExecutionsRequest",
			"output": "CancelFlowExecutionsResponse",
			"method": "POST",
			"uri": "/cancel-flow-executions",
			"code": 200,
			"errors": [
				"AccessDeniedException",
				"InternalServerException",
				"ResourceNotFoundException",
				"ThrottlingException",
				"ValidationException"
			]
		},
		"CreateConnectorProfile": {
			"input": "CreateConnectorProfileRequest",
			"output": "CreateConnectorProfileResponse",
			"method": "POST",
			"uri": "/create-connector-profile",
			"code": 200,
			"errors": [
				"ConflictException",
				"ConnectorAuthenticationException",
				"InternalServerException",
				"ServiceQuotaExceededException",
				"ValidationException"
			]
		},
		"CreateFlow": {
			"input": "CreateFlowRequest",
			"output": "CreateFlowResponse",
			"method": "POST",
			"uri": "/create-flow",
			"code": 200,
			"errors": [
				"AccessDeniedException",
				"ConflictException",
				"ConnectorAuthenticationException",
				"ConnectorServerException",
				"InternalServerException",
				"ResourceNotFoundException",
				"ServiceQuotaExceededException",
				"ValidationException"
			]
		},
		"DeleteConnectorProfile": {
			"input": "DeleteConnectorProfileRequest",
			"output": "DeleteConnectorProfileResponse",
			"method": "POST",
			"uri": "/delete-connector-profile",
			"code": 200,
			"errors": [
				"ConflictException",
				"InternalServerException",
				"ResourceNotFoundException"
			]
		},
		"DeleteFlow": {
			"input": "DeleteFlowRequest",
			"output": "DeleteFlowResponse",
			"method": "POST",
			"uri": "/delete-flow",
			"code": 200,
			"errors": [
				"ConflictException",
				"InternalServerException",
				"ResourceNotFoundException"
			]
		},
		"DescribeConnector": {
			"input": "DescribeConnectorRequest",
			"output": "DescribeConnectorResponse",
			"method": "POST",
			"uri": "/describe-connector",
			"code": 200,
			"errors": [
				"InternalServerException",
				"ResourceNotFoundException",
				"ValidationException"
			]
		},
		"DescribeConnectorEntity": {
			"input": "DescribeConnectorEntityRequest",
			"output": "DescribeConnectorEntityResponse",
			"method": "POST",
			"uri": "/describe-connector-entity",
			"code": 200,
			"errors": [
				"ConnectorAuthenticationException",
				"ConnectorServerException",
				"InternalServerException",
				"ResourceNotFoundException",
				"ValidationException"
			]
		},
		"DescribeConnectorProfiles": {
			"input": "DescribeConnectorProfilesRequest",
			"output": "DescribeConnectorProfilesResponse",
			"method": "POST",
			"uri": "/describe-connector-profiles",
			"code": 200,
			"errors": [
				"InternalServerException",
				"ValidationException"
			],
			"paginated": {
				"inputToken": "nextToken",
				"outputToken": "nextToken",
				"pageSize": "maxResults"
			}
		},
		"DescribeConnectors": {
			"input": "DescribeConnectorsRequest",
			"output": "DescribeConnectorsResponse",
			"method": "POST",
			"uri": "/describe-connectors",
			"code": 200,
			"errors": [
				"InternalServerException",
				"ValidationException"
			],
			"paginated": {
				"inputToken": "nextToken",
				"outputToken": "nextToken",
				"pageSize": "maxResults"
			}
		},
		"DescribeFlow": {
			"input": "DescribeFlowRequest",
			"output": "DescribeFlowResponse",
			"method": "POST",
			"uri": "/describe-flow",
			"code": 200,
			"errors": [
				"InternalServerException",
				"ResourceNotFoundException"
			]
		},
		"DescribeFlowExecutionRecords": {
			"input": "DescribeFlowExecutionRecordsRequest",
			"output": "DescribeFlowExecutionRecordsResponse",
			"method": "POST",
			"uri": "/describe-flow-execution-records",
			"code": 200,
			"errors": [
				"InternalServerException",
				"ResourceNotFoundException",
				"ValidationException"
			],
			"paginated": {
				"inputToken": "nextToken",
				"outputToken": "nextToken",
				"pageSize": "maxResults"
			}
		},
		"ListConnectorEntities": {
			"input": "ListConnectorEntitiesRequest",
			"output": "ListConnectorEntitiesResponse",
			"method": "POST",
			"uri": "/list-connector-entities",
			"code": 200,
			"errors": [
				"ConnectorAuthenticationException",
				"ConnectorServerException",
				"InternalServerException",
				"ResourceNotFoundException",
				"ValidationException"
			]
		},
		"ListConnectors": {
			"input": "ListConnectorsRequest",
			"output": "ListConnectorsResponse",
			"method": "POST",
			"uri": "/list-connectors",
			"code": 200,
			"errors": [
				"InternalServerException",
				"ValidationException"
			],
			"paginated": {
				"inputToken": "nextToken",
				"outputToken": "nextToken",
				"pageSize": "maxResults"
			}
		},
		"ListFlows": {
			"input": "ListFlowsRequest",
			"output": "ListFlowsResponse",
			"method": "POST",
			"uri": "/list-flows",
			"code": 200,
			"errors": [
				"InternalServerException",
				"ValidationException"
			],
			"paginated": {
				"inputToken": "nextToken",
				"outputToken": "nextToken",
				"pageSize": "maxResults"
			}
		},
		"ListTagsForResource": {
			"input": "ListTagsForResourceRequest",
			"output": "ListTagsForResourceResponse",
			"method": "GET",
			"uri": "/tags/{resourceArn}",
			"code": 200,
			"errors": [
				"InternalServerException",
				"ResourceNotFoundException",
				"ValidationException"
			]
		},
		"RegisterConnector": {
			"input": "RegisterConnectorRequest",
			"output": "RegisterConnectorResponse",
			"method": "POST",
			"uri": "/register-connector",
			"code": 200,
			"errors": [
				"AccessDeniedException",
				"ConflictException",
				"ConnectorAuthenticationException",
				"ConnectorServerException",
				"InternalServerException",
				"ResourceNotFoundException",
				"ServiceQuotaExceededException",
				"ThrottlingException",
				"ValidationException"
			]
		},
		"ResetConnectorMetadataCache": {
			"input": "ResetConnectorMetadataCacheRequest",
			"output": "ResetConnectorMetadataCacheResponse",
			"method": "POST",
			"uri": "/reset-connector-metadata-cache",
			"code": 200,
			"errors": [
				"ConflictException",
				"InternalServerException",
				"ResourceNotFoundException",
				"ValidationException"
			]
		},
		"StartFlow": {
			"input": "StartFlowRequest",
			"output": "StartFlowResponse",
			"method": "POST",
			"uri": "/start-flow",
			"code": 200,
			"errors": [
				"ConflictException",
				"InternalServerException",
				"ResourceNotFoundException",
				"ServiceQuotaExceededException"
			]
		},
		"StopFlow": {
			"input": "StopFlowRequest",
			"output": "StopFlowResponse",
			"method": "POST",
			"uri": "/stop-flow",
			"code": 200,
			"errors": [
				"ConflictException",
				"InternalServerException",
				"ResourceNotFoundException",
				"UnsupportedOperationException"
			]
		},
		"TagResource": {
			"input": "TagResourceRequest",
			"output": "TagResourceResponse",
			"method": "POST",
			"uri": "/tags/{resourceArn}",
			"code": 200,
			"errors": [
				"InternalServerException",
				"ResourceNotFoundException",
				"ValidationException"
			]
		},
		"UnregisterConnector": {
			"input": "UnregisterConnectorRequest",
			"output": "UnregisterConnectorResponse",
			"method": "POST",
			"uri": "/unregister-connector",
			"code": 200,
			"errors": [
				"ConflictException",
				"InternalServerException",
				"ResourceNotFoundException"
			]
		},
		"UntagResource": {
			"input": "UntagResourceRequest",
			"output": "UntagResourceResponse",
			"method": "DELETE",
			"uri": "/tags/{resourceArn}",
			"code": 200,
			"errors": [
				"InternalServerException",
				"ResourceNotFoundException",
				"ValidationException"
			]
		},
		"UpdateConnectorProfile": {
			"input": "UpdateConnectorProfileRequest",
			"output": "UpdateConnectorProfileResponse",
			"method": "POST",
			"uri": "/update-connector-profile",
			"code": 200,
			"errors": [
				"ConflictException",
				"ConnectorAuthenticationException",
				"InternalServerException",
				"ResourceNotFoundException",
				"ValidationException"
			]
		},
		"UpdateConnectorRegistration": {
			"input": "UpdateConnectorRegistrationRequest",
			"output": "UpdateConnectorRegistrationResponse",
			"method": "POST",
			"uri": "/update-connector-registration",
			"code": 200,
			"errors": [
				"AccessDeniedException",
				"ConflictException",
				"ConnectorAuthenticationException",
				"ConnectorServerException",
				"InternalServerException",
				"ResourceNotFoundException",
				"ServiceQuotaExceededException",
				"ThrottlingException",
				"ValidationException"
			]
		},
		"UpdateFlow": {
			"input": "UpdateFlowRequest",
			"output": "UpdateFlowResponse",
			"method": "POST",
			"uri": "/update-flow",
			"code": 200,
			"errors": [
				"AccessDeniedException",
				"ConflictException",
				"ConnectorAuthenticationException",
				"ConnectorServerException",
				"InternalServerException",
				"ResourceNotFoundException",
				"ServiceQuotaExceededException",
				"ValidationException"
			]
		}
	},
	"errors": {
		"AccessDeniedException": {
			"fault": "client",
			"status": 403
		},
		"ConflictException": {
			"fault": "client",
			"status": 409
		},
		"ConnectorAuthenticationException": {
			"fault": "client",
			"status": 401
		},
		"ConnectorServerException": {
			"fault": "client",
			"status": 400
		},
		"InternalServerException": {
			"fault": "server",
			"status": 500
		},
		"ResourceNotFoundException": {
			"fault": "client",
			"status": 404
		},
		"ServiceQuotaExceededException": {
			"fault": "client",
			"status": 402
		},
		"ThrottlingException": {
			"fault": "client",
			"status": 429
		},
		"UnsupportedOperationException": {
			"fault": "client",
			"status": 400
		},
		"ValidationException": {
			"fault": "client",
			"status": 400
		}
	},
	"shapes": {
		"ARN": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^arn:aws:.*:.*:[0-9]+:"
		},
		"AccessDeniedException": {
			"type": "structure",
			"members": {
				"message": {
					"target": "ErrorMessage"
				}
			},
			"error": true
		},
		"AccessKeyId": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$",
			"sensitive": true
		},
		"AccessToken": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 4096
			},
			"pattern": "^\\S+$",
			"sensitive": true
		},
		"AccountName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"AggregationConfig": {
			"type": "structure",
			"members": {
				"aggregationType": {
					"target": "AggregationType"
				},
				"targetFileSize": {
					"target": "Long"
				}
			}
		},
		"AggregationType": {
			"type": "enum",
			"values": [
				"None",
				"SingleFile"
			]
		},
		"AmplitudeConnectorOperator": {
			"type": "enum",
			"values": [
				"BETWEEN"
			]
		},
		"AmplitudeConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"apiKey": {
					"target": "ApiKey",
					"required": true
				},
				"secretKey": {
					"target": "SecretKey",
					"required": true
				}
			}
		},
		"AmplitudeConnectorProfileProperties": {
			"type": "structure",
			"members": {}
		},
		"AmplitudeMetadata": {
			"type": "structure",
			"members": {}
		},
		"AmplitudeSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		},
		"ApiKey": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$",
			"sensitive": true
		},
		"ApiKeyCredentials": {
			"type": "structure",
			"members": {
				"apiKey": {
					"target": "ApiKey",
					"required": true
				},
				"apiSecretKey": {
					"target": "ApiSecretKey"
				}
			}
		},
		"ApiSecretKey": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$",
			"sensitive": true
		},
		"ApiToken": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"ApiVersion": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"ApplicationHostUrl": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^(https?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]$"
		},
		"ApplicationKey": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"ApplicationServicePath": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"ApplicationType": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"AuthCode": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 4096
			},
			"pattern": "^\\S+$"
		},
		"AuthCodeUrl": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^(https?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]$"
		},
		"AuthCodeUrlList": {
			"type": "list",
			"member": "AuthCodeUrl"
		},
		"AuthParameter": {
			"type": "structure",
			"members": {
				"key": {
					"target": "Key"
				},
				"isRequired": {
					"target": "Boolean",
					"default": false
				},
				"label": {
					"target": "Label"
				},
				"description": {
					"target": "Description"
				},
				"isSensitiveField": {
					"target": "Boolean",
					"default": false
				},
				"connectorSuppliedValues": {
					"target": "ConnectorSuppliedValueList"
				}
			}
		},
		"AuthParameterList": {
			"type": "list",
			"member": "AuthParameter"
		},
		"AuthenticationConfig": {
			"type": "structure",
			"members": {
				"isBasicAuthSupported": {
					"target": "Boolean",
					"default": false
				},
				"isApiKeyAuthSupported": {
					"target": "Boolean",
					"default": false
				},
				"isOAuth2Supported": {
					"target": "Boolean",
					"default": false
				},
				"isCustomAuthSupported": {
					"target": "Boolean",
					"default": false
				},
				"oAuth2Defaults": {
					"target": "OAuth2Defaults"
				},
				"customAuthConfigs": {
					"target": "CustomAuthConfigList"
				}
			}
		},
		"AuthenticationType": {
			"type": "enum",
			"values": [
				"OAUTH2",
				"APIKEY",
				"BASIC",
				"CUSTOM"
			]
		},
		"BasicAuthCredentials": {
			"type": "structure",
			"members": {
				"username": {
					"target": "Username",
					"required": true
				},
				"password": {
					"target": "Password",
					"required": true
				}
			}
		},
		"Boolean": {
			"type": "boolean"
		},
		"BucketName": {
			"type": "string",
			"length": {
				"min": 3,
				"max": 63
			},
			"pattern": "^\\S+$"
		},
		"BucketPrefix": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": ".*"
		},
		"BusinessUnitId": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 18
			},
			"pattern": "^\\S+$"
		},
		"CancelFlowExecutionsRequest": {
			"type": "structure",
			"members": {
				"flowName": {
					"target": "FlowName",
					"required": true
				},
				"executionIds": {
					"target": "ExecutionIds"
				}
			}
		},
		"CancelFlowExecutionsResponse": {
			"type": "structure",
			"members": {
				"invalidExecutions": {
					"target": "ExecutionIds"
				}
			}
		},
		"CatalogType": {
			"type": "enum",
			"values": [
				"GLUE"
			]
		},
		"ClientCredentialsArn": {
			"type": "string",
			"length": {
				"min": 20,
				"max": 2048
			},
			"pattern": "^arn:aws:secretsmanager:.*:[0-9]+:",
			"sensitive": true
		},
		"ClientId": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"ClientNumber": {
			"type": "string",
			"length": {
				"min": 3,
				"max": 3
			},
			"pattern": "^\\d{3}$"
		},
		"ClientSecret": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$",
			"sensitive": true
		},
		"ClientToken": {
			"type": "string",
			"length": {
				"min": 1,
				"max": 256
			},
			"pattern": "^[ -~]+$"
		},
		"ClusterIdentifier": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"ConflictException": {
			"type": "structure",
			"members": {
				"message": {
					"target": "ErrorMessage"
				}
			},
			"error": true
		},
		"ConnectionMode": {
			"type": "enum",
			"values": [
				"Public",
				"Private"
			]
		},
		"ConnectorAuthenticationException": {
			"type": "structure",
			"members": {
				"message": {
					"target": "ErrorMessage"
				}
			},
			"error": true
		},
		"ConnectorConfiguration": {
			"type": "structure",
			"members": {
				"canUseAsSource": {
					"target": "Boolean",
					"default": false
				},
				"canUseAsDestination": {
					"target": "Boolean",
					"default": false
				},
				"supportedDestinationConnectors": {
					"target": "ConnectorTypeList"
				},
				"supportedSchedulingFrequencies": {
					"target": "SchedulingFrequencyTypeList"
				},
				"isPrivateLinkEnabled": {
					"target": "Boolean",
					"default": false
				},
				"isPrivateLinkEndpointUrlRequired": {
					"target": "Boolean",
					"default": false
				},
				"supportedTriggerTypes": {
					"target": "TriggerTypeList"
				},
				"connectorMetadata": {
					"target": "ConnectorMetadata"
				},
				"connectorType": {
					"target": "ConnectorType"
				},
				"connectorLabel": {
					"target": "ConnectorLabel"
				},
				"connectorDescription": {
					"target": "ConnectorDescription"
				},
				"connectorOwner": {
					"target": "ConnectorOwner"
				},
				"connectorName": {
					"target": "ConnectorName"
				},
				"connectorVersion": {
					"target": "ConnectorVersion"
				},
				"connectorArn": {
					"target": "ARN"
				},
				"connectorModes": {
					"target": "ConnectorModeList"
				},
				"authenticationConfig": {
					"target": "AuthenticationConfig"
				},
				"connectorRuntimeSettings": {
					"target": "ConnectorRuntimeSettingList"
				},
				"supportedApiVersions": {
					"target": "SupportedApiVersionList"
				},
				"supportedOperators": {
					"target": "SupportedOperatorList"
				},
				"supportedWriteOperations": {
					"target": "SupportedWriteOperationList"
				},
				"connectorProvisioningType": {
					"target": "ConnectorProvisioningType"
				},
				"connectorProvisioningConfig": {
					"target": "ConnectorProvisioningConfig"
				},
				"logoURL": {
					"target": "LogoURL"
				},
				"registeredAt": {
					"target": "Date"
				},
				"registeredBy": {
					"target": "RegisteredBy"
				},
				"supportedDataTransferTypes": {
					"target": "SupportedDataTransferTypeList"
				},
				"supportedDataTransferApis": {
					"target": "SupportedDataTransferApis"
				}
			}
		},
		"ConnectorConfigurationsMap": {
			"type": "map",
			"key": "ConnectorType",
			"value": "ConnectorConfiguration"
		},
		"ConnectorDescription": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^[\\w!@#\\-.?,\\s]*$"
		},
		"ConnectorDetail": {
			"type": "structure",
			"members": {
				"connectorDescription": {
					"target": "ConnectorDescription"
				},
				"connectorName": {
					"target": "ConnectorName"
				},
				"connectorOwner": {
					"target": "ConnectorOwner"
				},
				"connectorVersion": {
					"target": "ConnectorVersion"
				},
				"applicationType": {
					"target": "ApplicationType"
				},
				"connectorType": {
					"target": "ConnectorType"
				},
				"connectorLabel": {
					"target": "ConnectorLabel"
				},
				"registeredAt": {
					"target": "Date"
				},
				"registeredBy": {
					"target": "RegisteredBy"
				},
				"connectorProvisioningType": {
					"target": "ConnectorProvisioningType"
				},
				"connectorModes": {
					"target": "ConnectorModeList"
				},
				"supportedDataTransferTypes": {
					"target": "SupportedDataTransferTypeList"
				}
			}
		},
		"ConnectorEntity": {
			"type": "structure",
			"members": {
				"name": {
					"target": "Name",
					"required": true
				},
				"label": {
					"target": "Label"
				},
				"hasNestedEntities": {
					"target": "Boolean",
					"default": false
				}
			}
		},
		"ConnectorEntityField": {
			"type": "structure",
			"members": {
				"identifier": {
					"target": "Identifier",
					"required": true
				},
				"parentIdentifier": {
					"target": "Identifier"
				},
				"label": {
					"target": "Label"
				},
				"isPrimaryKey": {
					"target": "Boolean",
					"default": false
				},
				"defaultValue": {
					"target": "String"
				},
				"isDeprecated": {
					"target": "Boolean",
					"default": false
				},
				"supportedFieldTypeDetails": {
					"target": "SupportedFieldTypeDetails"
				},
				"description": {
					"target": "Description"
				},
				"sourceProperties": {
					"target": "SourceFieldProperties"
				},
				"destinationProperties": {
					"target": "DestinationFieldProperties"
				},
				"customProperties": {
					"target": "CustomProperties"
				}
			}
		},
		"ConnectorEntityFieldList": {
			"type": "list",
			"member": "ConnectorEntityField"
		},
		"ConnectorEntityList": {
			"type": "list",
			"member": "ConnectorEntity"
		},
		"ConnectorEntityMap": {
			"type": "map",
			"key": "Group",
			"value": "ConnectorEntityList"
		},
		"ConnectorLabel": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^[a-zA-Z0-9][\\w!@#.-]+$"
		},
		"ConnectorList": {
			"type": "list",
			"member": "ConnectorDetail"
		},
		"ConnectorMetadata": {
			"type": "structure",
			"members": {
				"Amplitude": {
					"target": "AmplitudeMetadata"
				},
				"Datadog": {
					"target": "DatadogMetadata"
				},
				"Dynatrace": {
					"target": "DynatraceMetadata"
				},
				"GoogleAnalytics": {
					"target": "GoogleAnalyticsMetadata"
				},
				"InforNexus": {
					"target": "InforNexusMetadata"
				},
				"Marketo": {
					"target": "MarketoMetadata"
				},
				"Redshift": {
					"target": "RedshiftMetadata"
				},
				"S3": {
					"target": "S3Metadata"
				},
				"Salesforce": {
					"target": "SalesforceMetadata"
				},
				"ServiceNow": {
					"target": "ServiceNowMetadata"
				},
				"Singular": {
					"target": "SingularMetadata"
				},
				"Slack": {
					"target": "SlackMetadata"
				},
				"Snowflake": {
					"target": "SnowflakeMetadata"
				},
				"Trendmicro": {
					"target": "TrendmicroMetadata"
				},
				"Veeva": {
					"target": "VeevaMetadata"
				},
				"Zendesk": {
					"target": "ZendeskMetadata"
				},
				"EventBridge": {
					"target": "EventBridgeMetadata"
				},
				"Upsolver": {
					"target": "UpsolverMetadata"
				},
				"CustomerProfiles": {
					"target": "CustomerProfilesMetadata"
				},
				"Honeycode": {
					"target": "HoneycodeMetadata"
				},
				"SAPOData": {
					"target": "SAPODataMetadata"
				},
				"Pardot": {
					"target": "PardotMetadata"
				}
			}
		},
		"ConnectorMode": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"ConnectorModeList": {
			"type": "list",
			"member": "ConnectorMode"
		},
		"ConnectorName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": ".*"
		},
		"ConnectorOAuthRequest": {
			"type": "structure",
			"members": {
				"authCode": {
					"target": "AuthCode"
				},
				"redirectUri": {
					"target": "RedirectUri"
				}
			}
		},
		"ConnectorOperator": {
			"type": "structure",
			"members": {
				"Amplitude": {
					"target": "AmplitudeConnectorOperator"
				},
				"Datadog": {
					"target": "DatadogConnectorOperator"
				},
				"Dynatrace": {
					"target": "DynatraceConnectorOperator"
				},
				"GoogleAnalytics": {
					"target": "GoogleAnalyticsConnectorOperator"
				},
				"InforNexus": {
					"target": "InforNexusConnectorOperator"
				},
				"Marketo": {
					"target": "MarketoConnectorOperator"
				},
				"S3": {
					"target": "S3ConnectorOperator"
				},
				"Salesforce": {
					"target": "SalesforceConnectorOperator"
				},
				"ServiceNow": {
					"target": "ServiceNowConnectorOperator"
				},
				"Singular": {
					"target": "SingularConnectorOperator"
				},
				"Slack": {
					"target": "SlackConnectorOperator"
				},
				"Trendmicro": {
					"target": "TrendmicroConnectorOperator"
				},
				"Veeva": {
					"target": "VeevaConnectorOperator"
				},
				"Zendesk": {
					"target": "ZendeskConnectorOperator"
				},
				"SAPOData": {
					"target": "SAPODataConnectorOperator"
				},
				"CustomConnector": {
					"target": "Operator"
				},
				"Pardot": {
					"target": "PardotConnectorOperator"
				}
			}
		},
		"ConnectorOwner": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": ".*"
		},
		"ConnectorProfile": {
			"type": "structure",
			"members": {
				"connectorProfileArn": {
					"target": "ConnectorProfileArn"
				},
				"connectorProfileName": {
					"target": "ConnectorProfileName"
				},
				"connectorType": {
					"target": "ConnectorType"
				},
				"connectorLabel": {
					"target": "ConnectorLabel"
				},
				"connectionMode": {
					"target": "ConnectionMode"
				},
				"credentialsArn": {
					"target": "ARN"
				},
				"connectorProfileProperties": {
					"target": "ConnectorProfileProperties"
				},
				"createdAt": {
					"target": "Date"
				},
				"lastUpdatedAt": {
					"target": "Date"
				},
				"privateConnectionProvisioningState": {
					"target": "PrivateConnectionProvisioningState"
				}
			}
		},
		"ConnectorProfileArn": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^arn:aws:appflow:.*:[0-9]+:"
		},
		"ConnectorProfileConfig": {
			"type": "structure",
			"members": {
				"connectorProfileProperties": {
					"target": "ConnectorProfileProperties",
					"required": true
				},
				"connectorProfileCredentials": {
					"target": "ConnectorProfileCredentials"
				}
			}
		},
		"ConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"Amplitude": {
					"target": "AmplitudeConnectorProfileCredentials"
				},
				"Datadog": {
					"target": "DatadogConnectorProfileCredentials"
				},
				"Dynatrace": {
					"target": "DynatraceConnectorProfileCredentials"
				},
				"GoogleAnalytics": {
					"target": "GoogleAnalyticsConnectorProfileCredentials"
				},
				"Honeycode": {
					"target": "HoneycodeConnectorProfileCredentials"
				},
				"InforNexus": {
					"target": "InforNexusConnectorProfileCredentials"
				},
				"Marketo": {
					"target": "MarketoConnectorProfileCredentials"
				},
				"Redshift": {
					"target": "RedshiftConnectorProfileCredentials"
				},
				"Salesforce": {
					"target": "SalesforceConnectorProfileCredentials"
				},
				"ServiceNow": {
					"target": "ServiceNowConnectorProfileCredentials"
				},
				"Singular": {
					"target": "SingularConnectorProfileCredentials"
				},
				"Slack": {
					"target": "SlackConnectorProfileCredentials"
				},
				"Snowflake": {
					"target": "SnowflakeConnectorProfileCredentials"
				},
				"Trendmicro": {
					"target": "TrendmicroConnectorProfileCredentials"
				},
				"Veeva": {
					"target": "VeevaConnectorProfileCredentials"
				},
				"Zendesk": {
					"target": "ZendeskConnectorProfileCredentials"
				},
				"SAPOData": {
					"target": "SAPODataConnectorProfileCredentials"
				},
				"CustomConnector": {
					"target": "CustomConnectorProfileCredentials"
				},
				"Pardot": {
					"target": "PardotConnectorProfileCredentials"
				}
			}
		},
		"ConnectorProfileDetailList": {
			"type": "list",
			"member": "ConnectorProfile"
		},
		"ConnectorProfileName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^[\\w/!@#+=.-]+$"
		},
		"ConnectorProfileNameList": {
			"type": "list",
			"length": {
				"min": 0,
				"max": 100
			},
			"member": "ConnectorProfileName"
		},
		"ConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"Amplitude": {
					"target": "AmplitudeConnectorProfileProperties"
				},
				"Datadog": {
					"target": "DatadogConnectorProfileProperties"
				},
				"Dynatrace": {
					"target": "DynatraceConnectorProfileProperties"
				},
				"GoogleAnalytics": {
					"target": "GoogleAnalyticsConnectorProfileProperties"
				},
				"Honeycode": {
					"target": "HoneycodeConnectorProfileProperties"
				},
				"InforNexus": {
					"target": "InforNexusConnectorProfileProperties"
				},
				"Marketo": {
					"target": "MarketoConnectorProfileProperties"
				},
				"Redshift": {
					"target": "RedshiftConnectorProfileProperties"
				},
				"Salesforce": {
					"target": "SalesforceConnectorProfileProperties"
				},
				"ServiceNow": {
					"target": "ServiceNowConnectorProfileProperties"
				},
				"Singular": {
					"target": "SingularConnectorProfileProperties"
				},
				"Slack": {
					"target": "SlackConnectorProfileProperties"
				},
				"Snowflake": {
					"target": "SnowflakeConnectorProfileProperties"
				},
				"Trendmicro": {
					"target": "TrendmicroConnectorProfileProperties"
				},
				"Veeva": {
					"target": "VeevaConnectorProfileProperties"
				},
				"Zendesk": {
					"target": "ZendeskConnectorProfileProperties"
				},
				"SAPOData": {
					"target": "SAPODataConnectorProfileProperties"
				},
				"CustomConnector": {
					"target": "CustomConnectorProfileProperties"
				},
				"Pardot": {
					"target": "PardotConnectorProfileProperties"
				}
			}
		},
		"ConnectorProvisioningConfig": {
			"type": "structure",
			"members": {
				"lambda": {
					"target": "LambdaConnectorProvisioningConfig"
				}
			}
		},
		"ConnectorProvisioningType": {
			"type": "enum",
			"values": [
				"LAMBDA"
			]
		},
		"ConnectorRuntimeSetting": {
			"type": "structure",
			"members": {
				"key": {
					"target": "Key"
				},
				"dataType": {
					"target": "ConnectorRuntimeSettingDataType"
				},
				"isRequired": {
					"target": "Boolean",
					"default": false
				},
				"label": {
					"target": "Label"
				},
				"description": {
					"target": "Description"
				},
				"scope": {
					"target": "ConnectorRuntimeSettingScope"
				},
				"connectorSuppliedValueOptions": {
					"target": "ConnectorSuppliedValueOptionList"
				}
			}
		},
		"ConnectorRuntimeSettingDataType": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"ConnectorRuntimeSettingList": {
			"type": "list",
			"member": "ConnectorRuntimeSetting"
		},
		"ConnectorRuntimeSettingScope": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"ConnectorServerException": {
			"type": "structure",
			"members": {
				"message": {
					"target": "ErrorMessage"
				}
			},
			"error": true
		},
		"ConnectorSuppliedValue": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"ConnectorSuppliedValueList": {
			"type": "list",
			"member": "ConnectorSuppliedValue"
		},
		"ConnectorSuppliedValueOptionList": {
			"type": "list",
			"member": "ConnectorSuppliedValue"
		},
		"ConnectorType": {
			"type": "enum",
			"values": [
				"Salesforce",
				"Singular",
				"Slack",
				"Redshift",
				"S3",
				"Marketo",
				"Googleanalytics",
				"Zendesk",
				"Servicenow",
				"Datadog",
				"Trendmicro",
				"Snowflake",
				"Dynatrace",
				"Infornexus",
				"Amplitude",
				"Veeva",
				"EventBridge",
				"LookoutMetrics",
				"Upsolver",
				"Honeycode",
				"CustomerProfiles",
				"SAPOData",
				"CustomConnector",
				"Pardot"
			]
		},
		"ConnectorTypeList": {
			"type": "list",
			"length": {
				"min": 0,
				"max": 100
			},
			"member": "ConnectorType"
		},
		"ConnectorVersion": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"CreateConnectorProfileRequest": {
			"type": "structure",
			"members": {
				"connectorProfileName": {
					"target": "ConnectorProfileName",
					"required": true
				},
				"kmsArn": {
					"target": "KMSArn"
				},
				"connectorType": {
					"target": "ConnectorType",
					"required": true
				},
				"connectorLabel": {
					"target": "ConnectorLabel"
				},
				"connectionMode": {
					"target": "ConnectionMode",
					"required": true
				},
				"connectorProfileConfig": {
					"target": "ConnectorProfileConfig",
					"required": true
				},
				"clientToken": {
					"target": "ClientToken",
					"idempotencyToken": true
				}
			}
		},
		"CreateConnectorProfileResponse": {
			"type": "structure",
			"members": {
				"connectorProfileArn": {
					"target": "ConnectorProfileArn"
				}
			}
		},
		"CreateFlowRequest": {
			"type": "structure",
			"members": {
				"flowName": {
					"target": "FlowName",
					"required": true
				},
				"description": {
					"target": "FlowDescription"
				},
				"kmsArn": {
					"target": "KMSArn"
				},
				"triggerConfig": {
					"target": "TriggerConfig",
					"required": true
				},
				"sourceFlowConfig": {
					"target": "SourceFlowConfig",
					"required": true
				},
				"destinationFlowConfigList": {
					"target": "DestinationFlowConfigList",
					"required": true
				},
				"tasks": {
					"target": "Tasks",
					"required": true
				},
				"tags": {
					"target": "TagMap"
				},
				"metadataCatalogConfig": {
					"target": "MetadataCatalogConfig"
				},
				"clientToken": {
					"target": "ClientToken",
					"idempotencyToken": true
				}
			}
		},
		"CreateFlowResponse": {
			"type": "structure",
			"members": {
				"flowArn": {
					"target": "FlowArn"
				},
				"flowStatus": {
					"target": "FlowStatus"
				}
			}
		},
		"CreatedBy": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"CredentialsMap": {
			"type": "map",
			"length": {
				"min": 0,
				"max": 50
			},
			"key": "CredentialsMapKey",
			"value": "CredentialsMapValue"
		},
		"CredentialsMapKey": {
			"type": "string",
			"length": {
				"min": 1,
				"max": 128
			},
			"pattern": "^[\\w]+$",
			"sensitive": true
		},
		"CredentialsMapValue": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^\\S+$",
			"sensitive": true
		},
		"CustomAuthConfig": {
			"type": "structure",
			"members": {
				"customAuthenticationType": {
					"target": "CustomAuthenticationType"
				},
				"authParameters": {
					"target": "AuthParameterList"
				}
			}
		},
		"CustomAuthConfigList": {
			"type": "list",
			"member": "CustomAuthConfig"
		},
		"CustomAuthCredentials": {
			"type": "structure",
			"members": {
				"customAuthenticationType": {
					"target": "CustomAuthenticationType",
					"required": true
				},
				"credentialsMap": {
					"target": "CredentialsMap"
				}
			}
		},
		"CustomAuthenticationType": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"CustomConnectorDestinationProperties": {
			"type": "structure",
			"members": {
				"entityName": {
					"target": "EntityName",
					"required": true
				},
				"errorHandlingConfig": {
					"target": "ErrorHandlingConfig"
				},
				"writeOperationType": {
					"target": "WriteOperationType"
				},
				"idFieldNames": {
					"target": "IdFieldNameList"
				},
				"customProperties": {
					"target": "CustomProperties"
				}
			}
		},
		"CustomConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"authenticationType": {
					"target": "AuthenticationType",
					"required": true
				},
				"basic": {
					"target": "BasicAuthCredentials"
				},
				"oauth2": {
					"target": "OAuth2Credentials"
				},
				"apiKey": {
					"target": "ApiKeyCredentials"
				},
				"custom": {
					"target": "CustomAuthCredentials"
				}
			}
		},
		"CustomConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"profileProperties": {
					"target": "ProfilePropertiesMap"
				},
				"oAuth2Properties": {
					"target": "OAuth2Properties"
				}
			}
		},
		"CustomConnectorSourceProperties": {
			"type": "structure",
			"members": {
				"entityName": {
					"target": "EntityName",
					"required": true
				},
				"customProperties": {
					"target": "CustomProperties"
				},
				"dataTransferApi": {
					"target": "DataTransferApi"
				}
			}
		},
		"CustomProperties": {
			"type": "map",
			"length": {
				"min": 0,
				"max": 50
			},
			"key": "CustomPropertyKey",
			"value": "CustomPropertyValue"
		},
		"CustomPropertyKey": {
			"type": "string",
			"length": {
				"min": 1,
				"max": 128
			},
			"pattern": "^[\\w]+$"
		},
		"CustomPropertyValue": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^\\S+$"
		},
		"CustomerProfilesDestinationProperties": {
			"type": "structure",
			"members": {
				"domainName": {
					"target": "DomainName",
					"required": true
				},
				"objectTypeName": {
					"target": "ObjectTypeName"
				}
			}
		},
		"CustomerProfilesMetadata": {
			"type": "structure",
			"members": {}
		},
		"DataApiRoleArn": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^arn:aws:iam:.*:[0-9]+:"
		},
		"DataPullMode": {
			"type": "enum",
			"values": [
				"Incremental",
				"Complete"
			]
		},
		"DataTransferApi": {
			"type": "structure",
			"members": {
				"Name": {
					"target": "DataTransferApiTypeName"
				},
				"Type": {
					"target": "DataTransferApiType"
				}
			}
		},
		"DataTransferApiType": {
			"type": "enum",
			"values": [
				"SYNC",
				"ASYNC",
				"AUTOMATIC"
			]
		},
		"DataTransferApiTypeName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 64
			},
			"pattern": "^[\\w/-]+$"
		},
		"DatabaseName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"DatabaseUrl": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"DatadogConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"BETWEEN",
				"EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"DatadogConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"apiKey": {
					"target": "ApiKey",
					"required": true
				},
				"applicationKey": {
					"target": "ApplicationKey",
					"required": true
				}
			}
		},
		"DatadogConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"instanceUrl": {
					"target": "InstanceUrl",
					"required": true
				}
			}
		},
		"DatadogMetadata": {
			"type": "structure",
			"members": {}
		},
		"DatadogSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		},
		"Date": {
			"type": "timestamp"
		},
		"DatetimeTypeFieldName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": ".*"
		},
		"DeleteConnectorProfileRequest": {
			"type": "structure",
			"members": {
				"connectorProfileName": {
					"target": "ConnectorProfileName",
					"required": true
				},
				"forceDelete": {
					"target": "Boolean",
					"default": false
				}
			}
		},
		"DeleteConnectorProfileResponse": {
			"type": "structure",
			"members": {}
		},
		"DeleteFlowRequest": {
			"type": "structure",
			"members": {
				"flowName": {
					"target": "FlowName",
					"required": true
				},
				"forceDelete": {
					"target": "Boolean",
					"default": false
				}
			}
		},
		"DeleteFlowResponse": {
			"type": "structure",
			"members": {}
		},
		"DescribeConnectorEntityRequest": {
			"type": "structure",
			"members": {
				"connectorEntityName": {
					"target": "EntityName",
					"required": true
				},
				"connectorType": {
					"target": "ConnectorType"
				},
				"connectorProfileName": {
					"target": "ConnectorProfileName"
				},
				"apiVersion": {
					"target": "ApiVersion"
				}
			}
		},
		"DescribeConnectorEntityResponse": {
			"type": "structure",
			"members": {
				"connectorEntityFields": {
					"target": "ConnectorEntityFieldList",
					"required": true
				}
			}
		},
		"DescribeConnectorProfilesRequest": {
			"type": "structure",
			"members": {
				"connectorProfileNames": {
					"target": "ConnectorProfileNameList"
				},
				"connectorType": {
					"target": "ConnectorType"
				},
				"connectorLabel": {
					"target": "ConnectorLabel"
				},
				"maxResults": {
					"target": "MaxResults"
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"DescribeConnectorProfilesResponse": {
			"type": "structure",
			"members": {
				"connectorProfileDetails": {
					"target": "ConnectorProfileDetailList"
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"DescribeConnectorRequest": {
			"type": "structure",
			"members": {
				"connectorType": {
					"target": "ConnectorType",
					"required": true
				},
				"connectorLabel": {
					"target": "ConnectorLabel"
				}
			}
		},
		"DescribeConnectorResponse": {
			"type": "structure",
			"members": {
				"connectorConfiguration": {
					"target": "ConnectorConfiguration"
				}
			}
		},
		"DescribeConnectorsRequest": {
			"type": "structure",
			"members": {
				"connectorTypes": {
					"target": "ConnectorTypeList"
				},
				"maxResults": {
					"target": "MaxResults"
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"DescribeConnectorsResponse": {
			"type": "structure",
			"members": {
				"connectorConfigurations": {
					"target": "ConnectorConfigurationsMap"
				},
				"connectors": {
					"target": "ConnectorList"
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"DescribeFlowExecutionRecordsRequest": {
			"type": "structure",
			"members": {
				"flowName": {
					"target": "FlowName",
					"required": true
				},
				"maxResults": {
					"target": "MaxResults"
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"DescribeFlowExecutionRecordsResponse": {
			"type": "structure",
			"members": {
				"flowExecutions": {
					"target": "FlowExecutionList"
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"DescribeFlowRequest": {
			"type": "structure",
			"members": {
				"flowName": {
					"target": "FlowName",
					"required": true
				}
			}
		},
		"DescribeFlowResponse": {
			"type": "structure",
			"members": {
				"flowArn": {
					"target": "FlowArn"
				},
				"description": {
					"target": "FlowDescription"
				},
				"flowName": {
					"target": "FlowName"
				},
				"kmsArn": {
					"target": "KMSArn"
				},
				"flowStatus": {
					"target": "FlowStatus"
				},
				"flowStatusMessage": {
					"target": "FlowStatusMessage"
				},
				"sourceFlowConfig": {
					"target": "SourceFlowConfig"
				},
				"destinationFlowConfigList": {
					"target": "DestinationFlowConfigList"
				},
				"lastRunExecutionDetails": {
					"target": "ExecutionDetails"
				},
				"triggerConfig": {
					"target": "TriggerConfig"
				},
				"tasks": {
					"target": "Tasks"
				},
				"createdAt": {
					"target": "Date"
				},
				"lastUpdatedAt": {
					"target": "Date"
				},
				"createdBy": {
					"target": "CreatedBy"
				},
				"lastUpdatedBy": {
					"target": "UpdatedBy"
				},
				"tags": {
					"target": "TagMap"
				},
				"metadataCatalogConfig": {
					"target": "MetadataCatalogConfig"
				},
				"lastRunMetadataCatalogDetails": {
					"target": "MetadataCatalogDetails"
				},
				"schemaVersion": {
					"target": "Long"
				}
			}
		},
		"Description": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 1024
			},
			"pattern": "^[\\s\\w/!@#+=.-]*$"
		},
		"DestinationConnectorProperties": {
			"type": "structure",
			"members": {
				"Redshift": {
					"target": "RedshiftDestinationProperties"
				},
				"S3": {
					"target": "S3DestinationProperties"
				},
				"Salesforce": {
					"target": "SalesforceDestinationProperties"
				},
				"Snowflake": {
					"target": "SnowflakeDestinationProperties"
				},
				"EventBridge": {
					"target": "EventBridgeDestinationProperties"
				},
				"LookoutMetrics": {
					"target": "LookoutMetricsDestinationProperties"
				},
				"Upsolver": {
					"target": "UpsolverDestinationProperties"
				},
				"Honeycode": {
					"target": "HoneycodeDestinationProperties"
				},
				"CustomerProfiles": {
					"target": "CustomerProfilesDestinationProperties"
				},
				"Zendesk": {
					"target": "ZendeskDestinationProperties"
				},
				"Marketo": {
					"target": "MarketoDestinationProperties"
				},
				"CustomConnector": {
					"target": "CustomConnectorDestinationProperties"
				},
				"SAPOData": {
					"target": "SAPODataDestinationProperties"
				}
			}
		},
		"DestinationField": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": ".*"
		},
		"DestinationFieldProperties": {
			"type": "structure",
			"members": {
				"isCreatable": {
					"target": "Boolean",
					"default": false
				},
				"isNullable": {
					"target": "Boolean",
					"default": false
				},
				"isUpsertable": {
					"target": "Boolean",
					"default": false
				},
				"isUpdatable": {
					"target": "Boolean",
					"default": false
				},
				"isDefaultedOnCreate": {
					"target": "Boolean",
					"default": false
				},
				"supportedWriteOperations": {
					"target": "SupportedWriteOperationList"
				}
			}
		},
		"DestinationFlowConfig": {
			"type": "structure",
			"members": {
				"connectorType": {
					"target": "ConnectorType",
					"required": true
				},
				"apiVersion": {
					"target": "ApiVersion"
				},
				"connectorProfileName": {
					"target": "ConnectorProfileName"
				},
				"destinationConnectorProperties": {
					"target": "DestinationConnectorProperties",
					"required": true
				}
			}
		},
		"DestinationFlowConfigList": {
			"type": "list",
			"member": "DestinationFlowConfig"
		},
		"DocumentType": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^[\\s\\w_-]+$"
		},
		"DomainName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 64
			},
			"pattern": "^\\S+$"
		},
		"Double": {
			"type": "double"
		},
		"DynatraceConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"BETWEEN",
				"EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"DynatraceConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"apiToken": {
					"target": "ApiToken",
					"required": true
				}
			}
		},
		"DynatraceConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"instanceUrl": {
					"target": "InstanceUrl",
					"required": true
				}
			}
		},
		"DynatraceMetadata": {
			"type": "structure",
			"members": {}
		},
		"DynatraceSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		},
		"EntitiesPath": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^[\\s\\w/!@#+=,.-]*$"
		},
		"EntityName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 1024
			},
			"pattern": "^\\S+$"
		},
		"ErrorHandlingConfig": {
			"type": "structure",
			"members": {
				"failOnFirstDestinationError": {
					"target": "Boolean",
					"default": false
				},
				"bucketPrefix": {
					"target": "BucketPrefix"
				},
				"bucketName": {
					"target": "BucketName"
				}
			}
		},
		"ErrorInfo": {
			"type": "structure",
			"members": {
				"putFailuresCount": {
					"target": "Long"
				},
				"executionMessage": {
					"target": "ExecutionMessage"
				}
			}
		},
		"ErrorMessage": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^[\\s\\w/!@#+=.-]*$"
		},
		"EventBridgeDestinationProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				},
				"errorHandlingConfig": {
					"target": "ErrorHandlingConfig"
				}
			}
		},
		"EventBridgeMetadata": {
			"type": "structure",
			"members": {}
		},
		"ExecutionDetails": {
			"type": "structure",
			"members": {
				"mostRecentExecutionMessage": {
					"target": "MostRecentExecutionMessage"
				},
				"mostRecentExecutionTime": {
					"target": "Date"
				},
				"mostRecentExecutionStatus": {
					"target": "ExecutionStatus"
				}
			}
		},
		"ExecutionId": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"ExecutionIds": {
			"type": "list",
			"length": {
				"min": 0,
				"max": 100
			},
			"member": "ExecutionId"
		},
		"ExecutionMessage": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^[\\s\\w/!@#+=.-]*$"
		},
		"ExecutionRecord": {
			"type": "structure",
			"members": {
				"executionId": {
					"target": "ExecutionId"
				},
				"executionStatus": {
					"target": "ExecutionStatus"
				},
				"executionResult": {
					"target": "ExecutionResult"
				},
				"startedAt": {
					"target": "Date"
				},
				"lastUpdatedAt": {
					"target": "Date"
				},
				"dataPullStartTime": {
					"target": "Date"
				},
				"dataPullEndTime": {
					"target": "Date"
				},
				"metadataCatalogDetails": {
					"target": "MetadataCatalogDetails"
				}
			}
		},
		"ExecutionResult": {
			"type": "structure",
			"members": {
				"errorInfo": {
					"target": "ErrorInfo"
				},
				"bytesProcessed": {
					"target": "Long"
				},
				"bytesWritten": {
					"target": "Long"
				},
				"recordsProcessed": {
					"target": "Long"
				},
				"numParallelProcesses": {
					"target": "Long"
				},
				"maxPageSize": {
					"target": "Long"
				}
			}
		},
		"ExecutionStatus": {
			"type": "enum",
			"values": [
				"InProgress",
				"Successful",
				"Error",
				"CancelStarted",
				"Canceled"
			]
		},
		"FieldType": {
			"type": "string"
		},
		"FieldTypeDetails": {
			"type": "structure",
			"members": {
				"fieldType": {
					"target": "FieldType",
					"required": true
				},
				"filterOperators": {
					"target": "FilterOperatorList",
					"required": true
				},
				"supportedValues": {
					"target": "SupportedValueList"
				},
				"valueRegexPattern": {
					"target": "String"
				},
				"supportedDateFormat": {
					"target": "String"
				},
				"fieldValueRange": {
					"target": "Range"
				},
				"fieldLengthRange": {
					"target": "Range"
				}
			}
		},
		"FileType": {
			"type": "enum",
			"values": [
				"CSV",
				"JSON",
				"PARQUET"
			]
		},
		"FilterOperatorList": {
			"type": "list",
			"member": "Operator"
		},
		"FlowArn": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^arn:aws:appflow:.*:[0-9]+:"
		},
		"FlowDefinition": {
			"type": "structure",
			"members": {
				"flowArn": {
					"target": "FlowArn"
				},
				"description": {
					"target": "FlowDescription"
				},
				"flowName": {
					"target": "FlowName"
				},
				"flowStatus": {
					"target": "FlowStatus"
				},
				"sourceConnectorType": {
					"target": "ConnectorType"
				},
				"sourceConnectorLabel": {
					"target": "ConnectorLabel"
				},
				"destinationConnectorType": {
					"target": "ConnectorType"
				},
				"destinationConnectorLabel": {
					"target": "ConnectorLabel"
				},
				"triggerType": {
					"target": "TriggerType"
				},
				"createdAt": {
					"target": "Date"
				},
				"lastUpdatedAt": {
					"target": "Date"
				},
				"createdBy": {
					"target": "CreatedBy"
				},
				"lastUpdatedBy": {
					"target": "UpdatedBy"
				},
				"tags": {
					"target": "TagMap"
				},
				"lastRunExecutionDetails": {
					"target": "ExecutionDetails"
				}
			}
		},
		"FlowDescription": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^[\\w!@#\\-.?,\\s]*$"
		},
		"FlowErrorDeactivationThreshold": {
			"type": "integer",
			"range": {
				"min": 1,
				"max": 100
			}
		},
		"FlowExecutionList": {
			"type": "list",
			"member": "ExecutionRecord"
		},
		"FlowList": {
			"type": "list",
			"member": "FlowDefinition"
		},
		"FlowName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^[a-zA-Z0-9][\\w!@#.-]+$"
		},
		"FlowStatus": {
			"type": "enum",
			"values": [
				"Active",
				"Deprecated",
				"Deleted",
				"Draft",
				"Errored",
				"Suspended"
			]
		},
		"FlowStatusMessage": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^[\\s\\w/!@#+=.-]*$"
		},
		"GlueDataCatalogConfig": {
			"type": "structure",
			"members": {
				"roleArn": {
					"target": "GlueDataCatalogIAMRole",
					"required": true
				},
				"databaseName": {
					"target": "GlueDataCatalogDatabaseName",
					"required": true
				},
				"tablePrefix": {
					"target": "GlueDataCatalogTablePrefix",
					"required": true
				}
			}
		},
		"GlueDataCatalogDatabaseName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 255
			},
			"pattern": "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$"
		},
		"GlueDataCatalogIAMRole": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^arn:aws:iam:.*:[0-9]+:"
		},
		"GlueDataCatalogTablePrefix": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 128
			},
			"pattern": "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$"
		},
		"GoogleAnalyticsConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"BETWEEN"
			]
		},
		"GoogleAnalyticsConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"clientId": {
					"target": "ClientId",
					"required": true
				},
				"clientSecret": {
					"target": "ClientSecret",
					"required": true
				},
				"accessToken": {
					"target": "AccessToken"
				},
				"refreshToken": {
					"target": "RefreshToken"
				},
				"oAuthRequest": {
					"target": "ConnectorOAuthRequest"
				}
			}
		},
		"GoogleAnalyticsConnectorProfileProperties": {
			"type": "structure",
			"members": {}
		},
		"GoogleAnalyticsMetadata": {
			"type": "structure",
			"members": {
				"oAuthScopes": {
					"target": "OAuthScopeList"
				}
			}
		},
		"GoogleAnalyticsSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		},
		"Group": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 128
			},
			"pattern": "^\\S+$"
		},
		"HoneycodeConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"accessToken": {
					"target": "AccessToken"
				},
				"refreshToken": {
					"target": "RefreshToken"
				},
				"oAuthRequest": {
					"target": "ConnectorOAuthRequest"
				}
			}
		},
		"HoneycodeConnectorProfileProperties": {
			"type": "structure",
			"members": {}
		},
		"HoneycodeDestinationProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				},
				"errorHandlingConfig": {
					"target": "ErrorHandlingConfig"
				}
			}
		},
		"HoneycodeMetadata": {
			"type": "structure",
			"members": {
				"oAuthScopes": {
					"target": "OAuthScopeList"
				}
			}
		},
		"IdFieldNameList": {
			"type": "list",
			"length": {
				"min": 0
			},
			"member": "Name"
		},
		"Identifier": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 128
			},
			"pattern": "^\\S+$"
		},
		"IncrementalPullConfig": {
			"type": "structure",
			"members": {
				"datetimeTypeFieldName": {
					"target": "DatetimeTypeFieldName"
				}
			}
		},
		"InforNexusConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"BETWEEN",
				"EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"InforNexusConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"accessKeyId": {
					"target": "AccessKeyId",
					"required": true
				},
				"userId": {
					"target": "Username",
					"required": true
				},
				"secretAccessKey": {
					"target": "Key",
					"required": true
				},
				"datakey": {
					"target": "Key",
					"required": true
				}
			}
		},
		"InforNexusConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"instanceUrl": {
					"target": "InstanceUrl",
					"required": true
				}
			}
		},
		"InforNexusMetadata": {
			"type": "structure",
			"members": {}
		},
		"InforNexusSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		},
		"InstanceUrl": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"InternalServerException": {
			"type": "structure",
			"members": {
				"message": {
					"target": "ErrorMessage"
				}
			},
			"error": true
		},
		"JavaBoolean": {
			"type": "boolean"
		},
		"JwtToken": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 8000
			},
			"pattern": "^([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_\\-\\+\\/=]*)$",
			"sensitive": true
		},
		"KMSArn": {
			"type": "string",
			"length": {
				"min": 20,
				"max": 2048
			},
			"pattern": "^arn:aws:kms:.*:[0-9]+:"
		},
		"Key": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"Label": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 128
			},
			"pattern": ".*"
		},
		"LambdaConnectorProvisioningConfig": {
			"type": "structure",
			"members": {
				"lambdaArn": {
					"target": "ARN",
					"required": true
				}
			}
		},
		"ListConnectorEntitiesRequest": {
			"type": "structure",
			"members": {
				"connectorProfileName": {
					"target": "ConnectorProfileName"
				},
				"connectorType": {
					"target": "ConnectorType"
				},
				"entitiesPath": {
					"target": "EntitiesPath"
				},
				"apiVersion": {
					"target": "ApiVersion"
				},
				"maxResults": {
					"target": "ListEntitiesMaxResults"
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"ListConnectorEntitiesResponse": {
			"type": "structure",
			"members": {
				"connectorEntityMap": {
					"target": "ConnectorEntityMap",
					"required": true
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"ListConnectorsRequest": {
			"type": "structure",
			"members": {
				"maxResults": {
					"target": "MaxResults"
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"ListConnectorsResponse": {
			"type": "structure",
			"members": {
				"connectors": {
					"target": "ConnectorList"
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"ListEntitiesMaxResults": {
			"type": "integer",
			"range": {
				"min": 1,
				"max": 10000
			}
		},
		"ListFlowsRequest": {
			"type": "structure",
			"members": {
				"maxResults": {
					"target": "MaxResults"
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"ListFlowsResponse": {
			"type": "structure",
			"members": {
				"flows": {
					"target": "FlowList"
				},
				"nextToken": {
					"target": "NextToken"
				}
			}
		},
		"ListTagsForResourceRequest": {
			"type": "structure",
			"members": {
				"resourceArn": {
					"target": "ARN",
					"required": true,
					"httpLabel": true
				}
			}
		},
		"ListTagsForResourceResponse": {
			"type": "structure",
			"members": {
				"tags": {
					"target": "TagMap"
				}
			}
		},
		"LogoURL": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^(https?|ftp|file)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]$"
		},
		"LogonLanguage": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2
			},
			"pattern": "^[a-zA-Z0-9_]*$"
		},
		"Long": {
			"type": "long"
		},
		"LookoutMetricsDestinationProperties": {
			"type": "structure",
			"members": {}
		},
		"MarketoConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"LESS_THAN",
				"GREATER_THAN",
				"BETWEEN",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"MarketoConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"clientId": {
					"target": "ClientId",
					"required": true
				},
				"clientSecret": {
					"target": "ClientSecret",
					"required": true
				},
				"accessToken": {
					"target": "AccessToken"
				},
				"oAuthRequest": {
					"target": "ConnectorOAuthRequest"
				}
			}
		},
		"MarketoConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"instanceUrl": {
					"target": "InstanceUrl",
					"required": true
				}
			}
		},
		"MarketoDestinationProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				},
				"errorHandlingConfig": {
					"target": "ErrorHandlingConfig"
				}
			}
		},
		"MarketoMetadata": {
			"type": "structure",
			"members": {}
		},
		"MarketoSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		},
		"MaxResults": {
			"type": "integer",
			"range": {
				"min": 1,
				"max": 100
			}
		},
		"MetadataCatalogConfig": {
			"type": "structure",
			"members": {
				"glueDataCatalog": {
					"target": "GlueDataCatalogConfig"
				}
			}
		},
		"MetadataCatalogDetail": {
			"type": "structure",
			"members": {
				"catalogType": {
					"target": "CatalogType"
				},
				"tableName": {
					"target": "String"
				},
				"tableRegistrationOutput": {
					"target": "RegistrationOutput"
				},
				"partitionRegistrationOutput": {
					"target": "RegistrationOutput"
				}
			}
		},
		"MetadataCatalogDetails": {
			"type": "list",
			"member": "MetadataCatalogDetail"
		},
		"MostRecentExecutionMessage": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^[\\w!@#\\-.?,\\s]*$"
		},
		"Name": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 128
			},
			"pattern": "^\\S+$"
		},
		"NextToken": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^\\S+$"
		},
		"OAuth2Credentials": {
			"type": "structure",
			"members": {
				"clientId": {
					"target": "ClientId"
				},
				"clientSecret": {
					"target": "ClientSecret"
				},
				"accessToken": {
					"target": "AccessToken"
				},
				"refreshToken": {
					"target": "RefreshToken"
				},
				"oAuthRequest": {
					"target": "ConnectorOAuthRequest"
				}
			}
		},
		"OAuth2CustomParameter": {
			"type": "structure",
			"members": {
				"key": {
					"target": "Key"
				},
				"isRequired": {
					"target": "Boolean",
					"default": false
				},
				"label": {
					"target": "Label"
				},
				"description": {
					"target": "Description"
				},
				"isSensitiveField": {
					"target": "Boolean",
					"default": false
				},
				"connectorSuppliedValues": {
					"target": "ConnectorSuppliedValueList"
				},
				"type": {
					"target": "OAuth2CustomPropType"
				}
			}
		},
		"OAuth2CustomPropType": {
			"type": "enum",
			"values": [
				"TOKEN_URL",
				"AUTH_URL"
			]
		},
		"OAuth2CustomPropertiesList": {
			"type": "list",
			"member": "OAuth2CustomParameter"
		},
		"OAuth2Defaults": {
			"type": "structure",
			"members": {
				"oauthScopes": {
					"target": "OAuthScopeList"
				},
				"tokenUrls": {
					"target": "TokenUrlList"
				},
				"authCodeUrls": {
					"target": "AuthCodeUrlList"
				},
				"oauth2GrantTypesSupported": {
					"target": "OAuth2GrantTypeSupportedList"
				},
				"oauth2CustomProperties": {
					"target": "OAuth2CustomPropertiesList"
				}
			}
		},
		"OAuth2GrantType": {
			"type": "enum",
			"values": [
				"CLIENT_CREDENTIALS",
				"AUTHORIZATION_CODE",
				"JWT_BEARER"
			]
		},
		"OAuth2GrantTypeSupportedList": {
			"type": "list",
			"member": "OAuth2GrantType"
		},
		"OAuth2Properties": {
			"type": "structure",
			"members": {
				"tokenUrl": {
					"target": "TokenUrl",
					"required": true
				},
				"oAuth2GrantType": {
					"target": "OAuth2GrantType",
					"required": true
				},
				"tokenUrlCustomProperties": {
					"target": "TokenUrlCustomProperties"
				}
			}
		},
		"OAuthCredentials": {
			"type": "structure",
			"members": {
				"clientId": {
					"target": "ClientId",
					"required": true
				},
				"clientSecret": {
					"target": "ClientSecret",
					"required": true
				},
				"accessToken": {
					"target": "AccessToken"
				},
				"refreshToken": {
					"target": "RefreshToken"
				},
				"oAuthRequest": {
					"target": "ConnectorOAuthRequest"
				}
			}
		},
		"OAuthProperties": {
			"type": "structure",
			"members": {
				"tokenUrl": {
					"target": "TokenUrl",
					"required": true
				},
				"authCodeUrl": {
					"target": "AuthCodeUrl",
					"required": true
				},
				"oAuthScopes": {
					"target": "OAuthScopeList",
					"required": true
				}
			}
		},
		"OAuthScope": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 128
			},
			"pattern": "^\\S+$"
		},
		"OAuthScopeList": {
			"type": "list",
			"member": "OAuthScope"
		},
		"Object": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"ObjectTypeName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 255
			},
			"pattern": "^\\S+$"
		},
		"Operator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"LESS_THAN",
				"GREATER_THAN",
				"CONTAINS",
				"BETWEEN",
				"LESS_THAN_OR_EQUAL_TO",
				"GREATER_THAN_OR_EQUAL_TO",
				"EQUAL_TO",
				"NOT_EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"OperatorPropertiesKeys": {
			"type": "enum",
			"values": [
				"VALUE",
				"VALUES",
				"DATA_TYPE",
				"UPPER_BOUND",
				"LOWER_BOUND",
				"SOURCE_DATA_TYPE",
				"DESTINATION_DATA_TYPE",
				"VALIDATION_ACTION",
				"MASK_VALUE",
				"MASK_LENGTH",
				"TRUNCATE_LENGTH",
				"MATH_OPERATION_FIELDS_ORDER",
				"CONCAT_FORMAT",
				"SUBFIELD_CATEGORY_MAP",
				"EXCLUDE_SOURCE_FIELDS_LIST",
				"INCLUDE_NEW_FIELDS",
				"ORDERED_PARTITION_KEYS_LIST"
			]
		},
		"Operators": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"LESS_THAN",
				"GREATER_THAN",
				"CONTAINS",
				"BETWEEN",
				"LESS_THAN_OR_EQUAL_TO",
				"GREATER_THAN_OR_EQUAL_TO",
				"EQUAL_TO",
				"NOT_EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"PardotConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"EQUAL_TO",
				"NO_OP",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC"
			]
		},
		"PardotConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"accessToken": {
					"target": "AccessToken"
				},
				"refreshToken": {
					"target": "RefreshToken"
				},
				"oAuthRequest": {
					"target": "ConnectorOAuthRequest"
				},
				"clientCredentialsArn": {
					"target": "ClientCredentialsArn"
				}
			}
		},
		"PardotConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"instanceUrl": {
					"target": "InstanceUrl"
				},
				"isSandboxEnvironment": {
					"target": "Boolean",
					"default": false
				},
				"businessUnitId": {
					"target": "BusinessUnitId"
				}
			}
		},
		"PardotMetadata": {
			"type": "structure",
			"members": {}
		},
		"PardotSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		},
		"Password": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": ".*",
			"sensitive": true
		},
		"PathPrefix": {
			"type": "enum",
			"values": [
				"EXECUTION_ID",
				"SCHEMA_VERSION"
			]
		},
		"PathPrefixHierarchy": {
			"type": "list",
			"member": "PathPrefix"
		},
		"PortNumber": {
			"type": "integer",
			"range": {
				"min": 1,
				"max": 65535
			}
		},
		"PrefixConfig": {
			"type": "structure",
			"members": {
				"prefixType": {
					"target": "PrefixType"
				},
				"prefixFormat": {
					"target": "PrefixFormat"
				},
				"pathPrefixHierarchy": {
					"target": "PathPrefixHierarchy"
				}
			}
		},
		"PrefixFormat": {
			"type": "enum",
			"values": [
				"YEAR",
				"MONTH",
				"DAY",
				"HOUR",
				"MINUTE"
			]
		},
		"PrefixType": {
			"type": "enum",
			"values": [
				"FILENAME",
				"PATH",
				"PATH_AND_FILENAME"
			]
		},
		"PrivateConnectionProvisioningFailureCause": {
			"type": "enum",
			"values": [
				"CONNECTOR_AUTHENTICATION",
				"CONNECTOR_SERVER",
				"INTERNAL_SERVER",
				"ACCESS_DENIED",
				"VALIDATION"
			]
		},
		"PrivateConnectionProvisioningFailureMessage": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^[\\s\\w/!@#+=.-]*$"
		},
		"PrivateConnectionProvisioningState": {
			"type": "structure",
			"members": {
				"status": {
					"target": "PrivateConnectionProvisioningStatus"
				},
				"failureMessage": {
					"target": "PrivateConnectionProvisioningFailureMessage"
				},
				"failureCause": {
					"target": "PrivateConnectionProvisioningFailureCause"
				}
			}
		},
		"PrivateConnectionProvisioningStatus": {
			"type": "enum",
			"values": [
				"FAILED",
				"PENDING",
				"CREATED"
			]
		},
		"PrivateLinkServiceName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^$|com.amazonaws.vpce.[\\w/!:@#.\\-]+$"
		},
		"ProfilePropertiesMap": {
			"type": "map",
			"length": {
				"min": 0,
				"max": 50
			},
			"key": "ProfilePropertyKey",
			"value": "ProfilePropertyValue"
		},
		"ProfilePropertyKey": {
			"type": "string",
			"length": {
				"min": 1,
				"max": 128
			},
			"pattern": "^[\\w]+$"
		},
		"ProfilePropertyValue": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^\\S+$"
		},
		"Property": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": "^.+$"
		},
		"Range": {
			"type": "structure",
			"members": {
				"maximum": {
					"target": "Double",
					"default": 0
				},
				"minimum": {
					"target": "Double",
					"default": 0
				}
			}
		},
		"RedirectUri": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"RedshiftConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"username": {
					"target": "String"
				},
				"password": {
					"target": "Password"
				}
			}
		},
		"RedshiftConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"databaseUrl": {
					"target": "DatabaseUrl"
				},
				"bucketName": {
					"target": "BucketName",
					"required": true
				},
				"bucketPrefix": {
					"target": "BucketPrefix"
				},
				"roleArn": {
					"target": "RoleArn",
					"required": true
				},
				"dataApiRoleArn": {
					"target": "DataApiRoleArn"
				},
				"isRedshiftServerless": {
					"target": "Boolean",
					"default": false
				},
				"clusterIdentifier": {
					"target": "ClusterIdentifier"
				},
				"workgroupName": {
					"target": "WorkgroupName"
				},
				"databaseName": {
					"target": "DatabaseName"
				}
			}
		},
		"RedshiftDestinationProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				},
				"intermediateBucketName": {
					"target": "BucketName",
					"required": true
				},
				"bucketPrefix": {
					"target": "BucketPrefix"
				},
				"errorHandlingConfig": {
					"target": "ErrorHandlingConfig"
				}
			}
		},
		"RedshiftMetadata": {
			"type": "structure",
			"members": {}
		},
		"RefreshToken": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 4096
			},
			"pattern": "^\\S+$"
		},
		"Region": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 64
			},
			"pattern": "^\\S+$"
		},
		"RegionList": {
			"type": "list",
			"member": "Region"
		},
		"RegisterConnectorRequest": {
			"type": "structure",
			"members": {
				"connectorLabel": {
					"target": "ConnectorLabel"
				},
				"description": {
					"target": "Description"
				},
				"connectorProvisioningType": {
					"target": "ConnectorProvisioningType"
				},
				"connectorProvisioningConfig": {
					"target": "ConnectorProvisioningConfig"
				},
				"clientToken": {
					"target": "ClientToken",
					"idempotencyToken": true
				}
			}
		},
		"RegisterConnectorResponse": {
			"type": "structure",
			"members": {
				"connectorArn": {
					"target": "ARN"
				}
			}
		},
		"RegisteredBy": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"RegistrationOutput": {
			"type": "structure",
			"members": {
				"message": {
					"target": "String"
				},
				"result": {
					"target": "String"
				},
				"status": {
					"target": "ExecutionStatus"
				}
			}
		},
		"ResetConnectorMetadataCacheRequest": {
			"type": "structure",
			"members": {
				"connectorProfileName": {
					"target": "ConnectorProfileName"
				},
				"connectorType": {
					"target": "ConnectorType"
				},
				"connectorEntityName": {
					"target": "EntityName"
				},
				"entitiesPath": {
					"target": "EntitiesPath"
				},
				"apiVersion": {
					"target": "ApiVersion"
				}
			}
		},
		"ResetConnectorMetadataCacheResponse": {
			"type": "structure",
			"members": {}
		},
		"ResourceNotFoundException": {
			"type": "structure",
			"members": {
				"message": {
					"target": "ErrorMessage"
				}
			},
			"error": true
		},
		"RoleArn": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^arn:aws:iam:.*:[0-9]+:"
		},
		"S3ConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"LESS_THAN",
				"GREATER_THAN",
				"BETWEEN",
				"LESS_THAN_OR_EQUAL_TO",
				"GREATER_THAN_OR_EQUAL_TO",
				"EQUAL_TO",
				"NOT_EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"S3DestinationProperties": {
			"type": "structure",
			"members": {
				"bucketName": {
					"target": "BucketName",
					"required": true
				},
				"bucketPrefix": {
					"target": "BucketPrefix"
				},
				"s3OutputFormatConfig": {
					"target": "S3OutputFormatConfig"
				}
			}
		},
		"S3InputFileType": {
			"type": "enum",
			"values": [
				"CSV",
				"JSON"
			]
		},
		"S3InputFormatConfig": {
			"type": "structure",
			"members": {
				"s3InputFileType": {
					"target": "S3InputFileType"
				}
			}
		},
		"S3Metadata": {
			"type": "structure",
			"members": {}
		},
		"S3OutputFormatConfig": {
			"type": "structure",
			"members": {
				"fileType": {
					"target": "FileType"
				},
				"prefixConfig": {
					"target": "PrefixConfig"
				},
				"aggregationConfig": {
					"target": "AggregationConfig"
				},
				"preserveSourceDataTyping": {
					"target": "JavaBoolean"
				}
			}
		},
		"S3SourceProperties": {
			"type": "structure",
			"members": {
				"bucketName": {
					"target": "BucketName",
					"required": true
				},
				"bucketPrefix": {
					"target": "BucketPrefix"
				},
				"s3InputFormatConfig": {
					"target": "S3InputFormatConfig"
				}
			}
		},
		"SAPODataConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"LESS_THAN",
				"CONTAINS",
				"GREATER_THAN",
				"BETWEEN",
				"LESS_THAN_OR_EQUAL_TO",
				"GREATER_THAN_OR_EQUAL_TO",
				"EQUAL_TO",
				"NOT_EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"SAPODataConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"basicAuthCredentials": {
					"target": "BasicAuthCredentials"
				},
				"oAuthCredentials": {
					"target": "OAuthCredentials"
				}
			}
		},
		"SAPODataConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"applicationHostUrl": {
					"target": "ApplicationHostUrl",
					"required": true
				},
				"applicationServicePath": {
					"target": "ApplicationServicePath",
					"required": true
				},
				"portNumber": {
					"target": "PortNumber",
					"required": true
				},
				"clientNumber": {
					"target": "ClientNumber",
					"required": true
				},
				"logonLanguage": {
					"target": "LogonLanguage"
				},
				"privateLinkServiceName": {
					"target": "PrivateLinkServiceName"
				},
				"oAuthProperties": {
					"target": "OAuthProperties"
				},
				"disableSSO": {
					"target": "Boolean",
					"default": false
				}
			}
		},
		"SAPODataDestinationProperties": {
			"type": "structure",
			"members": {
				"objectPath": {
					"target": "Object",
					"required": true
				},
				"successResponseHandlingConfig": {
					"target": "SuccessResponseHandlingConfig"
				},
				"idFieldNames": {
					"target": "IdFieldNameList"
				},
				"errorHandlingConfig": {
					"target": "ErrorHandlingConfig"
				},
				"writeOperationType": {
					"target": "WriteOperationType"
				}
			}
		},
		"SAPODataMaxPageSize": {
			"type": "integer",
			"range": {
				"min": 1,
				"max": 10000
			}
		},
		"SAPODataMaxParallelism": {
			"type": "integer",
			"range": {
				"min": 1,
				"max": 10
			}
		},
		"SAPODataMetadata": {
			"type": "structure",
			"members": {}
		},
		"SAPODataPaginationConfig": {
			"type": "structure",
			"members": {
				"maxPageSize": {
					"target": "SAPODataMaxPageSize",
					"required": true
				}
			}
		},
		"SAPODataParallelismConfig": {
			"type": "structure",
			"members": {
				"maxParallelism": {
					"target": "SAPODataMaxParallelism",
					"required": true
				}
			}
		},
		"SAPODataSourceProperties": {
			"type": "structure",
			"members": {
				"objectPath": {
					"target": "Object"
				},
				"parallelismConfig": {
					"target": "SAPODataParallelismConfig"
				},
				"paginationConfig": {
					"target": "SAPODataPaginationConfig"
				}
			}
		},
		"SalesforceConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"LESS_THAN",
				"CONTAINS",
				"GREATER_THAN",
				"BETWEEN",
				"LESS_THAN_OR_EQUAL_TO",
				"GREATER_THAN_OR_EQUAL_TO",
				"EQUAL_TO",
				"NOT_EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"SalesforceConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"accessToken": {
					"target": "AccessToken"
				},
				"refreshToken": {
					"target": "RefreshToken"
				},
				"oAuthRequest": {
					"target": "ConnectorOAuthRequest"
				},
				"clientCredentialsArn": {
					"target": "ClientCredentialsArn"
				},
				"oAuth2GrantType": {
					"target": "OAuth2GrantType"
				},
				"jwtToken": {
					"target": "JwtToken"
				}
			}
		},
		"SalesforceConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"instanceUrl": {
					"target": "InstanceUrl"
				},
				"isSandboxEnvironment": {
					"target": "Boolean",
					"default": false
				},
				"usePrivateLinkForMetadataAndAuthorization": {
					"target": "Boolean",
					"default": false
				}
			}
		},
		"SalesforceDataTransferApi": {
			"type": "enum",
			"values": [
				"AUTOMATIC",
				"BULKV2",
				"REST_SYNC"
			]
		},
		"SalesforceDataTransferApiList": {
			"type": "list",
			"member": "SalesforceDataTransferApi"
		},
		"SalesforceDestinationProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				},
				"idFieldNames": {
					"target": "IdFieldNameList"
				},
				"errorHandlingConfig": {
					"target": "ErrorHandlingConfig"
				},
				"writeOperationType": {
					"target": "WriteOperationType"
				},
				"dataTransferApi": {
					"target": "SalesforceDataTransferApi"
				}
			}
		},
		"SalesforceMetadata": {
			"type": "structure",
			"members": {
				"oAuthScopes": {
					"target": "OAuthScopeList"
				},
				"dataTransferApis": {
					"target": "SalesforceDataTransferApiList"
				},
				"oauth2GrantTypesSupported": {
					"target": "OAuth2GrantTypeSupportedList"
				}
			}
		},
		"SalesforceSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				},
				"enableDynamicFieldUpdate": {
					"target": "Boolean",
					"default": false
				},
				"includeDeletedRecords": {
					"target": "Boolean",
					"default": false
				},
				"dataTransferApi": {
					"target": "SalesforceDataTransferApi"
				}
			}
		},
		"ScheduleExpression": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": ".*"
		},
		"ScheduleFrequencyType": {
			"type": "enum",
			"values": [
				"BYMINUTE",
				"HOURLY",
				"DAILY",
				"WEEKLY",
				"MONTHLY",
				"ONCE"
			]
		},
		"ScheduleOffset": {
			"type": "long",
			"range": {
				"min": 0,
				"max": 36000
			}
		},
		"ScheduledTriggerProperties": {
			"type": "structure",
			"members": {
				"scheduleExpression": {
					"target": "ScheduleExpression",
					"required": true
				},
				"dataPullMode": {
					"target": "DataPullMode"
				},
				"scheduleStartTime": {
					"target": "Date"
				},
				"scheduleEndTime": {
					"target": "Date"
				},
				"timezone": {
					"target": "Timezone"
				},
				"scheduleOffset": {
					"target": "ScheduleOffset",
					"default": null
				},
				"firstExecutionFrom": {
					"target": "Date"
				},
				"flowErrorDeactivationThreshold": {
					"target": "FlowErrorDeactivationThreshold"
				}
			}
		},
		"SchedulingFrequencyTypeList": {
			"type": "list",
			"member": "ScheduleFrequencyType"
		},
		"SecretKey": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$",
			"sensitive": true
		},
		"ServiceNowConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"CONTAINS",
				"LESS_THAN",
				"GREATER_THAN",
				"BETWEEN",
				"LESS_THAN_OR_EQUAL_TO",
				"GREATER_THAN_OR_EQUAL_TO",
				"EQUAL_TO",
				"NOT_EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"ServiceNowConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"username": {
					"target": "Username"
				},
				"password": {
					"target": "Password"
				},
				"oAuth2Credentials": {
					"target": "OAuth2Credentials"
				}
			}
		},
		"ServiceNowConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"instanceUrl": {
					"target": "InstanceUrl",
					"required": true
				}
			}
		},
		"ServiceNowMetadata": {
			"type": "structure",
			"members": {}
		},
		"ServiceNowSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		},
		"ServiceQuotaExceededException": {
			"type": "structure",
			"members": {
				"message": {
					"target": "ErrorMessage"
				}
			},
			"error": true
		},
		"SingularConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"SingularConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"apiKey": {
					"target": "ApiKey",
					"required": true
				}
			}
		},
		"SingularConnectorProfileProperties": {
			"type": "structure",
			"members": {}
		},
		"SingularMetadata": {
			"type": "structure",
			"members": {}
		},
		"SingularSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		},
		"SlackConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"LESS_THAN",
				"GREATER_THAN",
				"BETWEEN",
				"LESS_THAN_OR_EQUAL_TO",
				"GREATER_THAN_OR_EQUAL_TO",
				"EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"SlackConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"clientId": {
					"target": "ClientId",
					"required": true
				},
				"clientSecret": {
					"target": "ClientSecret",
					"required": true
				},
				"accessToken": {
					"target": "AccessToken"
				},
				"oAuthRequest": {
					"target": "ConnectorOAuthRequest"
				}
			}
		},
		"SlackConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"instanceUrl": {
					"target": "InstanceUrl",
					"required": true
				}
			}
		},
		"SlackMetadata": {
			"type": "structure",
			"members": {
				"oAuthScopes": {
					"target": "OAuthScopeList"
				}
			}
		},
		"SlackSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		},
		"SnowflakeConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"username": {
					"target": "Username",
					"required": true
				},
				"password": {
					"target": "Password",
					"required": true
				}
			}
		},
		"SnowflakeConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"warehouse": {
					"target": "Warehouse",
					"required": true
				},
				"stage": {
					"target": "Stage",
					"required": true
				},
				"bucketName": {
					"target": "BucketName",
					"required": true
				},
				"bucketPrefix": {
					"target": "BucketPrefix"
				},
				"privateLinkServiceName": {
					"target": "PrivateLinkServiceName"
				},
				"accountName": {
					"target": "AccountName"
				},
				"region": {
					"target": "Region"
				}
			}
		},
		"SnowflakeDestinationProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				},
				"intermediateBucketName": {
					"target": "BucketName",
					"required": true
				},
				"bucketPrefix": {
					"target": "BucketPrefix"
				},
				"errorHandlingConfig": {
					"target": "ErrorHandlingConfig"
				}
			}
		},
		"SnowflakeMetadata": {
			"type": "structure",
			"members": {
				"supportedRegions": {
					"target": "RegionList"
				}
			}
		},
		"SourceConnectorProperties": {
			"type": "structure",
			"members": {
				"Amplitude": {
					"target": "AmplitudeSourceProperties"
				},
				"Datadog": {
					"target": "DatadogSourceProperties"
				},
				"Dynatrace": {
					"target": "DynatraceSourceProperties"
				},
				"GoogleAnalytics": {
					"target": "GoogleAnalyticsSourceProperties"
				},
				"InforNexus": {
					"target": "InforNexusSourceProperties"
				},
				"Marketo": {
					"target": "MarketoSourceProperties"
				},
				"S3": {
					"target": "S3SourceProperties"
				},
				"Salesforce": {
					"target": "SalesforceSourceProperties"
				},
				"ServiceNow": {
					"target": "ServiceNowSourceProperties"
				},
				"Singular": {
					"target": "SingularSourceProperties"
				},
				"Slack": {
					"target": "SlackSourceProperties"
				},
				"Trendmicro": {
					"target": "TrendmicroSourceProperties"
				},
				"Veeva": {
					"target": "VeevaSourceProperties"
				},
				"Zendesk": {
					"target": "ZendeskSourceProperties"
				},
				"SAPOData": {
					"target": "SAPODataSourceProperties"
				},
				"CustomConnector": {
					"target": "CustomConnectorSourceProperties"
				},
				"Pardot": {
					"target": "PardotSourceProperties"
				}
			}
		},
		"SourceFieldProperties": {
			"type": "structure",
			"members": {
				"isRetrievable": {
					"target": "Boolean",
					"default": false
				},
				"isQueryable": {
					"target": "Boolean",
					"default": false
				},
				"isTimestampFieldForIncrementalQueries": {
					"target": "Boolean",
					"default": false
				}
			}
		},
		"SourceFields": {
			"type": "list",
			"member": "String"
		},
		"SourceFlowConfig": {
			"type": "structure",
			"members": {
				"connectorType": {
					"target": "ConnectorType",
					"required": true
				},
				"apiVersion": {
					"target": "ApiVersion"
				},
				"connectorProfileName": {
					"target": "ConnectorProfileName"
				},
				"sourceConnectorProperties": {
					"target": "SourceConnectorProperties",
					"required": true
				},
				"incrementalPullConfig": {
					"target": "IncrementalPullConfig"
				}
			}
		},
		"Stage": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"StartFlowRequest": {
			"type": "structure",
			"members": {
				"flowName": {
					"target": "FlowName",
					"required": true
				},
				"clientToken": {
					"target": "ClientToken",
					"idempotencyToken": true
				}
			}
		},
		"StartFlowResponse": {
			"type": "structure",
			"members": {
				"flowArn": {
					"target": "FlowArn"
				},
				"flowStatus": {
					"target": "FlowStatus"
				},
				"executionId": {
					"target": "ExecutionId"
				}
			}
		},
		"StopFlowRequest": {
			"type": "structure",
			"members": {
				"flowName": {
					"target": "FlowName",
					"required": true
				}
			}
		},
		"StopFlowResponse": {
			"type": "structure",
			"members": {
				"flowArn": {
					"target": "FlowArn"
				},
				"flowStatus": {
					"target": "FlowStatus"
				}
			}
		},
		"String": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 2048
			},
			"pattern": ".*"
		},
		"SuccessResponseHandlingConfig": {
			"type": "structure",
			"members": {
				"bucketPrefix": {
					"target": "BucketPrefix"
				},
				"bucketName": {
					"target": "BucketName"
				}
			}
		},
		"SupportedApiVersion": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"SupportedApiVersionList": {
			"type": "list",
			"member": "SupportedApiVersion"
		},
		"SupportedDataTransferApis": {
			"type": "list",
			"member": "DataTransferApi"
		},
		"SupportedDataTransferType": {
			"type": "enum",
			"values": [
				"RECORD",
				"FILE"
			]
		},
		"SupportedDataTransferTypeList": {
			"type": "list",
			"member": "SupportedDataTransferType"
		},
		"SupportedFieldTypeDetails": {
			"type": "structure",
			"members": {
				"v1": {
					"target": "FieldTypeDetails",
					"required": true
				}
			}
		},
		"SupportedOperatorList": {
			"type": "list",
			"member": "Operators"
		},
		"SupportedValueList": {
			"type": "list",
			"member": "Value"
		},
		"SupportedWriteOperationList": {
			"type": "list",
			"member": "WriteOperationType"
		},
		"TagKey": {
			"type": "string",
			"length": {
				"min": 1,
				"max": 128
			},
			"pattern": "^(?!aws:)[a-zA-Z+-=._:/]+$"
		},
		"TagKeyList": {
			"type": "list",
			"length": {
				"min": 0,
				"max": 50
			},
			"member": "TagKey"
		},
		"TagMap": {
			"type": "map",
			"length": {
				"min": 0,
				"max": 50
			},
			"key": "TagKey",
			"value": "TagValue"
		},
		"TagResourceRequest": {
			"type": "structure",
			"members": {
				"resourceArn": {
					"target": "ARN",
					"required": true,
					"httpLabel": true
				},
				"tags": {
					"target": "TagMap",
					"required": true
				}
			}
		},
		"TagResourceResponse": {
			"type": "structure",
			"members": {}
		},
		"TagValue": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^[\\s\\w+-=\\.:/@]*$"
		},
		"Task": {
			"type": "structure",
			"members": {
				"sourceFields": {
					"target": "SourceFields",
					"required": true
				},
				"connectorOperator": {
					"target": "ConnectorOperator"
				},
				"destinationField": {
					"target": "DestinationField"
				},
				"taskType": {
					"target": "TaskType",
					"required": true
				},
				"taskProperties": {
					"target": "TaskPropertiesMap"
				}
			}
		},
		"TaskPropertiesMap": {
			"type": "map",
			"key": "OperatorPropertiesKeys",
			"value": "Property"
		},
		"TaskType": {
			"type": "enum",
			"values": [
				"Arithmetic",
				"Filter",
				"Map",
				"Map_all",
				"Mask",
				"Merge",
				"Passthrough",
				"Truncate",
				"Validate",
				"Partition"
			]
		},
		"Tasks": {
			"type": "list",
			"member": "Task"
		},
		"ThrottlingException": {
			"type": "structure",
			"members": {
				"message": {
					"target": "ErrorMessage"
				}
			},
			"error": true
		},
		"Timezone": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": ".*"
		},
		"TokenUrl": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^(https?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]$"
		},
		"TokenUrlCustomProperties": {
			"type": "map",
			"length": {
				"min": 0,
				"max": 50
			},
			"key": "CustomPropertyKey",
			"value": "CustomPropertyValue"
		},
		"TokenUrlList": {
			"type": "list",
			"member": "TokenUrl"
		},
		"TrendmicroConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"TrendmicroConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"apiSecretKey": {
					"target": "ApiSecretKey",
					"required": true
				}
			}
		},
		"TrendmicroConnectorProfileProperties": {
			"type": "structure",
			"members": {}
		},
		"TrendmicroMetadata": {
			"type": "structure",
			"members": {}
		},
		"TrendmicroSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		},
		"TriggerConfig": {
			"type": "structure",
			"members": {
				"triggerType": {
					"target": "TriggerType",
					"required": true
				},
				"triggerProperties": {
					"target": "TriggerProperties"
				}
			}
		},
		"TriggerProperties": {
			"type": "structure",
			"members": {
				"Scheduled": {
					"target": "ScheduledTriggerProperties"
				}
			}
		},
		"TriggerType": {
			"type": "enum",
			"values": [
				"Scheduled",
				"Event",
				"OnDemand"
			]
		},
		"TriggerTypeList": {
			"type": "list",
			"member": "TriggerType"
		},
		"UnregisterConnectorRequest": {
			"type": "structure",
			"members": {
				"connectorLabel": {
					"target": "ConnectorLabel",
					"required": true
				},
				"forceDelete": {
					"target": "Boolean",
					"default": false
				}
			}
		},
		"UnregisterConnectorResponse": {
			"type": "structure",
			"members": {}
		},
		"UnsupportedOperationException": {
			"type": "structure",
			"members": {
				"message": {
					"target": "ErrorMessage"
				}
			},
			"error": true
		},
		"UntagResourceRequest": {
			"type": "structure",
			"members": {
				"resourceArn": {
					"target": "ARN",
					"required": true,
					"httpLabel": true
				},
				"tagKeys": {
					"target": "TagKeyList",
					"required": true,
					"httpQuery": "tagKeys"
				}
			}
		},
		"UntagResourceResponse": {
			"type": "structure",
			"members": {}
		},
		"UpdateConnectorProfileRequest": {
			"type": "structure",
			"members": {
				"connectorProfileName": {
					"target": "ConnectorProfileName",
					"required": true
				},
				"connectionMode": {
					"target": "ConnectionMode",
					"required": true
				},
				"connectorProfileConfig": {
					"target": "ConnectorProfileConfig",
					"required": true
				},
				"clientToken": {
					"target": "ClientToken",
					"idempotencyToken": true
				}
			}
		},
		"UpdateConnectorProfileResponse": {
			"type": "structure",
			"members": {
				"connectorProfileArn": {
					"target": "ConnectorProfileArn"
				}
			}
		},
		"UpdateConnectorRegistrationRequest": {
			"type": "structure",
			"members": {
				"connectorLabel": {
					"target": "ConnectorLabel",
					"required": true
				},
				"description": {
					"target": "Description"
				},
				"connectorProvisioningConfig": {
					"target": "ConnectorProvisioningConfig"
				},
				"clientToken": {
					"target": "ClientToken",
					"idempotencyToken": true
				}
			}
		},
		"UpdateConnectorRegistrationResponse": {
			"type": "structure",
			"members": {
				"connectorArn": {
					"target": "ARN"
				}
			}
		},
		"UpdateFlowRequest": {
			"type": "structure",
			"members": {
				"flowName": {
					"target": "FlowName",
					"required": true
				},
				"description": {
					"target": "FlowDescription"
				},
				"triggerConfig": {
					"target": "TriggerConfig",
					"required": true
				},
				"sourceFlowConfig": {
					"target": "SourceFlowConfig",
					"required": true
				},
				"destinationFlowConfigList": {
					"target": "DestinationFlowConfigList",
					"required": true
				},
				"tasks": {
					"target": "Tasks",
					"required": true
				},
				"metadataCatalogConfig": {
					"target": "MetadataCatalogConfig"
				},
				"clientToken": {
					"target": "ClientToken",
					"idempotencyToken": true
				}
			}
		},
		"UpdateFlowResponse": {
			"type": "structure",
			"members": {
				"flowStatus": {
					"target": "FlowStatus"
				}
			}
		},
		"UpdatedBy": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 256
			},
			"pattern": "^\\S+$"
		},
		"UpsolverBucketName": {
			"type": "string",
			"length": {
				"min": 16,
				"max": 63
			},
			"pattern": "^(upsolver-appflow)\\S*$"
		},
		"UpsolverDestinationProperties": {
			"type": "structure",
			"members": {
				"bucketName": {
					"target": "UpsolverBucketName",
					"required": true
				},
				"bucketPrefix": {
					"target": "BucketPrefix"
				},
				"s3OutputFormatConfig": {
					"target": "UpsolverS3OutputFormatConfig",
					"required": true
				}
			}
		},
		"UpsolverMetadata": {
			"type": "structure",
			"members": {}
		},
		"UpsolverS3OutputFormatConfig": {
			"type": "structure",
			"members": {
				"fileType": {
					"target": "FileType"
				},
				"prefixConfig": {
					"target": "PrefixConfig",
					"required": true
				},
				"aggregationConfig": {
					"target": "AggregationConfig"
				}
			}
		},
		"Username": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"ValidationException": {
			"type": "structure",
			"members": {
				"message": {
					"target": "ErrorMessage"
				}
			},
			"error": true
		},
		"Value": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 128
			},
			"pattern": "^\\S+$"
		},
		"VeevaConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"LESS_THAN",
				"GREATER_THAN",
				"CONTAINS",
				"BETWEEN",
				"LESS_THAN_OR_EQUAL_TO",
				"GREATER_THAN_OR_EQUAL_TO",
				"EQUAL_TO",
				"NOT_EQUAL_TO",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"VeevaConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"username": {
					"target": "Username",
					"required": true
				},
				"password": {
					"target": "Password",
					"required": true
				}
			}
		},
		"VeevaConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"instanceUrl": {
					"target": "InstanceUrl",
					"required": true
				}
			}
		},
		"VeevaMetadata": {
			"type": "structure",
			"members": {}
		},
		"VeevaSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				},
				"documentType": {
					"target": "DocumentType"
				},
				"includeSourceFiles": {
					"target": "Boolean",
					"default": false
				},
				"includeRenditions": {
					"target": "Boolean",
					"default": false
				},
				"includeAllVersions": {
					"target": "Boolean",
					"default": false
				}
			}
		},
		"Warehouse": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^[\\s\\w/!@#+=.-]*$"
		},
		"WorkgroupName": {
			"type": "string",
			"length": {
				"min": 0,
				"max": 512
			},
			"pattern": "^\\S+$"
		},
		"WriteOperationType": {
			"type": "enum",
			"values": [
				"INSERT",
				"UPSERT",
				"UPDATE",
				"DELETE"
			]
		},
		"ZendeskConnectorOperator": {
			"type": "enum",
			"values": [
				"PROJECTION",
				"GREATER_THAN",
				"ADDITION",
				"MULTIPLICATION",
				"DIVISION",
				"SUBTRACTION",
				"MASK_ALL",
				"MASK_FIRST_N",
				"MASK_LAST_N",
				"VALIDATE_NON_NULL",
				"VALIDATE_NON_ZERO",
				"VALIDATE_NON_NEGATIVE",
				"VALIDATE_NUMERIC",
				"NO_OP"
			]
		},
		"ZendeskConnectorProfileCredentials": {
			"type": "structure",
			"members": {
				"clientId": {
					"target": "ClientId",
					"required": true
				},
				"clientSecret": {
					"target": "ClientSecret",
					"required": true
				},
				"accessToken": {
					"target": "AccessToken"
				},
				"oAuthRequest": {
					"target": "ConnectorOAuthRequest"
				}
			}
		},
		"ZendeskConnectorProfileProperties": {
			"type": "structure",
			"members": {
				"instanceUrl": {
					"target": "InstanceUrl",
					"required": true
				}
			}
		},
		"ZendeskDestinationProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				},
				"idFieldNames": {
					"target": "IdFieldNameList"
				},
				"errorHandlingConfig": {
					"target": "ErrorHandlingConfig"
				},
				"writeOperationType": {
					"target": "WriteOperationType"
				}
			}
		},
		"ZendeskMetadata": {
			"type": "structure",
			"members": {
				"oAuthScopes": {
					"target": "OAuthScopeList"
				}
			}
		},
		"ZendeskSourceProperties": {
			"type": "structure",
			"members": {
				"object": {
					"target": "Object",
					"required": true
				}
			}
		}
	}
};
