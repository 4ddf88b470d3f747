#
# Module manifest for RoleTools: an offline stand-in for AWS IAM roles on EC2.
# This manifest imports the module from a build of this repository (./build.ps1 Build).
#
@{
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = '6f1f3c5e-8a0b-4f61-9a43-2c1d5e7b9a10'
    Author                 = 'RoleTools developers'
    CompanyName            = 'RoleTools'
    Copyright              = '(c) RoleTools developers. Apache License 2.0.'
    Description            = 'Offline stand-in for AWS IAM roles on EC2: emulates the AWS Tools for PowerShell cmdlets for IAM roles, role policies, instance profiles, EC2 instances and IAM instance profile associations on a local SQLite store, and serves instance metadata (IMDSv1 and IMDSv2) from which real AWS SDKs and the AWS CLI obtain the role''s temporary credentials.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    # This manifest imports the build in out/module/RoleTools as a nested module. The Build task writes
    # that folder's own manifest from this file, with RootModule and FormatsToProcess in place of NestedModules.
    NestedModules          = @('out/module/RoleTools/RoleTools.psd1')
    CmdletsToExport        = @(
        # RoleTools' own cmdlets
        'Set-RoleToolsStore', 'Get-RoleToolsStore', 'Set-RoleToolsClock', 'Get-RoleToolsClock',
        'Start-RoleToolsMetadataEndpoint', 'Get-RoleToolsMetadataEndpoint', 'Stop-RoleToolsMetadataEndpoint',
        'Enable-RoleToolsAwsToolsAlias', 'Disable-RoleToolsAwsToolsAlias',
        # AWS.Tools.IdentityManagement
        'New-IAMRole', 'Get-IAMRole', 'Get-IAMRoleList', 'Update-IAMRole', 'Update-IAMAssumeRolePolicy', 'Remove-IAMRole',
        'Write-IAMRolePolicy', 'Get-IAMRolePolicy', 'Get-IAMRolePolicyList', 'Remove-IAMRolePolicy',
        'New-IAMPolicy', 'Get-IAMPolicy', 'Get-IAMPolicyList', 'Get-IAMPolicyVersion', 'Remove-IAMPolicy',
        'Register-IAMRolePolicy', 'Unregister-IAMRolePolicy', 'Get-IAMAttachedRolePolicyList',
        'New-IAMInstanceProfile', 'Get-IAMInstanceProfile', 'Get-IAMInstanceProfileList', 'Get-IAMInstanceProfileForRole',
        'Remove-IAMInstanceProfile', 'Add-IAMRoleToInstanceProfile', 'Remove-IAMRoleFromInstanceProfile',
        'Add-IAMRoleTag', 'Get-IAMRoleTagList', 'Remove-IAMRoleTag',
        # AWS.Tools.EC2
        'New-EC2Instance', 'Get-EC2Instance', 'Start-EC2Instance', 'Stop-EC2Instance', 'Remove-EC2Instance',
        'Register-EC2IamInstanceProfile', 'Get-EC2IamInstanceProfileAssociation', 'Set-EC2IamInstanceProfileAssociation',
        'Unregister-EC2IamInstanceProfile', 'Edit-EC2InstanceMetadataOption', 'New-EC2Tag', 'Get-EC2Tag', 'Remove-EC2Tag',
        # AWS.Tools.Common
        'Set-AWSCredential', 'Get-AWSCredential', 'Remove-AWSCredentialProfile', 'Set-DefaultAWSRegion', 'Get-DefaultAWSRegion',
        'Clear-DefaultAWSRegion', 'Initialize-AWSDefaultConfiguration', 'Get-AWSRegion'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @(
        # Older command names that AWS Tools still exports as aliases of the emulated cmdlets
        'Get-IAMRoles', 'Get-IAMRolePolicies', 'Get-IAMAttachedRolePolicies', 'Get-IAMInstanceProfiles', 'Get-IAMPolicies',
        'Get-AWSCredentials', 'Set-AWSCredentials', 'Initialize-AWSDefaults'
    )
    PrivateData            = @{
        PSData = @{
            Tags         = @('AWS', 'IAM', 'EC2', 'IMDS', 'InstanceMetadata', 'Emulator', 'Testing', 'Pester', 'Offline', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://www.apache.org/licenses/LICENSE-2.0'
            ProjectUri   = 'https://github.com/roletools/roletools'
            ReleaseNotes = 'First release: IAM roles, policies and instance profiles, EC2 instances and IAM instance profile associations on a local SQLite store, with an IMDSv1/IMDSv2 metadata endpoint.'
        }
    }
}
