// Alerts on Azure: a Flex Consumption function app (custom handler) with identity-only storage,
// Key Vault-held secrets, Application Insights and optional log alert rules.
// Deploy with `azd up` (azure.yaml) or `az deployment group create` (docs/ops.md).
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(40)
@description('Environment name (azd): feeds the resource names and the azd-env-name tag.')
param environmentName string

@description('Region for every resource; Flex Consumption must be offered there.')
param location string = resourceGroup().location

@description('Object id of the operator running the deployment (azd sets AZURE_PRINCIPAL_ID). Gets data roles on storage and Secrets Officer on the vault. Empty for none.')
param principalId string = ''

@description('NCRONTAB (six fields) for ScheduleFeeds.')
param fetchSchedule string = '0 */5 * * * *'

@description('NCRONTAB (six fields) for SendDigests.')
param digestSchedule string = '0 */15 * * * *'

@description('NCRONTAB (six fields) for Sweep, which deletes expired seen-item keys and spent link nonces.')
param sweepSchedule string = '0 30 3 * * *'

param smtpHost string = ''
param smtpPort int = 587

@allowed(['StartTls', 'SslOnConnect', 'None'])
param smtpTlsMode string = 'StartTls'

param smtpUser string = ''
param smtpFrom string = ''

@description('Base URL in confirm/unsubscribe links. Empty: the function app\'s own https address.')
param publicBaseUrl string = ''

@secure()
@description('SMTP password. Empty: keep whatever version the vault holds.')
param smtpPassword string = ''

@secure()
@description('Key that signs confirm/unsubscribe tokens. Empty: keep the vault\'s version.')
param tokensSigningKey string = ''

@secure()
@description('Key that protects stored secrets such as subscribers\' Teams URLs. Empty: keep the vault\'s version.')
param secretsProtectionKey string = ''

@secure()
@description('Default ops Teams channel webhook URL. Empty: keep the vault\'s version.')
param teamsOpsWebhookUrl string = ''

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

// The handler's peak working set under the end-to-end benchmark is about 235 MiB (docs/cost.md), so the smallest
// Flex instance fits, and it bills a quarter of the 2 GB default per active second.
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 512

@description('Create the log alert rules of docs/ops.md.')
param alertRulesEnabled bool = false

@description('Email address alert notifications go to (needed when alertRulesEnabled).')
param alertEmail string = ''

var token = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = { 'azd-env-name': environmentName, application: 'alerts' }
var appName = 'func-alerts-${token}'
var names = {
  identity: 'id-alerts-${token}'
  storage: 'stalerts${token}'
  logAnalytics: 'log-alerts-${token}'
  applicationInsights: 'appi-alerts-${token}'
  keyVault: 'kv-alerts-${token}'
}

// App setting name -> Key Vault secret name.
var secretNames = {
  Smtp__Password: 'smtp-password'
  Tokens__SigningKey: 'tokens-signing-key'
  Secrets__ProtectionKey: 'secrets-protection-key'
  Teams__OpsWebhookUrl: 'teams-ops-webhook-url'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: tags
    deploymentContainerName: 'app-package'
    queueNames: ['feeds-due', 'items', 'deliveries']
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: names.keyVault
    location: location
    tags: tags
    secretNames: map(items(secretNames), entry => entry.value)
    secretValues: {
      'smtp-password': smtpPassword
      'tokens-signing-key': tokensSigningKey
      'secrets-protection-key': secretsProtectionKey
      'teams-ops-webhook-url': teamsOpsWebhookUrl
    }
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  params: {
    storageAccountName: names.storage
    applicationInsightsName: names.applicationInsights
    keyVaultName: names.keyVault
    identityName: names.identity
    operatorPrincipalId: principalId
  }
  dependsOn: [identity, storage, monitoring, vault]
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: appName
    planName: 'plan-alerts-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultUri: vault.outputs.uri
    secretNames: secretNames
    publicBaseUrl: publicBaseUrl
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    settings: {
      FetchSchedule: fetchSchedule
      DigestSchedule: digestSchedule
      SweepSchedule: sweepSchedule
      Smtp__Host: smtpHost
      Smtp__Port: string(smtpPort)
      Smtp__TlsMode: smtpTlsMode
      Smtp__User: smtpUser
      Smtp__From: smtpFrom
    }
  }
  // The app must not start before its identity can read storage and the vault.
  dependsOn: [rbac]
}

module alertRules 'modules/alerts.bicep' = if (alertRulesEnabled) {
  name: 'alert-rules'
  params: {
    location: location
    tags: tags
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    namePrefix: 'alerts-${token}'
    notificationEmail: alertEmail
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
