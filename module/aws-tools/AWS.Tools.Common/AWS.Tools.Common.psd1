#
# Companion manifest named after the AWS Tools module AWS.Tools.Common. It loads the RoleTools assembly and
# exports the commands of AWS.Tools.Common that RoleTools emulates, so scripts written for
# AWS Tools run against the RoleTools store. PowerShell finds it by name only after
# Enable-RoleToolsAwsToolsAlias puts this folder on PSModulePath.
#
@{
    # A nested module rather than RootModule: PowerShell keeps one module per root file, so companions
    # sharing the assembly as root would all appear under the first name imported.
    NestedModules          = @('../../RoleTools.PowerShell.dll')
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = 'bfd0b49c-5f8f-4961-9a8e-8282bde7d6f5'
    Author                 = 'RoleTools developers'
    CompanyName            = 'RoleTools'
    Copyright              = '(c) RoleTools developers. Apache License 2.0.'
    Description            = 'RoleTools stand-in for the AWS Tools module AWS.Tools.Common: the same command names, backed by the local RoleTools store instead of AWS.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('../../formats/Common.format.ps1xml')
    CmdletsToExport        = @(
        'Set-AWSCredential', 'Get-AWSCredential', 'Remove-AWSCredentialProfile', 'Set-DefaultAWSRegion',
        'Get-DefaultAWSRegion', 'Clear-DefaultAWSRegion', 'Initialize-AWSDefaultConfiguration',
        'Get-AWSRegion'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @(
        'Get-AWSCredentials', 'Set-AWSCredentials', 'Initialize-AWSDefaults'
    )
}
