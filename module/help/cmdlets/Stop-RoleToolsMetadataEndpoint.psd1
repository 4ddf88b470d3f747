@{
    Synopsis     = 'Stops the metadata endpoint of an emulated instance.'
    Description  = @(
        'Stop-RoleToolsMetadataEndpoint stops the endpoint process that RoleTools started for each instance ID, first asking it to exit cleanly and then ending it by its process ID. It never stops a process that RoleTools did not start.'
    )
    AwsOperation = $null
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'Stop one endpoint'
            Code    = 'Stop-RoleToolsMetadataEndpoint -InstanceId i-0123456789abcdef0'
            Remarks = 'Stops the endpoint that serves instance i-0123456789abcdef0.'
        }
    )
    RelatedLinks = @('Start-RoleToolsMetadataEndpoint', 'Get-RoleToolsMetadataEndpoint')
}
