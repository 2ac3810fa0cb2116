// Log alert rules over Application Insights, one per failure mode in docs/ops.md. The queries live in
// infra/queries/*.kql so the runbook and the rules read the same text.
param location string
param tags object
param applicationInsightsId string
param namePrefix string

@description('Email address that receives alert notifications.')
param notificationEmail string

@description('Mean publish-to-delivery latency, in minutes, above which the latency rule fires.')
param latencyThresholdMinutes int = 30

@description('Failed invocations of one function within 15 minutes before the failure rule fires.')
param functionFailureThreshold int = 5

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: '${namePrefix}-ops'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'alertsops'
    enabled: true
    emailReceivers: [
      {
        name: 'ops'
        emailAddress: notificationEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var rules = [
  {
    name: 'function-failures'
    description: 'A function failed repeatedly in the last 15 minutes.'
    severity: 2
    query: loadTextContent('../queries/function-failures.kql')
    measure: 'Failures'
    dimension: 'Function'
    threshold: functionFailureThreshold
    frequency: 'PT5M'
    window: 'PT15M'
  }
  {
    name: 'broken-feeds'
    description: 'A feed failed every fetch for the last hour.'
    severity: 3
    query: loadTextContent('../queries/broken-feeds.kql')
    measure: ''
    dimension: ''
    threshold: 0
    frequency: 'PT15M'
    window: 'PT1H'
  }
  {
    name: 'delivery-failures'
    description: 'Email or Teams deliveries failed after retries.'
    severity: 1
    query: loadTextContent('../queries/delivery-failures.kql')
    measure: 'Failed'
    dimension: 'Channel'
    threshold: 0
    frequency: 'PT5M'
    window: 'PT15M'
  }
  {
    name: 'no-digest-24h'
    description: 'No delivery was sent in 24 hours: the pipeline is silent.'
    severity: 1
    query: loadTextContent('../queries/no-digest.kql')
    measure: ''
    dimension: ''
    threshold: 0
    frequency: 'PT1H'
    window: 'P1D'
  }
  {
    name: 'poison-messages'
    description: 'Messages were moved to a poison queue; follow the poison runbook.'
    severity: 2
    query: loadTextContent('../queries/poison-messages.kql')
    measure: 'Poisoned'
    dimension: 'Queue'
    threshold: 0
    frequency: 'PT15M'
    window: 'PT1H'
  }
  {
    name: 'e2e-latency'
    description: 'Mean publish-to-delivery latency is above the target.'
    severity: 3
    query: loadTextContent('../queries/e2e-latency.kql')
    measure: 'MeanMinutes'
    dimension: ''
    threshold: latencyThresholdMinutes
    frequency: 'PT15M'
    window: 'PT1H'
  }
]

resource queryRules 'Microsoft.Insights/scheduledQueryRules@2026-03-01' = [
  for rule in rules: {
    name: '${namePrefix}-${rule.name}'
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: '${namePrefix} ${rule.name}'
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [applicationInsightsId]
      evaluationFrequency: rule.frequency
      windowSize: rule.window
      autoMitigate: true
      criteria: {
        allOf: [
          {
            query: rule.query
            // Without a measure column the rule counts result rows: any row is an incident.
            timeAggregation: empty(rule.measure) ? 'Count' : 'Total'
            metricMeasureColumn: empty(rule.measure) ? null : rule.measure
            dimensions: empty(rule.dimension)
              ? []
              : [
                  {
                    name: rule.dimension
                    operator: 'Include'
                    values: ['*']
                  }
                ]
            operator: 'GreaterThan'
            threshold: rule.threshold
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      actions: {
        actionGroups: [actionGroup.id]
      }
    }
  }
]

output ruleNames array = [for (rule, i) in rules: queryRules[i].name]
