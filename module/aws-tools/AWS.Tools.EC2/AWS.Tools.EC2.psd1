#
# Companion manifest named after the AWS Tools module AWS.Tools.EC2. It loads the RoleTools assembly and
# exports the commands of AWS.Tools.EC2 that RoleTools emulates, so scripts written for
# AWS Tools run against the RoleTools store. PowerShell finds it by name only after
# Enable-RoleToolsAwsToolsAlias puts this folder on PSModulePath.
#
@{
    # A nested module rather than RootModule: PowerShell keeps one module per root file, so companions
    # sharing the assembly as root would all appear under the first name imported.
    NestedModules          = @('../../RoleTools.PowerShell.dll')
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = '069ccd89-3c3a-41eb-a8bf-8a08bede1deb'
    Author                 = 'RoleTools developers'
    CompanyName            = 'RoleTools'
    Copyright              = '(c) RoleTools developers. Apache License 2.0.'
    Description            = 'RoleTools stand-in for the AWS Tools module AWS.Tools.EC2: the same command names, backed by the local RoleTools store instead of AWS.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    # Loaded first, as the real module requires AWS.Tools.Common; by path, so an installed AWS.Tools.Common is never picked.
    RequiredModules        = @('../AWS.Tools.Common/AWS.Tools.Common.psd1')
    FormatsToProcess       = @('../../formats/EC2.format.ps1xml')
    CmdletsToExport        = @(
        'New-EC2Instance', 'Get-EC2Instance', 'Start-EC2Instance', 'Stop-EC2Instance', 'Remove-EC2Instance',
        'Register-EC2IamInstanceProfile', 'Get-EC2IamInstanceProfileAssociation',
        'Set-EC2IamInstanceProfileAssociation', 'Unregister-EC2IamInstanceProfile',
        'Edit-EC2InstanceMetadataOption', 'New-EC2Tag', 'Get-EC2Tag', 'Remove-EC2Tag'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
}
