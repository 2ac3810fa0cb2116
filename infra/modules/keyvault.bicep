// Key Vault (RBAC mode) holding the app's secrets. A secret is written only when a value is passed, so a
// redeploy without values never overwrites a rotated secret; rotation is a new secret version (docs/ops.md).
param name string
param location string
param tags object

@description('Secret values by secret name; empty values are skipped.')
@secure()
param secretValues object

@description('Secret names the app references, whether or not a value is passed now.')
param secretNames array

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource secrets 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = [
  for secretName in secretNames: if (!empty(secretValues[?secretName] ?? '')) {
    parent: vault
    name: secretName
    properties: {
      value: secretValues[secretName]
      contentType: 'text/plain'
    }
  }
]

output name string = vault.name
output id string = vault.id
output uri string = vault.properties.vaultUri
