// Parameters for infra/main.bicep. azd exports its environment (azd env set NAME VALUE) as environment
// variables, so every value here can be set per environment without editing this file.
using './main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'alerts')
param location = readEnvironmentVariable('AZURE_LOCATION', 'westeurope')
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')

param fetchSchedule = readEnvironmentVariable('ALERTS_FETCH_SCHEDULE', '0 */5 * * * *')
param digestSchedule = readEnvironmentVariable('ALERTS_DIGEST_SCHEDULE', '0 */15 * * * *')
param sweepSchedule = readEnvironmentVariable('ALERTS_SWEEP_SCHEDULE', '0 30 3 * * *')

param smtpHost = readEnvironmentVariable('ALERTS_SMTP_HOST', '')
param smtpPort = int(readEnvironmentVariable('ALERTS_SMTP_PORT', '587'))
param smtpTlsMode = readEnvironmentVariable('ALERTS_SMTP_TLS_MODE', 'StartTls')
param smtpUser = readEnvironmentVariable('ALERTS_SMTP_USER', '')
param smtpFrom = readEnvironmentVariable('ALERTS_SMTP_FROM', '')
param publicBaseUrl = readEnvironmentVariable('ALERTS_PUBLIC_BASE_URL', '')

// Secrets: pass them once (or set them in Key Vault directly); empty keeps the vault's current version.
param smtpPassword = readEnvironmentVariable('ALERTS_SMTP_PASSWORD', '')
param tokensSigningKey = readEnvironmentVariable('ALERTS_TOKENS_SIGNING_KEY', '')
param secretsProtectionKey = readEnvironmentVariable('ALERTS_SECRETS_PROTECTION_KEY', '')
param teamsOpsWebhookUrl = readEnvironmentVariable('ALERTS_TEAMS_OPS_WEBHOOK_URL', '')

param maximumInstanceCount = int(readEnvironmentVariable('ALERTS_MAX_INSTANCES', '40'))
param alertRulesEnabled = bool(readEnvironmentVariable('ALERTS_ALERT_RULES', 'false'))
param alertEmail = readEnvironmentVariable('ALERTS_ALERT_EMAIL', '')
