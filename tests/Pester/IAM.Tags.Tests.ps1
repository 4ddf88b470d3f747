# Add-IAMRoleTag, Get-IAMRoleTagList and Remove-IAMRoleTag against a real store in TestDrive.

BeforeAll {
    . (Join-Path $PSScriptRoot 'IAM.Helpers.ps1')
    New-IAMRole -RoleName tagged -AssumeRolePolicyDocument $TrustPolicy -Tag @{ Key = 'Env'; Value = 'dev' } | Out-Null
}

Describe 'Role tags' {
    It 'lists Tag objects' {
        $tags = Get-IAMRoleTagList -RoleName tagged
        $tags | Should -BeOfType 'Amazon.IdentityManagement.Model.Tag'
        $tags.Key | Should -Be 'Env'
        $tags.Value | Should -Be 'dev'
    }

    It 'adds tags and replaces a value whose key differs only in case' {
        Add-IAMRoleTag -RoleName tagged -Tag @{ Key = 'env'; Value = 'prod' }, ([Amazon.IdentityManagement.Model.Tag]@{ Key = 'Team'; Value = '' }) | Should -BeNullOrEmpty
        $tags = Get-IAMRoleTagList tagged
        ($tags | ForEach-Object { "$($_.Key)=$($_.Value)" }) | Should -Be 'env=prod', 'Team='
    }

    It 'rejects an invalid tag key with ValidationError and keeps the tags' {
        $err = Get-ThrownError { Add-IAMRoleTag tagged -Tag @{ Key = 'bad*key'; Value = 'x' } }
        $err.Exception.InnerException.ErrorCode | Should -Be 'ValidationError'
        $err.Exception.Message | Should -BeLike "1 validation error detected: Value 'bad*key' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: *"
        (Get-IAMRoleTagList tagged).Key | Should -Be 'env', 'Team'
    }

    It 'rejects more than 50 tags on a role with LimitExceeded and adds none of them' {
        $many = 1..50 | ForEach-Object { @{ Key = "k$_"; Value = 'v' } }
        $err = Get-ThrownError { Add-IAMRoleTag tagged -Tag $many }
        $err.Exception.Message | Should -Be 'Cannot exceed quota for TagsPerRole: 50'
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.LimitExceededException,Amazon.PowerShell.Cmdlets.IAM.AddIAMRoleTagCmdlet'
        Get-IAMRoleTagList tagged | Should -HaveCount 2
    }

    It 'pages with -MaxItem' {
        (Get-IAMRoleTagList tagged -MaxItem 1) | Should -HaveCount 2
        (Get-IAMRoleTagList tagged -MaxItem 1 -NoAutoIteration) | Should -HaveCount 1
    }

    It 'removes keys case-insensitively, ignoring absent ones, but not with -WhatIf' {
        Remove-IAMRoleTag tagged -TagKey TEAM -Force -WhatIf
        Get-IAMRoleTagList tagged | Should -HaveCount 2
        Remove-IAMRoleTag -RoleName tagged -TagKeys TEAM, absent -Force | Should -BeNullOrEmpty
        (Get-IAMRoleTagList tagged).Key | Should -Be 'env'
    }

    It 'reports a missing role with NoSuchEntity' {
        (Get-ThrownError { Get-IAMRoleTagList nosuchrole }).FullyQualifiedErrorId |
            Should -Be 'Amazon.IdentityManagement.Model.NoSuchEntityException,Amazon.PowerShell.Cmdlets.IAM.GetIAMRoleTagListCmdlet'
    }
}
