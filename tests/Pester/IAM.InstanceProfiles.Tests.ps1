# New/Get/Remove-IAMInstanceProfile, Get-IAMInstanceProfileList, Get-IAMInstanceProfileForRole and
# Add/Remove-IAMRole(To|From)InstanceProfile against a real store in TestDrive.

BeforeAll {
    . (Join-Path $PSScriptRoot 'IAM.Helpers.ps1')
    New-IAMRole -RoleName s3access -AssumeRolePolicyDocument $TrustPolicy | Out-Null
    New-IAMRole -RoleName other -AssumeRolePolicyDocument $TrustPolicy | Out-Null
}

Describe 'New-IAMInstanceProfile' {
    It 'creates an empty profile with an AIPA ID' {
        $profile = New-IAMInstanceProfile -InstanceProfileName s3access-profile
        $profile | Should -BeOfType 'Amazon.IdentityManagement.Model.InstanceProfile'
        $profile.InstanceProfileId | Should -Match '^AIPA[A-Z0-9]{17}$'
        $profile.Arn | Should -Be 'arn:aws:iam::123456789012:instance-profile/s3access-profile'
        $profile.Roles | Should -HaveCount 0
    }

    It 'binds Path by position 1' {
        (New-IAMInstanceProfile web /app/).Arn | Should -Be 'arn:aws:iam::123456789012:instance-profile/app/web'
    }

    It 'rejects a taken name in any case' {
        $err = Get-ThrownError { New-IAMInstanceProfile S3ACCESS-PROFILE }
        $err.Exception.Message | Should -Be 'Instance Profile S3ACCESS-PROFILE already exists.'
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.EntityAlreadyExistsException,Amazon.PowerShell.Cmdlets.IAM.NewIAMInstanceProfileCmdlet'
    }

    It 'creates nothing with -WhatIf' {
        New-IAMInstanceProfile whatif-profile -WhatIf
        (Get-ThrownError { Get-IAMInstanceProfile whatif-profile }).Exception.Message | Should -Be 'Instance Profile whatif-profile cannot be found.'
    }
}

Describe 'Add-IAMRoleToInstanceProfile' {
    It 'adds the role, which then shows in the profile with its trust policy URL-encoded' {
        Add-IAMRoleToInstanceProfile -InstanceProfileName s3access-profile -RoleName s3access | Should -BeNullOrEmpty
        $role = (Get-IAMInstanceProfile s3access-profile).Roles | Select-Object -First 1
        $role | Should -BeOfType 'Amazon.IdentityManagement.Model.Role'
        $role.RoleName | Should -Be 's3access'
        $role.AssumeRolePolicyDocument | Should -Be ([uri]::EscapeDataString($TrustPolicy))
    }

    It 'refuses a second role and the same role again with LimitExceeded' {
        foreach ($name in 'other', 's3access') {
            $err = Get-ThrownError { Add-IAMRoleToInstanceProfile s3access-profile $name }
            $err.Exception.Message | Should -Be 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1'
            $err.Exception.InnerException.ErrorCode | Should -Be 'LimitExceeded'
            $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.LimitExceededException,Amazon.PowerShell.Cmdlets.IAM.AddIAMRoleToInstanceProfileCmdlet'
        }
        (Get-IAMInstanceProfile s3access-profile).Roles.RoleName | Should -Be 's3access'
    }

    It 'lists the profile for the role' {
        $profiles = Get-IAMInstanceProfileForRole s3access
        $profiles.InstanceProfileName | Should -Be 's3access-profile'
        Get-IAMInstanceProfileForRole other | Should -BeNullOrEmpty
    }

    It 'blocks deleting the role and the profile' {
        (Get-ThrownError { Remove-IAMRole s3access -Force }).Exception.Message | Should -Be 'Cannot delete entity, must remove roles from instance profile first.'
        $err = Get-ThrownError { Remove-IAMInstanceProfile s3access-profile -Force }
        $err.Exception.Message | Should -Be 'Cannot delete entity, must remove roles from instance profile first.'
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.DeleteConflictException,Amazon.PowerShell.Cmdlets.IAM.RemoveIAMInstanceProfileCmdlet'
    }

    It 'reports a missing profile or role with NoSuchEntity' {
        (Get-ThrownError { Add-IAMRoleToInstanceProfile nosuchprofile s3access }).Exception.Message | Should -Be 'Instance Profile nosuchprofile cannot be found.'
        (Get-ThrownError { Add-IAMRoleToInstanceProfile web nosuchrole }).Exception.Message | Should -Be 'The role with name nosuchrole cannot be found.'
    }
}

Describe 'Get-IAMInstanceProfileList' {
    It 'writes InstanceProfile objects, filtered by path prefix, under both names' {
        (Get-IAMInstanceProfileList).InstanceProfileName | Should -Be 's3access-profile', 'web'
        (Get-IAMInstanceProfileList /app/).InstanceProfileName | Should -Be 'web'
        (Get-IAMInstanceProfiles -MaxItem 1).InstanceProfileName | Should -Be 's3access-profile', 'web'
        (Get-IAMInstanceProfileList -MaxItem 1 -NoAutoIteration) | Should -HaveCount 1
    }
}

Describe 'Remove-IAMRoleFromInstanceProfile and Remove-IAMInstanceProfile' {
    It 'changes nothing with -Force -WhatIf' {
        Remove-IAMRoleFromInstanceProfile s3access-profile s3access -Force -WhatIf
        (Get-IAMInstanceProfile s3access-profile).Roles.RoleName | Should -Be 's3access'
    }

    It 'removes the role, then the profile' {
        Remove-IAMRoleFromInstanceProfile -InstanceProfileName s3access-profile -RoleName s3access -Force
        (Get-IAMInstanceProfile s3access-profile).Roles | Should -HaveCount 0
        Remove-IAMInstanceProfile s3access-profile -Force -WhatIf
        (Get-IAMInstanceProfile s3access-profile).InstanceProfileName | Should -Be 's3access-profile'
        Remove-IAMInstanceProfile s3access-profile -Force
        (Get-ThrownError { Get-IAMInstanceProfile s3access-profile }).FullyQualifiedErrorId |
            Should -Be 'Amazon.IdentityManagement.Model.NoSuchEntityException,Amazon.PowerShell.Cmdlets.IAM.GetIAMInstanceProfileCmdlet'
    }

    It 'reports a role that is not in the profile' {
        (Get-ThrownError { Remove-IAMRoleFromInstanceProfile web s3access -Force }).Exception.InnerException.ErrorCode | Should -Be 'NoSuchEntity'
    }
}
