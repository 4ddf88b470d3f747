#
# Companion manifest named after the AWS Tools module AWS.Tools.IdentityManagement. It loads the RoleTools assembly and
# exports the commands of AWS.Tools.IdentityManagement that RoleTools emulates, so scripts written for
# AWS Tools run against the RoleTools store. PowerShell finds it by name only after
# Enable-RoleToolsAwsToolsAlias puts this folder on PSModulePath.
#
@{
    # A nested module rather than RootModule: PowerShell keeps one module per root file, so companions
    # sharing the assembly as root would all appear under the first name imported.
    NestedModules          = @('../../RoleTools.PowerShell.dll')
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = 'a22090f9-34b5-4d33-8dee-eb07af3424a4'
    Author                 = 'RoleTools developers'
    CompanyName            = 'RoleTools'
    Copyright              = '(c) RoleTools developers. Apache License 2.0.'
    Description            = 'RoleTools stand-in for the AWS Tools module AWS.Tools.IdentityManagement: the same command names, backed by the local RoleTools store instead of AWS.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    # Loaded first, as the real module requires AWS.Tools.Common; by path, so an installed AWS.Tools.Common is never picked.
    RequiredModules        = @('../AWS.Tools.Common/AWS.Tools.Common.psd1')
    FormatsToProcess       = @('../../formats/IAM.format.ps1xml')
    CmdletsToExport        = @(
        'New-IAMRole', 'Get-IAMRole', 'Get-IAMRoleList', 'Update-IAMRole', 'Update-IAMAssumeRolePolicy',
        'Remove-IAMRole', 'Write-IAMRolePolicy', 'Get-IAMRolePolicy', 'Get-IAMRolePolicyList',
        'Remove-IAMRolePolicy', 'New-IAMPolicy', 'Get-IAMPolicy', 'Get-IAMPolicyList',
        'Get-IAMPolicyVersion', 'Remove-IAMPolicy', 'Register-IAMRolePolicy', 'Unregister-IAMRolePolicy',
        'Get-IAMAttachedRolePolicyList', 'New-IAMInstanceProfile', 'Get-IAMInstanceProfile',
        'Get-IAMInstanceProfileList', 'Get-IAMInstanceProfileForRole', 'Remove-IAMInstanceProfile',
        'Add-IAMRoleToInstanceProfile', 'Remove-IAMRoleFromInstanceProfile', 'Add-IAMRoleTag',
        'Get-IAMRoleTagList', 'Remove-IAMRoleTag'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @(
        'Get-IAMAttachedRolePolicies', 'Get-IAMInstanceProfiles', 'Get-IAMPolicies', 'Get-IAMRolePolicies',
        'Get-IAMRoles'
    )
}
