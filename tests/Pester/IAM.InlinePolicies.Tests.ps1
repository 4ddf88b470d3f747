# Write/Get/Remove-IAMRolePolicy and Get-IAMRolePolicyList against a real store in TestDrive.

BeforeAll {
    . (Join-Path $PSScriptRoot 'IAM.Helpers.ps1')
    New-IAMRole -RoleName s3access -AssumeRolePolicyDocument $TrustPolicy | Out-Null
}

Describe 'Write-IAMRolePolicy' {
    It 'stores an inline policy and writes nothing' {
        Write-IAMRolePolicy -RoleName s3access -PolicyName S3-Permissions -PolicyDocument $S3Policy | Should -BeNullOrEmpty
        Get-IAMRolePolicyList s3access | Should -Be 'S3-Permissions'
    }

    It 'replaces an inline policy of the same name' {
        $second = $S3Policy.Replace('s3:*', 's3:GetObject')
        Write-IAMRolePolicy s3access S3-Permissions $second
        Get-IAMRolePolicyList s3access | Should -HaveCount 1
        [uri]::UnescapeDataString((Get-IAMRolePolicy s3access S3-Permissions).PolicyDocument) | Should -Be $second
    }

    It 'rejects a Principal in a permissions policy' {
        $doc = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}'
        $err = Get-ThrownError { Write-IAMRolePolicy s3access bad $doc }
        $err.Exception.Message | Should -Be 'Policy document should not specify a principal.'
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.MalformedPolicyDocumentException,Amazon.PowerShell.Cmdlets.IAM.WriteIAMRolePolicyCmdlet'
        Get-IAMRolePolicyList s3access | Should -Not -Contain 'bad'
    }

    It 'rejects inline policies over 10,240 characters in total with LimitExceeded' {
        $big = $S3Policy.Replace('"Effect"', ('"Sid": "' + ('A' * 6000) + '", "Effect"'))
        Write-IAMRolePolicy s3access big1 $big
        $err = Get-ThrownError { Write-IAMRolePolicy s3access big2 $big }
        $err.Exception.Message | Should -Be 'Maximum policy size of 10240 bytes exceeded for role s3access'
        $err.Exception.InnerException.ErrorCode | Should -Be 'LimitExceeded'
        Get-IAMRolePolicyList s3access | Should -Not -Contain 'big2'
        Remove-IAMRolePolicy s3access big1 -Force
    }

    It 'reports a missing role with NoSuchEntity' {
        (Get-ThrownError { Write-IAMRolePolicy nosuchrole p $S3Policy }).Exception.Message | Should -Be 'The role with name nosuchrole cannot be found.'
    }

    It 'changes nothing with -WhatIf' {
        Write-IAMRolePolicy s3access whatif $S3Policy -WhatIf
        Get-IAMRolePolicyList s3access | Should -Not -Contain 'whatif'
    }
}

Describe 'Get-IAMRolePolicy' {
    It 'returns the whole GetRolePolicyResponse with the document URL-encoded' {
        Write-IAMRolePolicy s3access spaced '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "s3:*", "Resource": "*" } ] }'
        $response = Get-IAMRolePolicy -RoleName s3access -PolicyName spaced
        $response | Should -BeOfType 'Amazon.IdentityManagement.Model.GetRolePolicyResponse'
        $response.RoleName | Should -Be 's3access'
        $response.PolicyName | Should -Be 'spaced'
        $response.PolicyDocument | Should -BeLike '%7B%20%22Version%22%3A%20%222012-10-17%22*'
        $response.PolicyDocument | Should -Not -Match '\+'
        Get-IAMRolePolicy s3access spaced -Select PolicyName | Should -Be 'spaced'
    }

    It 'reports a missing inline policy with NoSuchEntity' {
        $err = Get-ThrownError { Get-IAMRolePolicy s3access nosuchpolicy }
        $err.Exception.Message | Should -Be 'The role policy with name nosuchpolicy cannot be found.'
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.NoSuchEntityException,Amazon.PowerShell.Cmdlets.IAM.GetIAMRolePolicyCmdlet'
    }
}

Describe 'Get-IAMRolePolicyList' {
    It 'writes strings and works under the legacy name' {
        $names = Get-IAMRolePolicyList s3access
        $names | ForEach-Object { $_ | Should -BeOfType ([string]) }
        Get-IAMRolePolicies s3access | Should -Be $names
    }
}

Describe 'Remove-IAMRolePolicy' {
    It 'changes nothing with -Force -WhatIf and deletes with -Force' {
        Remove-IAMRolePolicy s3access spaced -Force -WhatIf
        Get-IAMRolePolicyList s3access | Should -Contain 'spaced'
        Remove-IAMRolePolicy s3access spaced -Force
        Get-IAMRolePolicyList s3access | Should -Not -Contain 'spaced'
    }

    It 'blocks Remove-IAMRole while an inline policy remains' {
        $err = Get-ThrownError { Remove-IAMRole s3access -Force }
        $err.Exception.Message | Should -Be 'Cannot delete entity, must delete policies first.'
        $err.Exception.InnerException.ErrorCode | Should -Be 'DeleteConflict'
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.DeleteConflictException,Amazon.PowerShell.Cmdlets.IAM.RemoveIAMRoleCmdlet'
    }
}
