@{
    Synopsis     = 'Makes the AWS Tools module names load installed AWS Tools again.'
    Description  = @(
        'Disable-RoleToolsAwsToolsAlias takes RoleTools'' companion module folder off $env:PSModulePath of this process, so Import-Module AWS.Tools.EC2 and the other AWS Tools names find installed AWS Tools again. It writes nothing.'
        'Companion modules already imported stay loaded until you remove them with Remove-Module. No file is changed.'
    )
    AwsOperation = $null
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'Switch back to installed AWS Tools'
            Code    = @'
Disable-RoleToolsAwsToolsAlias
Get-Module AWS.Tools.* | Remove-Module
'@
            Remarks = 'Restores $env:PSModulePath and unloads the companion modules, so the next Import-Module AWS.Tools.EC2 loads the real module when it is installed.'
        }
    )
    RelatedLinks = @('Enable-RoleToolsAwsToolsAlias')
}
