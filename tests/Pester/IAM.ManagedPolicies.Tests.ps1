# Customer and AWS managed policies: New/Get/Remove-IAMPolicy, Get-IAMPolicyList, Get-IAMPolicyVersion,
# Register/Unregister-IAMRolePolicy and Get-IAMAttachedRolePolicyList against a real store in TestDrive.

BeforeAll {
    . (Join-Path $PSScriptRoot 'IAM.Helpers.ps1')
    New-IAMRole -RoleName s3access -AssumeRolePolicyDocument $TrustPolicy | Out-Null
    $script:ReadOnly = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'
    $script:Ssm = 'arn:aws:iam::aws:policy/service-role/AmazonEC2RoleforSSM'
}

Describe 'AWS managed policies' {
    It 'attaches <Arn> by ARN' -TestCases @(
        @{ Arn = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'; Name = 'AmazonS3ReadOnlyAccess' }
        @{ Arn = 'arn:aws:iam::aws:policy/service-role/AmazonEC2RoleforSSM'; Name = 'AmazonEC2RoleforSSM' }
    ) {
        Register-IAMRolePolicy -RoleName s3access -PolicyArn $Arn | Should -BeNullOrEmpty
        $attached = Get-IAMAttachedRolePolicyList -RoleName s3access | Where-Object PolicyArn -EQ $Arn
        $attached | Should -BeOfType 'Amazon.IdentityManagement.Model.AttachedPolicyType'
        $attached.PolicyName | Should -Be $Name
    }

    It 'shows AttachmentCount in Get-IAMPolicy' {
        $policy = Get-IAMPolicy $ReadOnly
        $policy | Should -BeOfType 'Amazon.IdentityManagement.Model.ManagedPolicy'
        $policy.AttachmentCount | Should -Be 1
        $policy.DefaultVersionId | Should -Match '^v\d+$'
        $policy.IsAttachable | Should -BeTrue
    }

    It 'lists the catalogue with -Scope AWS and -Scope All' {
        $aws = Get-IAMPolicyList -Scope AWS
        $aws.Arn | Should -Contain $ReadOnly
        $aws.Arn | Should -Contain 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'
        $aws.Arn | Should -Contain 'arn:aws:iam::aws:policy/AdministratorAccess'
        (Get-IAMPolicyList).Arn | Should -Contain $Ssm
        (Get-IAMPolicies -Scope Local) | Should -BeNullOrEmpty
        (Get-IAMPolicyList -OnlyAttached $true).Arn | Should -Be @($Ssm, $ReadOnly | Sort-Object { $_.Split('/')[-1] })
    }

    It 'returns the default version with its document URL-encoded' {
        $version = Get-IAMPolicyVersion -PolicyArn $ReadOnly -VersionId (Get-IAMPolicy $ReadOnly).DefaultVersionId
        $version | Should -BeOfType 'Amazon.IdentityManagement.Model.PolicyVersion'
        $version.IsDefaultVersion | Should -BeTrue
        $version.Document | Should -Match '^%7B'
        ([uri]::UnescapeDataString($version.Document) | ConvertFrom-Json).Statement[0].Action | Should -Contain 's3:Get*'
    }

    It 'attaching twice changes nothing' {
        Register-IAMRolePolicy s3access $ReadOnly
        (Get-IAMPolicy $ReadOnly).AttachmentCount | Should -Be 1
    }

    It 'blocks Remove-IAMRole while a policy is attached' {
        (Get-ThrownError { Remove-IAMRole s3access -Force }).Exception.Message | Should -Be 'Cannot delete entity, must detach all policies first.'
    }

    It 'detaches with Unregister-IAMRolePolicy and reports a policy not attached' {
        Unregister-IAMRolePolicy -RoleName s3access -PolicyArn $Ssm
        (Get-IAMAttachedRolePolicyList s3access).PolicyArn | Should -Not -Contain $Ssm
        $err = Get-ThrownError { Unregister-IAMRolePolicy s3access $Ssm }
        $err.Exception.Message | Should -Be "Policy $Ssm was not found."
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.NoSuchEntityException,Amazon.PowerShell.Cmdlets.IAM.UnregisterIAMRolePolicyCmdlet'
    }

    It 'reports unknown and malformed policy ARNs' {
        $missing = Get-ThrownError { Register-IAMRolePolicy s3access 'arn:aws:iam::aws:policy/NoSuchPolicy' }
        $missing.Exception.Message | Should -Be 'Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.'
        $missing.Exception.InnerException.ErrorCode | Should -Be 'NoSuchEntity'
        $invalid = Get-ThrownError { Register-IAMRolePolicy s3access 'not-an-arn-but-long-enough' }
        $invalid.Exception.Message | Should -Be 'ARN not-an-arn-but-long-enough is not valid.'
        $invalid.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.InvalidInputException,Amazon.PowerShell.Cmdlets.IAM.RegisterIAMRolePolicyCmdlet'
    }

    It 'does not attach with -WhatIf' {
        Register-IAMRolePolicy s3access 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' -WhatIf
        (Get-IAMAttachedRolePolicyList s3access).PolicyName | Should -Not -Contain 'IAMReadOnlyAccess'
    }

    It 'binds RoleName by property name but not by value in Get-IAMAttachedRolePolicyList' {
        (Get-IAMRole s3access | Get-IAMAttachedRolePolicyList).PolicyArn | Should -Contain $ReadOnly
        $output = 's3access' | Get-IAMAttachedRolePolicyList -ErrorAction SilentlyContinue -ErrorVariable bindErrors
        $output | Should -BeNullOrEmpty
        $bindErrors[0].FullyQualifiedErrorId | Should -BeLike 'InputObjectNotBound*'
    }
}

Describe 'Customer managed policies' {
    It 'creates a ManagedPolicy with version v1 and an account ARN' {
        $policy = New-IAMPolicy -PolicyName S3Team -PolicyDocument $S3Policy -Path /team/ -Description 'team access'
        $policy | Should -BeOfType 'Amazon.IdentityManagement.Model.ManagedPolicy'
        $policy.Arn | Should -Be 'arn:aws:iam::123456789012:policy/team/S3Team'
        $policy.PolicyId | Should -Match '^ANPA[A-Z0-9]{17}$'
        $policy.DefaultVersionId | Should -Be 'v1'
        $policy.AttachmentCount | Should -Be 0
        (Get-IAMPolicyList -Scope Local).PolicyName | Should -Be 'S3Team'
    }

    It 'rejects a duplicate name in any case with EntityAlreadyExists' {
        $err = Get-ThrownError { New-IAMPolicy s3team $S3Policy }
        $err.Exception.Message | Should -Be 'A policy called s3team already exists. Duplicate names are not allowed.'
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.EntityAlreadyExistsException,Amazon.PowerShell.Cmdlets.IAM.NewIAMPolicyCmdlet'
    }

    It 'rejects a document over 6,144 characters with LimitExceeded' {
        $big = $S3Policy.Replace('"Effect"', ('"Sid": "' + ('A' * 6144) + '", "Effect"'))
        (Get-ThrownError { New-IAMPolicy big $big }).Exception.Message | Should -Be 'Cannot exceed quota for PolicySize: 6144'
        (Get-IAMPolicyList -Scope Local).PolicyName | Should -Not -Contain 'big'
    }

    It 'refuses to delete an attached policy and deletes it once detached' {
        $arn = 'arn:aws:iam::123456789012:policy/team/S3Team'
        Register-IAMRolePolicy s3access $arn
        $err = Get-ThrownError { Remove-IAMPolicy $arn -Force }
        $err.Exception.Message | Should -Be 'Cannot delete a policy attached to entities.'
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.DeleteConflictException,Amazon.PowerShell.Cmdlets.IAM.RemoveIAMPolicyCmdlet'
        Unregister-IAMRolePolicy s3access $arn
        Remove-IAMPolicy $arn -Force -WhatIf
        (Get-IAMPolicy $arn).PolicyName | Should -Be 'S3Team'
        Remove-IAMPolicy $arn -Force
        (Get-ThrownError { Get-IAMPolicy $arn }).Exception.InnerException.ErrorCode | Should -Be 'NoSuchEntity'
    }
}
