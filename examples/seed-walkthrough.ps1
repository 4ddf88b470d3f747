<#
.SYNOPSIS
Runs the reference workflow: an IAM role for an EC2 instance, from trust policy to credentials.

.DESCRIPTION
Uses only AWS Tools for PowerShell cmdlets (as RoleTools emulates them) plus RoleTools' endpoint
cmdlets, in a fresh store:
  1. create the s3access role from examples/seed/ec2-role-trust-policy.json;
  2. put examples/seed/ec2-role-access-policy.json as the inline policy S3-Permissions, and attach
     the AWS managed policy AmazonS3ReadOnlyAccess;
  3. create the instance profile s3access-profile and add the role (a second role is refused);
  4. launch an instance with the profile;
  5. start its metadata endpoint and read the role's credentials with IMDSv2 and IMDSv1 over HTTP,
     and with the AWS CLI when one is installed;
  6. on a second instance: attach a role, list the associations, replace the role, detach it,
     and show the endpoint following each change;
  7. change the role's inline policy and show which instances use the role;
  8. create the PassRole policy from examples/seed/pass-role-policy.json as a managed policy;
  9. note that policy generation from access activity is not emulated.
It prints a short account of each step, with secret keys masked, and stops every endpoint it
started. All HTTP traffic goes to the loopback endpoints it starts.

.PARAMETER StorePath
The store file to use. Default: a new file in a new temporary folder, removed at the end.

.PARAMETER ModuleManifest
The RoleTools manifest to import. Default: RoleTools.psd1 in the repository root.

.PARAMETER PassThru
Writes a summary object of what the workflow created and observed, for tests.

.EXAMPLE
./examples/seed-walkthrough.ps1

Runs the whole workflow in a temporary store and prints each step.
#>
[CmdletBinding()]
param(
    [string] $StorePath,
    [string] $ModuleManifest = (Join-Path $PSScriptRoot '../RoleTools.psd1'),
    [switch] $PassThru
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$seed = Join-Path $PSScriptRoot 'seed'
$temporaryFolder = $null
if (-not $StorePath) {
    $temporaryFolder = Join-Path ([IO.Path]::GetTempPath()) ("roletools-demo-" + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $temporaryFolder | Out-Null
    $StorePath = Join-Path $temporaryFolder 'store.db'
}

function Write-Step([string] $Text) { Write-Host "`n== $Text" -ForegroundColor Cyan }
function Write-Detail([string] $Text) { Write-Host "   $Text" }

function Hide-Secret([string] $Secret) {
    <# Shows the first four characters of a secret and masks the rest. #>
    if (-not $Secret) { return '' }
    return $Secret.Substring(0, [Math]::Min(4, $Secret.Length)) + ('*' * [Math]::Max(0, $Secret.Length - 4))
}

function Get-ImdsToken([string] $BaseUrl) {
    $response = Invoke-WebRequest -Method Put -Uri "${BaseUrl}latest/api/token" -Headers @{ 'X-aws-ec2-metadata-token-ttl-seconds' = '21600' }
    return [string] $response.Content
}

function Get-Imds([string] $BaseUrl, [string] $Path, [string] $Token) {
    <# GETs a metadata path; returns the status code and body without throwing on 4xx. #>
    $headers = @{}
    if ($Token) { $headers['X-aws-ec2-metadata-token'] = $Token }
    $response = Invoke-WebRequest -Uri "${BaseUrl}latest/meta-data/$Path" -Headers $headers -SkipHttpErrorCheck
    return [pscustomobject]@{ StatusCode = [int] $response.StatusCode; Content = [string] $response.Content }
}

function Show-Credentials([string] $BaseUrl, [string] $Label) {
    <# Reads the role name and its credentials with IMDSv2 and prints them; returns the parsed JSON or $null. #>
    $token = Get-ImdsToken $BaseUrl
    $listing = Get-Imds $BaseUrl 'iam/security-credentials/' $token
    if ($listing.StatusCode -ne 200) {
        Write-Detail "$Label`: iam/security-credentials/ answers $($listing.StatusCode): no role is attached."
        return $null
    }
    $roleName = $listing.Content
    $credentials = (Get-Imds $BaseUrl "iam/security-credentials/$roleName" $token).Content | ConvertFrom-Json -DateKind String
    Write-Detail "$Label`: role $roleName, Code $($credentials.Code), AccessKeyId $($credentials.AccessKeyId), SecretAccessKey $(Hide-Secret $credentials.SecretAccessKey), Expiration $($credentials.Expiration)"
    $credentials | Add-Member -NotePropertyName RoleName -NotePropertyValue $roleName
    return $credentials
}

$endpoints = [System.Collections.Generic.List[object]]::new()
$summary = [ordered]@{}
try {
    Import-Module $ModuleManifest -Force
    Set-RoleToolsStore -Path $StorePath
    $region = 'us-east-1'
    Write-Step "Store: $StorePath (account $((Get-RoleToolsStore).AccountId), region $region)"

    Write-Step '1. Create the role s3access from the trust policy'
    $trustPolicy = Get-Content -Raw (Join-Path $seed 'ec2-role-trust-policy.json')
    $role = New-IAMRole -RoleName s3access -AssumeRolePolicyDocument $trustPolicy -Description 'Lets EC2 instances use S3'
    Write-Detail "Arn $($role.Arn), RoleId $($role.RoleId), Path $($role.Path)"
    Write-Detail "AssumeRolePolicyDocument (URL-encoded): $($role.AssumeRolePolicyDocument.Substring(0, 60))..."
    $summary.RoleArn = $role.Arn
    $summary.RoleId = $role.RoleId

    Write-Step '2. Give the role its permissions'
    $accessPolicy = Get-Content -Raw (Join-Path $seed 'ec2-role-access-policy.json')
    Write-IAMRolePolicy -RoleName s3access -PolicyName S3-Permissions -PolicyDocument $accessPolicy
    Register-IAMRolePolicy -RoleName s3access -PolicyArn 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'
    $summary.InlinePolicies = @(Get-IAMRolePolicyList -RoleName s3access)
    $summary.AttachedPolicies = @(Get-IAMAttachedRolePolicyList -RoleName s3access | ForEach-Object PolicyArn)
    Write-Detail "Inline policies: $($summary.InlinePolicies -join ', ')"
    Write-Detail "Attached managed policies: $($summary.AttachedPolicies -join ', ')"

    Write-Step '3. Create the instance profile s3access-profile and add the role'
    $instanceProfile = New-IAMInstanceProfile -InstanceProfileName s3access-profile
    Write-Detail "Arn $($instanceProfile.Arn), InstanceProfileId $($instanceProfile.InstanceProfileId), roles: $(@($instanceProfile.Roles).Count)"
    Add-IAMRoleToInstanceProfile -InstanceProfileName s3access-profile -RoleName s3access
    New-IAMRole -RoleName s3access-second -AssumeRolePolicyDocument $trustPolicy | Out-Null
    try {
        Add-IAMRoleToInstanceProfile -InstanceProfileName s3access-profile -RoleName s3access-second
        throw 'Adding a second role to an instance profile should have failed.'
    }
    catch [System.InvalidOperationException] {
        $summary.SecondRoleError = $_.Exception.InnerException.ErrorCode
        Write-Detail "A second role is refused: $($_.Exception.InnerException.ErrorCode): $($_.Exception.Message)"
    }
    Write-Detail "Roles in the profile now: $((Get-IAMInstanceProfile -InstanceProfileName s3access-profile).Roles.RoleName -join ', ')"

    Write-Step '4. Launch an instance with the instance profile'
    $reservation = New-EC2Instance -ImageId ami-11aa22bb -KeyName my-key-pair -SecurityGroup my-security-group `
        -SubnetId subnet-1a2b3c4d -InstanceType t3.micro -IamInstanceProfile_Name s3access-profile -Region $region
    $instance = $reservation.Instances[0]
    $instanceId = $instance.InstanceId
    Write-Detail "Instance $instanceId in reservation $($reservation.ReservationId), state $($instance.State.Name)"
    $instance = (Get-EC2Instance -InstanceId $instanceId -Region $region).Instances[0]
    Write-Detail "State now $($instance.State.Name); IamInstanceProfile Arn $($instance.IamInstanceProfile.Arn), Id $($instance.IamInstanceProfile.Id)"
    $association = Get-EC2IamInstanceProfileAssociation -Filter @{ Name = 'instance-id'; Values = $instanceId } -Region $region
    Write-Detail "Association $($association.AssociationId): $($association.State)"
    $summary.FirstInstanceId = $instanceId
    $summary.FirstAssociationId = $association.AssociationId

    Write-Step '5. Read the credentials from the instance metadata endpoint'
    $endpoint = Start-RoleToolsMetadataEndpoint -InstanceId $instanceId
    $endpoints.Add($endpoint)
    Write-Detail "Endpoint for $instanceId at $($endpoint.Url) (process $($endpoint.ProcessId))"
    $v2 = Show-Credentials $endpoint.Url 'IMDSv2'
    $v1Response = Get-Imds $endpoint.Url "iam/security-credentials/$($v2.RoleName)" $null
    $v1 = $v1Response.Content | ConvertFrom-Json -DateKind String
    Write-Detail "IMDSv1: HTTP $($v1Response.StatusCode), Code $($v1.Code), Type $($v1.Type), AccessKeyId $($v1.AccessKeyId)"
    $summary.Credentials = [pscustomobject]@{
        RoleName = $v2.RoleName; Code = $v2.Code; Type = $v2.Type; AccessKeyId = $v2.AccessKeyId
        SecretLength = $v2.SecretAccessKey.Length; HasToken = [bool] $v2.Token; Expiration = $v2.Expiration; LastUpdated = $v2.LastUpdated
    }

    # Several AWS CLI installations may be on PATH (a v1 one lacks export-credentials): use the first that works.
    $awsCommands = @(Get-Command aws -CommandType Application -All -ErrorAction SilentlyContinue)
    if ($awsCommands) {
        # The CLI reads only the loopback endpoint and files made here; no real credentials are involved.
        $cliConfig = Join-Path ([IO.Path]::GetDirectoryName($StorePath)) 'aws-cli-config'
        $cliCredentials = Join-Path ([IO.Path]::GetDirectoryName($StorePath)) 'aws-cli-credentials'
        Set-Content -Path $cliConfig -Value "[default]`nregion = $region"
        Set-Content -Path $cliCredentials -Value ''
        $cliEnvironment = @{
            AWS_EC2_METADATA_SERVICE_ENDPOINT = $endpoint.Url; AWS_CONFIG_FILE = $cliConfig; AWS_SHARED_CREDENTIALS_FILE = $cliCredentials
            AWS_ACCESS_KEY_ID = $null; AWS_SECRET_ACCESS_KEY = $null; AWS_SESSION_TOKEN = $null; AWS_PROFILE = $null; AWS_EC2_METADATA_DISABLED = $null
        }
        $saved = @{}
        foreach ($name in $cliEnvironment.Keys) {
            $saved[$name] = [Environment]::GetEnvironmentVariable($name)
            # Remove-Item, not SetEnvironmentVariable($name, $null), which PowerShell turns into an empty value.
            Remove-Item -Path "env:$name" -ErrorAction SilentlyContinue
            if ($null -ne $cliEnvironment[$name]) { Set-Item -Path "env:$name" -Value $cliEnvironment[$name] }
        }
        try {
            $failures = @()
            foreach ($aws in $awsCommands) {
                $cliOutput = & $aws.Source configure export-credentials --format env 2>&1
                if ($LASTEXITCODE -eq 0) {
                    $cliKey = ($cliOutput | Select-String 'AWS_ACCESS_KEY_ID=(\S+)').Matches[0].Groups[1].Value
                    Write-Detail "AWS CLI ($($aws.Source)) resolved AccessKeyId $cliKey from the endpoint"
                    $summary.CliAccessKeyId = $cliKey
                    $failures = @()
                    break
                }
                $failures += "AWS CLI at $($aws.Source) could not export credentials (AWS CLI v2 is needed): $($cliOutput | Select-Object -First 1)"
            }
            $failures | ForEach-Object { Write-Detail $_ }
        }
        finally {
            foreach ($name in $saved.Keys) {
                Remove-Item -Path "env:$name" -ErrorAction SilentlyContinue
                if ($null -ne $saved[$name]) { Set-Item -Path "env:$name" -Value $saved[$name] }
            }
        }
    }
    else {
        Write-Detail 'No AWS CLI on PATH: skipped the CLI read.'
    }

    Write-Step '6. Attach, list, replace and detach roles on a second instance'
    $second = (New-EC2Instance -ImageId ami-11aa22bb -KeyName my-key-pair -SecurityGroup my-security-group -SubnetId subnet-1a2b3c4d -Region $region).Instances[0]
    $secondId = $second.InstanceId
    $state = (Get-EC2Instance -InstanceId $secondId -Region $region).Instances[0].State.Name
    Write-Detail "Second instance $secondId is $state, with no role"
    $secondEndpoint = Start-RoleToolsMetadataEndpoint -InstanceId $secondId
    $endpoints.Add($secondEndpoint)
    Show-Credentials $secondEndpoint.Url 'Before attaching' | Out-Null

    $attached = Register-EC2IamInstanceProfile -InstanceId $secondId -IamInstanceProfile_Name s3access-profile -Region $region
    Write-Detail "Attached: association $($attached.AssociationId) is $($attached.State)"
    $afterAttach = Show-Credentials $secondEndpoint.Url 'After attaching'
    Get-EC2IamInstanceProfileAssociation -Region $region | ForEach-Object {
        Write-Detail "Association $($_.AssociationId): instance $($_.InstanceId), profile $($_.IamInstanceProfile.Arn), $($_.State)"
    }

    New-IAMRole -RoleName s3readonly -AssumeRolePolicyDocument $trustPolicy | Out-Null
    Register-IAMRolePolicy -RoleName s3readonly -PolicyArn 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'
    New-IAMInstanceProfile -InstanceProfileName s3readonly-profile | Out-Null
    Add-IAMRoleToInstanceProfile -InstanceProfileName s3readonly-profile -RoleName s3readonly
    $replaced = Set-EC2IamInstanceProfileAssociation -AssociationId $attached.AssociationId -IamInstanceProfile_Name s3readonly-profile -Region $region
    Write-Detail "Replaced: new association $($replaced.AssociationId) is $($replaced.State) (was $($attached.AssociationId))"
    $afterReplace = Show-Credentials $secondEndpoint.Url 'After replacing'
    $oldRolePath = Get-Imds $secondEndpoint.Url 'iam/security-credentials/s3access' $null
    Write-Detail "The old role's path now answers $($oldRolePath.StatusCode)"

    $detached = Unregister-EC2IamInstanceProfile -AssociationId $replaced.AssociationId -Region $region
    Write-Detail "Detached: association $($detached.AssociationId) is $($detached.State)"
    $afterDetach = Get-Imds $secondEndpoint.Url 'iam/security-credentials/' $null
    Write-Detail "After detaching, iam/security-credentials/ answers $($afterDetach.StatusCode)"

    $summary.SecondInstanceId = $secondId
    $summary.AttachedAssociationId = $attached.AssociationId
    $summary.AttachedState = [string] $attached.State
    $summary.RoleAfterAttach = if ($afterAttach) { $afterAttach.RoleName } else { $null }
    $summary.ReplacedAssociationId = $replaced.AssociationId
    $summary.RoleAfterReplace = if ($afterReplace) { $afterReplace.RoleName } else { $null }
    $summary.OldRoleStatusAfterReplace = $oldRolePath.StatusCode
    $summary.DetachedState = [string] $detached.State
    $summary.StatusAfterDetach = $afterDetach.StatusCode

    Write-Step '7. Change the role: every instance that uses it gets the change'
    $readOnly = @{
        Version   = '2012-10-17'
        Statement = @(@{ Effect = 'Allow'; Action = @('s3:Get*', 's3:List*'); Resource = @('*') })
    } | ConvertTo-Json -Depth 5
    Write-IAMRolePolicy -RoleName s3access -PolicyName S3-Permissions -PolicyDocument $readOnly
    $stored = [Uri]::UnescapeDataString((Get-IAMRolePolicy -RoleName s3access -PolicyName S3-Permissions).PolicyDocument) | ConvertFrom-Json
    Write-Detail "S3-Permissions now allows: $($stored.Statement[0].Action -join ', ')"
    $profileArns = @(Get-IAMInstanceProfileForRole -RoleName s3access | ForEach-Object Arn)
    $users = @(Get-EC2IamInstanceProfileAssociation -Region $region |
        Where-Object { $_.State -eq 'associated' -and $profileArns -contains $_.IamInstanceProfile.Arn } | ForEach-Object InstanceId)
    Write-Detail "Instances using s3access through $($profileArns -join ', '): $($users -join ', ')"
    $afterChange = Show-Credentials $endpoint.Url 'First instance after the change'
    $summary.RoleUsers = $users
    $summary.PolicyActionsAfterChange = @($stored.Statement[0].Action)
    $summary.RoleAfterChange = if ($afterChange) { $afterChange.RoleName } else { $null }

    Write-Step '8. Permissions for people who attach roles: the PassRole policy'
    $passRoleDocument = Get-Content -Raw (Join-Path $seed 'pass-role-policy.json')
    $passRole = New-IAMPolicy -PolicyName DevTeamPassRole -PolicyDocument $passRoleDocument -Description 'Launch, attach and replace with DevTeam roles only'
    $passRoleStatements = ([Uri]::UnescapeDataString((Get-IAMPolicyVersion -PolicyArn $passRole.Arn -VersionId $passRole.DefaultVersionId).Document) | ConvertFrom-Json).Statement
    foreach ($statement in $passRoleStatements) {
        Write-Detail "$($statement.Effect) $(@($statement.Action) -join ', ') on $(@($statement.Resource) -join ', ')"
    }
    Write-Detail "Created $($passRole.Arn) ($($passRole.DefaultVersionId)); attach it to the people who launch instances."
    Write-Detail 'NOTE: RoleTools stores and validates this policy but does not enforce caller permissions: every cmdlet runs as an administrator would.'
    $summary.PassRolePolicyArn = $passRole.Arn

    Write-Step '9. Least privilege from recorded access activity'
    Write-Detail 'NOTE: generating a policy from CloudTrail activity (IAM Access Analyzer) is not emulated; RoleTools records no access activity.'

    Write-Step 'Done: credentials were served for s3access, and the endpoint followed every change.'
}
finally {
    foreach ($endpoint in $endpoints) {
        Stop-RoleToolsMetadataEndpoint -InstanceId $endpoint.InstanceId
    }
    if ($endpoints.Count) { Write-Detail "Stopped $($endpoints.Count) metadata endpoints." }
    if ($temporaryFolder) {
        [Microsoft.Data.Sqlite.SqliteConnection]::ClearAllPools()
        Remove-Item -Recurse -Force $temporaryFolder -ErrorAction SilentlyContinue
    }
}

if ($PassThru) {
    [pscustomobject] $summary
}
