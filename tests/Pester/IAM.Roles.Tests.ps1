# New/Get/Update/Remove-IAMRole and Get-IAMRoleList against a real store in TestDrive.

BeforeAll {
    . (Join-Path $PSScriptRoot 'IAM.Helpers.ps1')
}

Describe 'New-IAMRole' {
    It 'returns a Role with IDs, ARN and the URL-encoded trust policy' {
        $role = New-IAMRole -RoleName s3access -AssumeRolePolicyDocument $TrustPolicy
        $role | Should -BeOfType 'Amazon.IdentityManagement.Model.Role'
        $role.Arn | Should -Be 'arn:aws:iam::123456789012:role/s3access'
        $role.RoleId | Should -Match '^AROA[A-Z0-9]{17}$'
        $role.Path | Should -Be '/'
        $role.AssumeRolePolicyDocument | Should -Be ([uri]::EscapeDataString($TrustPolicy))
        [uri]::UnescapeDataString($role.AssumeRolePolicyDocument) | Should -Be $TrustPolicy
        $role.Tags | Should -BeNullOrEmpty
    }

    It 'encodes a space as %20, never +' {
        $doc = '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" } ] }'
        $role = New-IAMRole -RoleName spaced -AssumeRolePolicyDocument $doc
        $role.AssumeRolePolicyDocument | Should -Match '%20'
        $role.AssumeRolePolicyDocument | Should -Not -Match '\+'
        $role.AssumeRolePolicyDocument.StartsWith('%7B%20%22Version%22%3A%20%222012-10-17%22') | Should -BeTrue
    }

    It 'binds Path, RoleName and AssumeRolePolicyDocument by position' {
        $role = New-IAMRole '/app/' positional $TrustPolicy
        $role.Arn | Should -Be 'arn:aws:iam::123456789012:role/app/positional'
    }

    It 'accepts a hashtable document through ConvertTo-Json' {
        $doc = @{
            Version   = '2012-10-17'
            Statement = @(@{ Effect = 'Allow'; Principal = @{ Service = 'ec2.amazonaws.com' }; Action = 'sts:AssumeRole' })
        } | ConvertTo-Json -Depth 5
        (New-IAMRole -RoleName fromhashtable -AssumeRolePolicyDocument $doc).RoleName | Should -Be 'fromhashtable'
    }

    It 'accepts a here-string with CRLF line ends and a leading byte order mark' {
        $doc = [char]0xFEFF + (@'
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }]
}
'@ -replace "`r?`n", "`r`n")
        $role = New-IAMRole -RoleName crlf -AssumeRolePolicyDocument $doc
        $role.AssumeRolePolicyDocument | Should -Match '%0D%0A'
        $role.AssumeRolePolicyDocument | Should -Not -Match '%EF%BB%BF'
    }

    It 'accepts a document read from a UTF-8 file with a BOM' {
        $path = Join-Path $TestDrive 'trust-bom.json'
        [IO.File]::WriteAllText($path, $TrustPolicy, [Text.UTF8Encoding]::new($true))
        (New-IAMRole -RoleName fromfile -AssumeRolePolicyDocument (Get-Content -Raw $path)).RoleName | Should -Be 'fromfile'
    }

    It 'rejects a taken name in any case with EntityAlreadyExists' {
        $err = Get-ThrownError { New-IAMRole -RoleName S3ACCESS -AssumeRolePolicyDocument $TrustPolicy }
        $err.Exception | Should -BeOfType ([InvalidOperationException])
        $err.Exception.Message | Should -Be 'Role with name S3ACCESS already exists.'
        $err.Exception.InnerException.ErrorCode | Should -Be 'EntityAlreadyExists'
        $err.Exception.InnerException.StatusCode | Should -Be ([Net.HttpStatusCode]::Conflict)
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.EntityAlreadyExistsException,Amazon.PowerShell.Cmdlets.IAM.NewIAMRoleCmdlet'
    }

    It 'is not suppressed by -ErrorAction SilentlyContinue' {
        $err = Get-ThrownError { New-IAMRole -RoleName s3access -AssumeRolePolicyDocument $TrustPolicy -ErrorAction SilentlyContinue }
        $err | Should -Not -BeNullOrEmpty
    }

    It 'reports a name of 65 characters as ValidationError' {
        $name = 'r' * 65
        $err = Get-ThrownError { New-IAMRole -RoleName $name -AssumeRolePolicyDocument $TrustPolicy }
        $err.Exception.Message | Should -Be "1 validation error detected: Value '$name' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64"
        $err.Exception.InnerException.ErrorCode | Should -Be 'ValidationError'
        $err.Exception.InnerException.GetType().FullName | Should -Be 'Amazon.IdentityManagement.AmazonIdentityManagementServiceException'
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.AmazonIdentityManagementServiceException,Amazon.PowerShell.Cmdlets.IAM.NewIAMRoleCmdlet'
    }

    It 'reports MaxSessionDuration 100 as ValidationError' {
        $err = Get-ThrownError { New-IAMRole -RoleName shortsession -AssumeRolePolicyDocument $TrustPolicy -MaxSessionDuration 100 }
        $err.Exception.Message | Should -Be "1 validation error detected: Value '100' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600"
    }

    It 'rejects <Case> with MalformedPolicyDocument' -TestCases @(
        @{ Case = 'invalid JSON'; Document = '{"Version":'; Message = 'This policy contains invalid Json' }
        @{ Case = 'a Resource'; Document = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}]}'; Message = 'Has prohibited field Resource' }
        @{ Case = 'no Principal'; Document = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}'; Message = 'Missing required field Principal' }
        @{ Case = 'an unknown principal'; Document = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::nope"},"Action":"sts:AssumeRole"}]}'; Message = 'Invalid principal in policy: "AWS":"arn:aws:iam::nope"' }
        @{ Case = 'no Version'; Document = '{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'; Message = 'Missing required field Version' }
        @{ Case = 'an unknown Version'; Document = '{"Version":"2020-01-01","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'; Message = 'The policy failed legacy parsing' }
        @{ Case = 'no Effect'; Document = '{"Version":"2012-10-17","Statement":[{"Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'; Message = 'Missing required field Effect' }
        @{ Case = 'no Action'; Document = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"}}]}'; Message = 'Policy statement must contain actions.' }
    ) {
        $err = Get-ThrownError { New-IAMRole -RoleName malformed -AssumeRolePolicyDocument $Document }
        $err.Exception.Message | Should -Be $Message
        $err.Exception.InnerException.ErrorCode | Should -Be 'MalformedPolicyDocument'
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.MalformedPolicyDocumentException,Amazon.PowerShell.Cmdlets.IAM.NewIAMRoleCmdlet'
        Get-ThrownError { Get-IAMRole malformed } | Should -Not -BeNullOrEmpty
    }

    It 'rejects a trust policy over 2,048 characters with LimitExceeded' {
        $doc = $TrustPolicy.Replace('"Effect"', ('"Sid": "' + ('A' * 2048) + '", "Effect"'))
        $err = Get-ThrownError { New-IAMRole -RoleName bigtrust -AssumeRolePolicyDocument $doc }
        $err.Exception.Message | Should -Be 'Cannot exceed quota for ACLSizePerRole: 2048'
        $err.Exception.InnerException.ErrorCode | Should -Be 'LimitExceeded'
    }

    It 'creates no role when a tag is invalid' {
        $err = Get-ThrownError { New-IAMRole -RoleName badtag -AssumeRolePolicyDocument $TrustPolicy -Tag @{ Key = 'a'; Value = 'x' }, @{ Key = 'A'; Value = 'y' } }
        $err.Exception.InnerException.ErrorCode | Should -Be 'InvalidInput'
        $err.Exception.Message | Should -Be 'Duplicate tag keys found. Please note that Tag keys are case insensitive.'
        (Get-ThrownError { Get-IAMRole badtag }).Exception.InnerException.ErrorCode | Should -Be 'NoSuchEntity'
    }

    It 'changes nothing with -WhatIf' {
        New-IAMRole -RoleName whatif -AssumeRolePolicyDocument $TrustPolicy -WhatIf | Should -BeNullOrEmpty
        (Get-ThrownError { Get-IAMRole whatif }).Exception.InnerException.ErrorCode | Should -Be 'NoSuchEntity'
    }
}

Describe 'Get-IAMRole' {
    It 'finds a role by name in any case and shows tags and RoleLastUsed' {
        New-IAMRole -RoleName Tagged -AssumeRolePolicyDocument $TrustPolicy -Tag @{ Key = 'env'; Value = 'dev' } | Out-Null
        $role = Get-IAMRole TAGGED
        $role.RoleName | Should -Be 'Tagged'
        $role.Tags.Key | Should -Be 'env'
        $role.RoleLastUsed | Should -BeOfType 'Amazon.IdentityManagement.Model.RoleLastUsed'
    }

    It 'takes the name from the pipeline' {
        ('s3access' | Get-IAMRole).RoleName | Should -Be 's3access'
    }

    It 'reports a missing role with NoSuchEntity' {
        $err = Get-ThrownError { Get-IAMRole nosuchrole }
        $err.Exception.Message | Should -Be 'The role with name nosuchrole cannot be found.'
        $err.Exception.InnerException.ErrorCode | Should -Be 'NoSuchEntity'
        $err.Exception.InnerException.StatusCode | Should -Be ([Net.HttpStatusCode]::NotFound)
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.NoSuchEntityException,Amazon.PowerShell.Cmdlets.IAM.GetIAMRoleCmdlet'
    }

    It 'supports -Select *, ^RoleName and property paths' {
        (Get-IAMRole s3access -Select *) | Should -BeOfType 'Amazon.IdentityManagement.Model.GetRoleResponse'
        (Get-IAMRole s3access -Select *).HttpStatusCode | Should -Be ([Net.HttpStatusCode]::OK)
        Get-IAMRole s3access -Select '^RoleName' | Should -Be 's3access'
        Get-IAMRole s3access -Select 'Role.Arn' | Should -Be 'arn:aws:iam::123456789012:role/s3access'
        Get-IAMRole s3access -Select 'role.roleid' | Should -Match '^AROA'
    }

    It 'rejects an unknown -Select value' {
        $err = Get-ThrownError { Get-IAMRole s3access -Select 'Role.NoSuchProperty' }
        $err.Exception | Should -BeOfType ([ArgumentException])
        $err.Exception.Message | Should -Match 'Invalid value for -Select parameter'
    }

    It 'ignores -Region and credential parameters' {
        (Get-IAMRole s3access -Region eu-west-1 -AccessKey AKIAEXAMPLE -SecretKey secret -ProfileName nobody).RoleName | Should -Be 's3access'
    }
}

Describe 'Get-IAMRoleList' {
    BeforeAll {
        foreach ($name in 'list-a', 'list-b', 'list-c') {
            New-IAMRole -Path '/paged/' -RoleName $name -AssumeRolePolicyDocument $TrustPolicy | Out-Null
        }
    }

    It 'writes Role objects one by one, filtered by path prefix' {
        $roles = Get-IAMRoleList -PathPrefix /paged/
        $roles | Should -HaveCount 3
        $roles[0] | Should -BeOfType 'Amazon.IdentityManagement.Model.Role'
        $roles.RoleName | Should -Be 'list-a', 'list-b', 'list-c'
        $roles[0].Tags | Should -BeNullOrEmpty
    }

    It 'reads every page by default and one page with -NoAutoIteration' {
        (Get-IAMRoleList /paged/ -MaxItem 1) | Should -HaveCount 3
        (Get-IAMRoleList /paged/ -MaxItem 1 -NoAutoIteration) | Should -HaveCount 1
    }

    It 'returns each page response with -Select * and continues from -Marker' {
        $page = Get-IAMRoleList /paged/ -MaxItem 2 -NoAutoIteration -Select *
        $page | Should -BeOfType 'Amazon.IdentityManagement.Model.ListRolesResponse'
        $page.IsTruncated | Should -BeTrue
        $rest = Get-IAMRoleList /paged/ -MaxItem 2 -NextToken $page.Marker
        $rest.RoleName | Should -Be 'list-c'
    }

    It 'works under the legacy name Get-IAMRoles' {
        (Get-IAMRoles -PathPrefix /paged/) | Should -HaveCount 3
    }
}

Describe 'Update-IAMRole and Update-IAMAssumeRolePolicy' {
    It 'changes the description and session duration and writes nothing' {
        Update-IAMRole -RoleName s3access -Description 'S3 for EC2' -MaxSessionDuration 7200 | Should -BeNullOrEmpty
        $role = Get-IAMRole s3access
        $role.Description | Should -Be 'S3 for EC2'
        $role.MaxSessionDuration | Should -Be 7200
    }

    It 'replaces the trust policy after validating it' {
        $doc = $TrustPolicy.Replace('ec2.amazonaws.com', 'lambda.amazonaws.com')
        Update-IAMAssumeRolePolicy -RoleName s3access -PolicyDocument $doc
        [uri]::UnescapeDataString((Get-IAMRole s3access).AssumeRolePolicyDocument) | Should -Be $doc
        $err = Get-ThrownError { Update-IAMAssumeRolePolicy s3access '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}]}' }
        $err.Exception.Message | Should -Be 'AssumeRole policy may only specify STS AssumeRole actions.'
        [uri]::UnescapeDataString((Get-IAMRole s3access).AssumeRolePolicyDocument) | Should -Be $doc
    }

    It 'returns the role name with -Select ^RoleName' {
        Update-IAMRole -RoleName s3access -Description 'again' -Select '^RoleName' | Should -Be 's3access'
    }
}

Describe 'Remove-IAMRole' {
    It 'changes nothing with -WhatIf, even with -Force' {
        Remove-IAMRole -RoleName list-a -WhatIf
        Remove-IAMRole -RoleName list-a -Force -WhatIf
        (Get-IAMRole list-a).RoleName | Should -Be 'list-a'
    }

    It 'deletes with -Force and writes nothing' {
        Remove-IAMRole -RoleName list-a -Force | Should -BeNullOrEmpty
        (Get-ThrownError { Get-IAMRole list-a }).Exception.InnerException.ErrorCode | Should -Be 'NoSuchEntity'
    }

    It 'deletes with -Confirm:$false and takes the name from a Role object' {
        Get-IAMRole list-b | Remove-IAMRole -Confirm:$false
        (Get-ThrownError { Get-IAMRole list-b }).Exception.InnerException.ErrorCode | Should -Be 'NoSuchEntity'
    }

    It 'reports a missing role with NoSuchEntity' {
        $err = Get-ThrownError { Remove-IAMRole -RoleName list-a -Force }
        $err.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.NoSuchEntityException,Amazon.PowerShell.Cmdlets.IAM.RemoveIAMRoleCmdlet'
    }
}
