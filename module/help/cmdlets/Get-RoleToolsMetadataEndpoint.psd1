@{
    Synopsis     = 'Lists the running metadata endpoints of the current store.'
    Description  = @(
        'Get-RoleToolsMetadataEndpoint returns one object per metadata endpoint that serves an instance of the current store and whose process is still running. Endpoints started from other PowerShell sessions are listed too.'
    )
    AwsOperation = $null
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'List endpoints'
            Code    = 'Get-RoleToolsMetadataEndpoint | Format-Table InstanceId, Url, ProcessId'
            Remarks = 'Shows which instances have an endpoint, where, and in which process.'
        }
        @{
            Title   = 'Stop every endpoint'
            Code    = 'Get-RoleToolsMetadataEndpoint | Stop-RoleToolsMetadataEndpoint'
            Remarks = 'Stops all endpoints of the current store.'
        }
    )
    RelatedLinks = @('Start-RoleToolsMetadataEndpoint', 'Stop-RoleToolsMetadataEndpoint')
}
