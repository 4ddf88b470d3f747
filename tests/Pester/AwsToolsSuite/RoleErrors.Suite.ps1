# A Pester suite written for the real AWS Tools modules: it imports them by name, creates uniquely named
# resources, and pins the error IDs and service error codes that scripts branch on. It contains nothing
# specific to RoleTools; PesterSupport.Tests.ps1 runs it unchanged against RoleTools. Its name does not
# end in .Tests.ps1, so the repository's test run, which collects those, skips it: it needs the AWS module names.

BeforeAll {
    Import-Module AWS.Tools.IdentityManagement
    Import-Module AWS.Tools.EC2

    $script:Suffix = [guid]::NewGuid().ToString('n').Substring(0, 8)
    $script:RoleName = "pester-role-$Suffix"
    $script:TrustPolicy = @{
        Version   = '2012-10-17'
        Statement = @(@{ Effect = 'Allow'; Principal = @{ Service = 'ec2.amazonaws.com' }; Action = 'sts:AssumeRole' })
    } | ConvertTo-Json -Depth 5 -Compress
    $script:Role = New-IAMRole -RoleName $RoleName -AssumeRolePolicyDocument $TrustPolicy -Force
}

AfterAll {
    Remove-IAMRole -RoleName $RoleName -Force -ErrorAction SilentlyContinue
}

Describe 'IAM errors' {
    It 'rejects a duplicate role name' {
        { New-IAMRole -RoleName $RoleName -AssumeRolePolicyDocument $TrustPolicy -Force } |
            Should -Throw -ErrorId 'Amazon.IdentityManagement.Model.EntityAlreadyExistsException,Amazon.PowerShell.Cmdlets.IAM.NewIAMRoleCmdlet'
    }

    It 'reports EntityAlreadyExists as the error code' {
        try {
            New-IAMRole -RoleName $RoleName -AssumeRolePolicyDocument $TrustPolicy -Force
            throw 'New-IAMRole did not fail.'
        }
        catch {
            $_.Exception | Should -BeOfType ([System.InvalidOperationException])
            $_.Exception.InnerException.ErrorCode | Should -Be 'EntityAlreadyExists'
            $_.Exception.InnerException.StatusCode | Should -Be ([System.Net.HttpStatusCode]::Conflict)
        }
    }

    It 'reports NoSuchEntity for a missing role' {
        $caught = $null
        try { Get-IAMRole -RoleName "missing-$Suffix" } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.NoSuchEntityException,Amazon.PowerShell.Cmdlets.IAM.GetIAMRoleCmdlet'
        $caught.Exception.InnerException.ErrorCode | Should -Be 'NoSuchEntity'
        $caught.CategoryInfo.Category | Should -Be 'InvalidOperation'
    }

    It 'reports NoSuchEntity for an unknown policy ARN' {
        $caught = $null
        try { Register-IAMRolePolicy -RoleName $RoleName -PolicyArn "arn:aws:iam::aws:policy/Missing$Suffix" -Force } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'Amazon.IdentityManagement.Model.NoSuchEntityException,Amazon.PowerShell.Cmdlets.IAM.RegisterIAMRolePolicyCmdlet'
        $caught.Exception.InnerException.ErrorCode | Should -Be 'NoSuchEntity'
    }

    It 'keeps the role after the failures' {
        (Get-IAMRole -RoleName $RoleName).RoleId | Should -Be $Role.RoleId
    }
}

Describe 'EC2 errors' {
    It 'reports InvalidInstanceID.NotFound' {
        $caught = $null
        try { Get-EC2Instance -InstanceId 'i-0123456789abcdef0' -Region us-east-1 } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'Amazon.EC2.AmazonEC2Exception,Amazon.PowerShell.Cmdlets.EC2.GetEC2InstanceCmdlet'
        $caught.Exception.InnerException.ErrorCode | Should -Be 'InvalidInstanceID.NotFound'
    }

    It 'reports InvalidAssociationID.NotFound' {
        { Unregister-EC2IamInstanceProfile -AssociationId 'iip-assoc-0123456789abcdef0' -Region us-east-1 -Force } |
            Should -Throw -ErrorId 'Amazon.EC2.AmazonEC2Exception,Amazon.PowerShell.Cmdlets.EC2.UnregisterEC2IamInstanceProfileCmdlet'
        $caught = $null
        try { Unregister-EC2IamInstanceProfile -AssociationId 'iip-assoc-0123456789abcdef0' -Region us-east-1 -Force } catch { $caught = $_ }
        $caught.Exception.InnerException.ErrorCode | Should -Be 'InvalidAssociationID.NotFound'
    }
}
