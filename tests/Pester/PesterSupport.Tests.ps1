# Pester support: a suite that keeps its store in TestDrive and stops its endpoints in AfterAll leaves no
# files, open handles or processes behind, and a suite written for AWS Tools passes unchanged. Both run
# in a child pwsh, as a user's Invoke-Pester would.

BeforeAll {
    $script:Manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $script:Manifest) { $script:Manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    $script:Manifest = (Resolve-Path $script:Manifest).Path
    $script:Pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    $script:PesterManifest = (Get-Module Pester).Path

    function Invoke-ChildPester {
        <# Runs Invoke-Pester on $Path in a child pwsh with $Prelude first, and returns the child's output lines. #>
        param([string] $Path, [string] $Prelude, [hashtable] $Environment)
        $command = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$script:PesterManifest'
$Prelude
`$result = Invoke-Pester -Path '$Path' -PassThru -Output None
"result=`$(`$result.Result) passed=`$(`$result.PassedCount) failed=`$(`$result.FailedCount)"
`$result.Failed | ForEach-Object { "failure=`$(`$_.ExpandedPath): `$(`$_.ErrorRecord)" }
if (`$IsLinux) {
    # Files this process still has open: a pooled SQLite connection would show the deleted store here.
    Get-ChildItem /proc/`$PID/fd | ForEach-Object { "fd=`$(`$_.LinkTarget)" }
}
"@
        $saved = @{}
        foreach ($key in $Environment.Keys) { $saved[$key] = [Environment]::GetEnvironmentVariable($key); [Environment]::SetEnvironmentVariable($key, $Environment[$key]) }
        try {
            $output = & $script:Pwsh -NoProfile -NonInteractive -Command $command 2>&1
            $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        }
        finally {
            foreach ($key in $saved.Keys) { [Environment]::SetEnvironmentVariable($key, $saved[$key]) }
        }
        @($output | ForEach-Object { "$_" })
    }
}

Describe 'Per-test store in TestDrive' {
    BeforeAll {
        $script:Report = Join-Path $TestDrive 'inner-report.txt'
        $script:InnerSuite = Join-Path $TestDrive 'Inner.Tests.ps1'
        # The pattern docs/pester.md recommends, with lines that report what the outer test checks.
        Set-Content -Path $InnerSuite -Value @'
BeforeAll {
    Import-Module $env:ROLETOOLS_MODULE_MANIFEST
}

Describe 'Instance credentials' {
    BeforeAll {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'store.db')
        Set-RoleToolsStore -TransitionDelay 0
        $trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
        $null = New-IAMRole -RoleName s3access -AssumeRolePolicyDocument $trust -Force
        $null = New-IAMInstanceProfile -InstanceProfileName s3access-profile -Force
        Add-IAMRoleToInstanceProfile -InstanceProfileName s3access-profile -RoleName s3access -Force
        $instanceId = (New-EC2Instance -ImageId ami-11aa22bb -IamInstanceProfile_Name s3access-profile -Force).Instances[0].InstanceId
        $endpoint = Start-RoleToolsMetadataEndpoint -InstanceId $instanceId
        Add-Content -Path $env:INNER_REPORT -Value "testdrive=$TestDrive", "endpoint=$($endpoint.ProcessId)"
    }

    AfterAll {
        Get-RoleToolsMetadataEndpoint | Stop-RoleToolsMetadataEndpoint
    }

    It 'lists the endpoint' {
        (Get-RoleToolsMetadataEndpoint).ProcessId | Should -Be $endpoint.ProcessId
    }

    It 'serves the role credentials over IMDSv2' {
        $token = Invoke-RestMethod -Method Put -Uri "$($endpoint.Url)latest/api/token" -Headers @{ 'X-aws-ec2-metadata-token-ttl-seconds' = '60' }
        $headers = @{ 'X-aws-ec2-metadata-token' = $token }
        Invoke-RestMethod -Uri "$($endpoint.Url)latest/meta-data/iam/security-credentials/" -Headers $headers | Should -Be 's3access'
        $credentials = Invoke-RestMethod -Uri "$($endpoint.Url)latest/meta-data/iam/security-credentials/s3access" -Headers $headers
        $credentials.Code | Should -Be 'Success'
        $credentials.AccessKeyId | Should -Match '^ASIA'
    }
}
'@
        $script:Output = Invoke-ChildPester -Path $InnerSuite -Prelude '' -Environment @{ INNER_REPORT = $Report; ROLETOOLS_MODULE_MANIFEST = $Manifest }
        $script:Reported = @{}
        foreach ($line in Get-Content $Report) {
            $key, $value = $line -split '=', 2
            $Reported[$key] = $value
        }
    }

    It 'passes the inner suite' {
        $Output | Should -Contain 'result=Passed passed=2 failed=0'
    }

    It 'removes the inner TestDrive' {
        $Reported['testdrive'] | Should -Not -BeNullOrEmpty
        Test-Path -LiteralPath $Reported['testdrive'] | Should -BeFalse
    }

    It 'stops the endpoint process' {
        $processId = [int] $Reported['endpoint']
        $processId | Should -BeGreaterThan 0
        Get-Process -Id $processId -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'keeps no file of the TestDrive open' -Skip:(-not $IsLinux) {
        $openFiles = $Output | Where-Object { $_ -like 'fd=*' }
        $openFiles | Should -Not -BeNullOrEmpty
        $openFiles | Where-Object { $_ -like "fd=$($Reported['testdrive'])*" } | Should -BeNullOrEmpty
    }
}

Describe 'Suite written for AWS Tools' {
    It 'passes unchanged against RoleTools' {
        $suite = Join-Path $PSScriptRoot 'AwsToolsSuite/RoleErrors.Suite.ps1'
        $store = Join-Path $TestDrive 'aws-tools.db'
        $prelude = "Import-Module '$Manifest'; Enable-RoleToolsAwsToolsAlias 3>`$null"
        $environment = @{ ROLETOOLS_STORE = $store; AWS_EC2_METADATA_DISABLED = 'true'; AWS_REGION = $null; AWS_DEFAULT_REGION = $null }
        $output = Invoke-ChildPester -Path $suite -Prelude $prelude -Environment $environment
        $output | Should -Contain 'result=Passed passed=7 failed=0' -Because ($output -like 'failure=*' | Out-String)
    }
}
