@{
    Synopsis     = 'Makes the AWS Tools module names load RoleTools in this session.'
    Description  = @(
        'Enable-RoleToolsAwsToolsAlias puts RoleTools'' companion module folder first on $env:PSModulePath of this process. Import-Module AWSPowerShell, AWSPowerShell.NetCore, AWS.Tools.Common, AWS.Tools.EC2 and AWS.Tools.IdentityManagement then load RoleTools, and so do module-qualified calls such as AWS.Tools.EC2\Get-EC2Instance. It writes a warning that says what changed, and the folder path when -PassThru is given.'
        'Only the environment variable of this process changes: no file is written, and an installed AWS Tools module stays as it is, hidden only in this session. Modules already imported stay loaded. A missing companion folder fails with the error ID RoleTools.AwsToolsFolderMissing.'
    )
    AwsOperation = $null
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'Run a script written for AWS Tools against RoleTools'
            Code    = @'
Enable-RoleToolsAwsToolsAlias
Import-Module AWS.Tools.IdentityManagement
Get-IAMRoleList
'@
            Remarks = 'The script''s Import-Module line loads RoleTools'' companion module, so its IAM calls work on the RoleTools store.'
        }
        @{
            Title   = 'Undo the change'
            Code    = 'Disable-RoleToolsAwsToolsAlias'
            Remarks = 'Takes the companion folder off $env:PSModulePath again.'
        }
    )
    RelatedLinks = @('Disable-RoleToolsAwsToolsAlias')
}
