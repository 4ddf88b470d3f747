@{
    Synopsis     = 'Shows the current RoleTools store: path, schema version, account ID and default region.'
    Description  = @(
        'Get-RoleToolsStore opens the store this session uses (creating it when missing) and returns its summary: the file path, the schema version, the emulated AWS account ID, the default region, the emulated clock offset and the state transition delay.'
    )
    AwsOperation = $null
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'Show where state is kept'
            Code    = 'Get-RoleToolsStore | Format-List'
            Remarks = 'Lists every property of the current store, including its path, so you can inspect or delete the file.'
        }
    )
    RelatedLinks = @('Set-RoleToolsStore')
}
