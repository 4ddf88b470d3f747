#
# Companion manifest named after the AWS Tools module AWSPowerShell.NetCore. It loads the RoleTools assembly and
# exports the commands of the monolithic AWSPowerShell.NetCore module that RoleTools emulates, so scripts written for
# AWS Tools run against the RoleTools store. PowerShell finds it by name only after
# Enable-RoleToolsAwsToolsAlias puts this folder on PSModulePath.
#
@{
    # A nested module rather than RootModule: PowerShell keeps one module per root file, so companions
    # sharing the assembly as root would all appear under the first name imported.
    NestedModules          = @('../../RoleTools.PowerShell.dll')
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = 'a942a583-8ac4-4dd0-8774-5021d7e62573'
    Author                 = 'RoleTools developers'
    CompanyName            = 'RoleTools'
    Copyright              = '(c) RoleTools developers. Apache License 2.0.'
    Description            = 'RoleTools stand-in for the AWS Tools module AWSPowerShell.NetCore: the same command names, backed by the local RoleTools store instead of AWS.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('../../formats/IAM.format.ps1xml', '../../formats/EC2.format.ps1xml', '../../formats/Common.format.ps1xml')
    CmdletsToExport        = @(
        'New-IAMRole', 'Get-IAMRole', 'Get-IAMRoleList', 'Update-IAMRole', 'Update-IAMAssumeRolePolicy',
        'Remove-IAMRole', 'Write-IAMRolePolicy', 'Get-IAMRolePolicy', 'Get-IAMRolePolicyList',
        'Remove-IAMRolePolicy', 'New-IAMPolicy', 'Get-IAMPolicy', 'Get-IAMPolicyList',
        'Get-IAMPolicyVersion', 'Remove-IAMPolicy', 'Register-IAMRolePolicy', 'Unregister-IAMRolePolicy',
        'Get-IAMAttachedRolePolicyList', 'New-IAMInstanceProfile', 'Get-IAMInstanceProfile',
        'Get-IAMInstanceProfileList', 'Get-IAMInstanceProfileForRole', 'Remove-IAMInstanceProfile',
        'Add-IAMRoleToInstanceProfile', 'Remove-IAMRoleFromInstanceProfile', 'Add-IAMRoleTag',
        'Get-IAMRoleTagList', 'Remove-IAMRoleTag', 'New-EC2Instance', 'Get-EC2Instance', 'Start-EC2Instance',
        'Stop-EC2Instance', 'Remove-EC2Instance', 'Register-EC2IamInstanceProfile',
        'Get-EC2IamInstanceProfileAssociation', 'Set-EC2IamInstanceProfileAssociation',
        'Unregister-EC2IamInstanceProfile', 'Edit-EC2InstanceMetadataOption', 'New-EC2Tag', 'Get-EC2Tag',
        'Remove-EC2Tag', 'Set-AWSCredential', 'Get-AWSCredential', 'Remove-AWSCredentialProfile',
        'Set-DefaultAWSRegion', 'Get-DefaultAWSRegion', 'Clear-DefaultAWSRegion',
        'Initialize-AWSDefaultConfiguration', 'Get-AWSRegion'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @(
        'Get-IAMAttachedRolePolicies', 'Get-IAMInstanceProfiles', 'Get-IAMPolicies', 'Get-IAMRolePolicies',
        'Get-IAMRoles', 'Get-AWSCredentials', 'Set-AWSCredentials', 'Initialize-AWSDefaults'
    )
}
