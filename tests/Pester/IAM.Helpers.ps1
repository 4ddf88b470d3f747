# Shared setup for the IAM Pester files: imports the built module into a fresh store and defines
# the policy documents and the error helper they use. Dot-source it from BeforeAll.

$manifest = $env:ROLETOOLS_MODULE_MANIFEST
if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
Import-Module $manifest -Force
Set-RoleToolsStore -Path (Join-Path $TestDrive "iam-$([guid]::NewGuid().ToString('N')).db")

$script:TrustPolicy = Get-Content -Raw (Join-Path $PSScriptRoot '../../../shared/cases/seed-walkthrough/ec2-role-trust-policy.json') -ErrorAction SilentlyContinue
if (-not $script:TrustPolicy) {
    $script:TrustPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
}
$script:S3Policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*"],"Resource":["*"]}]}'

function Get-ThrownError {
    <# Runs the script block and returns the error record it throws, or $null when it throws nothing. #>
    param([Parameter(Mandatory)] [scriptblock] $ScriptBlock)
    try {
        & $ScriptBlock | Out-Null
        return $null
    }
    catch {
        return $_
    }
}
