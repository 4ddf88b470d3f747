# The reference workflow, run end to end as the Demo task runs it, with its results checked.

BeforeAll {
    $script:Manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $script:Manifest) { $script:Manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    $script:Walkthrough = Join-Path $PSScriptRoot '../../examples/seed-walkthrough.ps1'
    $store = Join-Path $TestDrive 'store.db'
    $script:Result = & $script:Walkthrough -StorePath $store -ModuleManifest $script:Manifest -PassThru 6>$null
}

Describe 'Reference workflow' {
    It 'creates the s3access role with an AROA ID' {
        $script:Result.RoleArn | Should -Be 'arn:aws:iam::123456789012:role/s3access'
        $script:Result.RoleId | Should -Match '^AROA[A-Z0-9]{17}$'
    }

    It 'gives the role an inline and a managed policy' {
        $script:Result.InlinePolicies | Should -Be @('S3-Permissions')
        $script:Result.AttachedPolicies | Should -Be @('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')
    }

    It 'refuses a second role in the instance profile' {
        $script:Result.SecondRoleError | Should -Be 'LimitExceeded'
    }

    It 'associates the profile at launch' {
        $script:Result.FirstInstanceId | Should -Match '^i-[0-9a-f]{17}$'
        $script:Result.FirstAssociationId | Should -Match '^iip-assoc-[0-9a-f]{17}$'
    }

    It 'serves credentials for s3access' {
        $credentials = $script:Result.Credentials
        $credentials.RoleName | Should -Be 's3access'
        $credentials.Code | Should -Be 'Success'
        $credentials.Type | Should -Be 'AWS-HMAC'
        $credentials.AccessKeyId | Should -Match '^ASIA[A-Z0-9]{16}$'
        $credentials.SecretLength | Should -Be 40
        $credentials.HasToken | Should -BeTrue
        $credentials.Expiration | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$'
    }

    It 'follows attach, replace and detach on the second instance' {
        $script:Result.AttachedState | Should -Be 'associating'
        $script:Result.RoleAfterAttach | Should -Be 's3access'
        $script:Result.ReplacedAssociationId | Should -Not -Be $script:Result.AttachedAssociationId
        $script:Result.RoleAfterReplace | Should -Be 's3readonly'
        $script:Result.OldRoleStatusAfterReplace | Should -Be 404
        $script:Result.DetachedState | Should -Be 'disassociating'
        $script:Result.StatusAfterDetach | Should -Be 404
    }

    It 'reads the same role key with the AWS CLI v2 when one is installed' {
        if (-not (Test-Path /usr/bin/aws)) {
            Set-ItResult -Skipped -Because 'Debian''s awscli package is not installed on this machine'
            return
        }
        # The CLI reads without a token first only when IMDSv2 fails, so it sees the IMDSv2 credentials.
        $script:Result.CliAccessKeyId | Should -Be $script:Result.Credentials.AccessKeyId
    }

    It 'applies a role change to the instances that use the role' {
        $script:Result.PolicyActionsAfterChange | Should -Be @('s3:Get*', 's3:List*')
        $script:Result.RoleUsers | Should -Be @($script:Result.FirstInstanceId)
        $script:Result.RoleAfterChange | Should -Be 's3access'
    }

    It 'creates the PassRole policy from the seed document' {
        $script:Result.PassRolePolicyArn | Should -Be 'arn:aws:iam::123456789012:policy/DevTeamPassRole'
    }

    It 'leaves no metadata endpoint running' {
        @(Get-RoleToolsMetadataEndpoint) | Should -HaveCount 0
    }
}
