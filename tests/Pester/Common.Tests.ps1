# AWS.Tools.Common cmdlets: parameters as AWS Tools declares them, session variables, region precedence,
# and credential profiles kept in the RoleTools store only.

BeforeAll {
    $script:Manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $script:Manifest) { $script:Manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    $script:Pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    Import-Module $script:Manifest -Force
    $script:ModuleFolder = Split-Path (Get-Command Set-AWSCredential).ImplementingType.Assembly.Location

    # A minimal EC2-style cmdlet built on the shared base classes, so the -ProfileName check and region
    # lookup of every AWS service cmdlet can be tested before the IAM and EC2 cmdlets exist.
    $references = @('RoleTools.PowerShell.dll', 'RoleTools.Core.dll', 'AWSSDK.Core.dll' | ForEach-Object { Join-Path $script:ModuleFolder $_ })
    $references += [psobject].Assembly.Location, (Join-Path ([System.Runtime.InteropServices.RuntimeEnvironment]::GetRuntimeDirectory()) 'netstandard.dll')
    $probe = Add-Type -PassThru -IgnoreWarnings -ReferencedAssemblies $references -TypeDefinition @'
using System.Management.Automation;
namespace RoleToolsTests
{
    [Cmdlet("Test", "RoleToolsRegionProbe", SupportsShouldProcess = true)]
    public class RegionProbeCmdlet : RoleTools.PowerShell.Common.Ec2Cmdlet
    {
        protected override void ProcessRecord()
        {
            string region = ResolveRegion();
            if (ConfirmShouldProceed(false, region, "Probe"))
            {
                WriteObject(Invoke(() => region));
            }
        }
    }
}
'@
    Import-Module -Assembly ($probe | Select-Object -First 1).Assembly -Force

    function Reset-AwsSession {
        Clear-DefaultAWSRegion -Scope Global
        Set-Variable -Scope Global -Name StoredAWSCredentials -Value $null
        Remove-Variable -Name StoredAWSRegion, StoredAWSCredentials -Scope Script -ErrorAction Ignore
        $env:AWS_REGION = $null
        $env:AWS_DEFAULT_REGION = $null
        $env:AWS_ACCESS_KEY_ID = $null
        $env:AWS_SECRET_ACCESS_KEY = $null
        $env:AWS_SESSION_TOKEN = $null
    }
}

AfterAll {
    $env:AWS_REGION = $null
    $env:AWS_DEFAULT_REGION = $null
}

Describe 'AWS.Tools.Common parameters' {
    It '<Command> -<Name>: position <Position>, aliases <Aliases>' -TestCases @(
        @{ Command = 'Set-AWSCredential'; Name = 'AccessKey'; Position = $null; Aliases = 'AK'; MandatoryIn = 'BasicOrSession' }
        @{ Command = 'Set-AWSCredential'; Name = 'SecretKey'; Position = $null; Aliases = 'SK,SecretAccessKey'; MandatoryIn = 'BasicOrSession' }
        @{ Command = 'Set-AWSCredential'; Name = 'SessionToken'; Position = $null; Aliases = 'ST'; MandatoryIn = '' }
        @{ Command = 'Set-AWSCredential'; Name = 'ProfileName'; Position = 200; Aliases = 'StoredCredentials,AWSProfileName'; MandatoryIn = 'StoredProfile' }
        @{ Command = 'Set-AWSCredential'; Name = 'ProfileLocation'; Position = 201; Aliases = 'AWSProfilesLocation,ProfilesLocation'; MandatoryIn = '' }
        @{ Command = 'Set-AWSCredential'; Name = 'Credential'; Position = $null; Aliases = ''; MandatoryIn = 'AWSCredentialsObject' }
        @{ Command = 'Set-AWSCredential'; Name = 'StoreAs'; Position = $null; Aliases = ''; MandatoryIn = '' }
        @{ Command = 'Set-AWSCredential'; Name = 'Scope'; Position = $null; Aliases = ''; MandatoryIn = '' }
        @{ Command = 'Set-AWSCredential'; Name = 'RoleArn'; Position = $null; Aliases = ''; MandatoryIn = 'AssumeRole' }
        @{ Command = 'Get-AWSCredential'; Name = 'ProfileName'; Position = 1; Aliases = 'StoredCredentials'; MandatoryIn = '' }
        @{ Command = 'Get-AWSCredential'; Name = 'ProfileLocation'; Position = $null; Aliases = 'AWSProfilesLocation,ProfilesLocation'; MandatoryIn = '' }
        @{ Command = 'Get-AWSCredential'; Name = 'ListProfile'; Position = $null; Aliases = 'ListStoredCredentials,ListProfiles'; MandatoryIn = '' }
        @{ Command = 'Get-AWSCredential'; Name = 'ListProfileDetail'; Position = $null; Aliases = ''; MandatoryIn = '' }
        @{ Command = 'Remove-AWSCredentialProfile'; Name = 'ProfileName'; Position = 1; Aliases = 'StoredCredentials'; MandatoryIn = '__AllParameterSets' }
        @{ Command = 'Remove-AWSCredentialProfile'; Name = 'ProfileLocation'; Position = 2; Aliases = 'AWSProfilesLocation,ProfilesLocation'; MandatoryIn = '' }
        @{ Command = 'Remove-AWSCredentialProfile'; Name = 'Force'; Position = $null; Aliases = ''; MandatoryIn = '' }
        @{ Command = 'Set-DefaultAWSRegion'; Name = 'Region'; Position = 210; Aliases = 'RegionToCall'; MandatoryIn = '' }
        @{ Command = 'Set-DefaultAWSRegion'; Name = 'ProfileLocation'; Position = 211; Aliases = 'AWSProfilesLocation,ProfilesLocation'; MandatoryIn = '' }
        @{ Command = 'Set-DefaultAWSRegion'; Name = 'Scope'; Position = $null; Aliases = ''; MandatoryIn = '' }
        @{ Command = 'Clear-DefaultAWSRegion'; Name = 'Scope'; Position = $null; Aliases = ''; MandatoryIn = '' }
        @{ Command = 'Initialize-AWSDefaultConfiguration'; Name = 'Region'; Position = 210; Aliases = 'RegionToCall'; MandatoryIn = 'RegionOnly' }
        @{ Command = 'Initialize-AWSDefaultConfiguration'; Name = 'ProfileName'; Position = 200; Aliases = 'StoredCredentials,AWSProfileName'; MandatoryIn = 'StoredProfile' }
        @{ Command = 'Initialize-AWSDefaultConfiguration'; Name = 'ProfileLocation'; Position = 201; Aliases = 'AWSProfilesLocation,ProfilesLocation'; MandatoryIn = '' }
        @{ Command = 'Initialize-AWSDefaultConfiguration'; Name = 'AccessKey'; Position = $null; Aliases = 'AK'; MandatoryIn = 'BasicOrSession' }
        @{ Command = 'Initialize-AWSDefaultConfiguration'; Name = 'Scope'; Position = $null; Aliases = ''; MandatoryIn = '' }
        @{ Command = 'Get-AWSRegion'; Name = 'SystemName'; Position = 0; Aliases = ''; MandatoryIn = '' }
        @{ Command = 'Get-AWSRegion'; Name = 'IncludeChina'; Position = $null; Aliases = ''; MandatoryIn = '' }
        @{ Command = 'Get-AWSRegion'; Name = 'IncludeGovCloud'; Position = $null; Aliases = ''; MandatoryIn = '' }
        @{ Command = 'Get-AWSRegion'; Name = 'GovCloudOnly'; Position = $null; Aliases = ''; MandatoryIn = '' }
    ) {
        $parameter = (Get-Command $Command -Module RoleTools).Parameters[$Name]
        $parameter | Should -Not -BeNullOrEmpty -Because "$Command declares -$Name"
        ($parameter.Aliases | Sort-Object) -join ',' | Should -Be ((($Aliases -split ',') | Where-Object { $_ } | Sort-Object) -join ',')

        $positions = @($parameter.ParameterSets.Values | Where-Object { $_.Position -ge 0 } | ForEach-Object Position | Sort-Object -Unique)
        if ($null -eq $Position) { $positions | Should -BeNullOrEmpty } else { $positions | Should -Be @($Position) }

        $mandatory = @($parameter.ParameterSets.GetEnumerator() | Where-Object { $_.Value.IsMandatory } | ForEach-Object Key)
        ($mandatory | Sort-Object) -join ',' | Should -Be $MandatoryIn
    }

    It 'default parameter sets match AWS Tools' {
        (Get-Command Get-AWSCredential).DefaultParameterSet | Should -Be 'Shell'
        (Get-Command Get-AWSRegion).DefaultParameterSet | Should -Be 'PublicOnly'
        (Get-Command Initialize-AWSDefaultConfiguration).DefaultParameterSet | Should -Be 'InstanceProfile'
    }

    It 'Remove-AWSCredentialProfile confirms with High impact' {
        $command = Get-Command Remove-AWSCredentialProfile
        $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
        $command.Parameters.ContainsKey('WhatIf') | Should -BeTrue
    }

    It 'legacy alias <Alias> resolves to <Target>' -TestCases @(
        @{ Alias = 'Get-AWSCredentials'; Target = 'Get-AWSCredential' }
        @{ Alias = 'Set-AWSCredentials'; Target = 'Set-AWSCredential' }
        @{ Alias = 'Initialize-AWSDefaults'; Target = 'Initialize-AWSDefaultConfiguration' }
    ) {
        $alias = Get-Alias -Name $Alias
        $alias.ResolvedCommandName | Should -Be $Target
        $alias.Source | Should -Be 'RoleTools'
    }

    It 'cmdlet classes carry AWS Tools names' {
        (Get-Command Set-AWSCredential).ImplementingType.FullName | Should -Be 'Amazon.PowerShell.Common.SetAWSCredentialCmdlet'
        (Get-Command Get-AWSRegion).ImplementingType.FullName | Should -Be 'Amazon.PowerShell.Common.GetAWSRegionCmdlet'
        (Get-Command Initialize-AWSDefaultConfiguration).ImplementingType.FullName | Should -Be 'Amazon.PowerShell.Common.InitializeAWSDefaultConfigurationCmdlet'
    }
}

Describe 'Region cmdlets' {
    BeforeEach {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'regions.db')
        Reset-AwsSession
    }

    It 'Set-DefaultAWSRegion sets $StoredAWSRegion positionally' {
        Set-DefaultAWSRegion eu-west-1
        $StoredAWSRegion | Should -Be 'eu-west-1'
        $region = Get-DefaultAWSRegion
        $region.Region | Should -Be 'eu-west-1'
        $region.Name | Should -Be 'Europe (Ireland)'
        $region.IsShellDefault | Should -BeTrue
    }

    It 'Set-DefaultAWSRegion takes an AWSRegion from the pipeline' {
        Get-AWSRegion -SystemName ap-southeast-2 | Set-DefaultAWSRegion
        $StoredAWSRegion | Should -Be 'ap-southeast-2'
    }

    It 'Set-DefaultAWSRegion -Scope Global outlives a function scope' {
        function Set-InFunction { Set-DefaultAWSRegion -Region us-west-1 -Scope Global }
        function Set-LocalInFunction { Set-DefaultAWSRegion -Region sa-east-1 }
        Set-InFunction
        $global:StoredAWSRegion | Should -Be 'us-west-1'
        Set-LocalInFunction
        $global:StoredAWSRegion | Should -Be 'us-west-1' -Because 'without -Scope the variable is set in the function scope'
    }

    It 'Clear-DefaultAWSRegion empties the variable' {
        Set-DefaultAWSRegion -Region eu-central-1
        Clear-DefaultAWSRegion
        $StoredAWSRegion | Should -BeNullOrEmpty
        Get-DefaultAWSRegion | Should -BeNullOrEmpty
    }

    It 'Set-DefaultAWSRegion accepts a region the SDK does not list, as AWS Tools does' {
        Set-DefaultAWSRegion -Region xx-future-1
        (Get-DefaultAWSRegion).Name | Should -Be 'Unknown'
    }

    It 'Set-DefaultAWSRegion without -Region takes the environment, then the store default' {
        $env:AWS_DEFAULT_REGION = 'ca-central-1'
        Set-DefaultAWSRegion
        $StoredAWSRegion | Should -Be 'ca-central-1'

        Clear-DefaultAWSRegion
        $env:AWS_DEFAULT_REGION = $null
        Set-RoleToolsStore -DefaultRegion eu-south-1
        Set-DefaultAWSRegion
        $StoredAWSRegion | Should -Be 'eu-south-1'
    }

    It 'Get-AWSRegion lists public regions without China or GovCloud' {
        $regions = Get-AWSRegion
        $regions.Region | Should -Contain 'us-east-1'
        $regions.Region | Where-Object { $_ -like 'cn-*' -or $_ -like 'us-gov-*' } | Should -BeNullOrEmpty
        $regions[0] | Should -BeOfType ([Amazon.PowerShell.Common.AWSRegion])
        ($regions | Where-Object Region -EQ 'eu-west-2').Name | Should -Be 'Europe (London)'
    }

    It 'Get-AWSRegion -IncludeChina -IncludeGovCloud adds both' {
        $regions = (Get-AWSRegion -IncludeChina -IncludeGovCloud).Region
        $regions | Should -Contain 'cn-north-1'
        $regions | Should -Contain 'us-gov-west-1'
    }

    It 'Get-AWSRegion -GovCloudOnly lists only GovCloud' {
        $regions = (Get-AWSRegion -GovCloudOnly).Region
        $regions | Should -Not -BeNullOrEmpty
        $regions | Where-Object { $_ -notlike 'us-gov-*' } | Should -BeNullOrEmpty
    }

    It 'Get-AWSRegion -SystemName returns one region and marks the shell default' {
        Set-DefaultAWSRegion -Region us-west-2
        $region = Get-AWSRegion us-west-2
        $region.Region | Should -Be 'us-west-2'
        $region.IsShellDefault | Should -BeTrue
        (Get-AWSRegion -SystemName eu-west-1).IsShellDefault | Should -BeFalse
        "$region" | Should -Be 'us-west-2'
    }
}

Describe 'Region precedence for service cmdlets' {
    BeforeEach {
        Set-RoleToolsStore -Path (Join-Path $TestDrive "precedence-$([guid]::NewGuid()).db") -DefaultRegion us-east-1
        Reset-AwsSession
    }

    It 'falls back to the store default region' {
        Test-RoleToolsRegionProbe | Should -Be 'us-east-1'
    }

    It 'prefers AWS_REGION over AWS_DEFAULT_REGION over the store default' {
        $env:AWS_DEFAULT_REGION = 'sa-east-1'
        Test-RoleToolsRegionProbe | Should -Be 'sa-east-1'
        $env:AWS_REGION = 'ca-central-1'
        Test-RoleToolsRegionProbe | Should -Be 'ca-central-1'
    }

    It 'prefers the default profile region over the environment' {
        $env:AWS_REGION = 'ca-central-1'
        Initialize-AWSDefaultConfiguration -AccessKey AKIAPRECEDENCE -SecretKey secret -Region eu-north-1
        Clear-DefaultAWSRegion
        Test-RoleToolsRegionProbe | Should -Be 'eu-north-1'
    }

    It 'prefers $StoredAWSRegion over the default profile' {
        Initialize-AWSDefaultConfiguration -AccessKey AKIAPRECEDENCE -SecretKey secret -Region eu-north-1
        Set-DefaultAWSRegion -Region ap-northeast-1
        Test-RoleToolsRegionProbe | Should -Be 'ap-northeast-1'
    }

    It 'prefers -Region over everything' {
        $env:AWS_REGION = 'ca-central-1'
        Set-DefaultAWSRegion -Region ap-northeast-1
        Test-RoleToolsRegionProbe -Region eu-west-3 | Should -Be 'eu-west-3'
    }

    It 'rejects a region the SDK does not list' {
        Set-DefaultAWSRegion -Region xx-future-1
        $error = { Test-RoleToolsRegionProbe } | Should -Throw -PassThru
        $error.FullyQualifiedErrorId | Should -BeLike 'ArgumentOutOfRangeException,*'
        $error.Exception.Message | Should -BeLike '*Unsupported Region value*'
    }
}

Describe 'Unknown -ProfileName on a service cmdlet' {
    BeforeEach {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'profile-check.db')
        Reset-AwsSession
    }

    It 'fails with AWS Tools'' error before anything runs' {
        $error = { Test-RoleToolsRegionProbe -ProfileName nosuchprofile -WhatIf } | Should -Throw -PassThru
        $error.Exception | Should -BeOfType ([System.InvalidOperationException])
        $error.Exception.Message | Should -Be 'No credentials specified or obtained from persisted/shell defaults.'
        $error.FullyQualifiedErrorId | Should -Be 'InvalidOperationException,RoleToolsTests.RegionProbeCmdlet'
        $error.CategoryInfo.Category | Should -Be 'InvalidOperation'
    }

    It 'is terminating even with -ErrorAction SilentlyContinue' {
        { Test-RoleToolsRegionProbe -ProfileName nosuchprofile -ErrorAction SilentlyContinue } | Should -Throw
    }

    It 'passes for a stored profile, by alias too' {
        Set-AWSCredential -AccessKey AKIAKNOWN -SecretKey secret -StoreAs known
        Test-RoleToolsRegionProbe -ProfileName known -Region us-west-2 | Should -Be 'us-west-2'
        Test-RoleToolsRegionProbe -StoredCredentials known -Region us-west-2 | Should -Be 'us-west-2'
    }

    It 'looks only in the -ProfileLocation set given' {
        $location = Join-Path $TestDrive 'team-credentials'
        Set-AWSCredential -AccessKey AKIATEAM -SecretKey secret -StoreAs team -ProfileLocation $location
        Test-RoleToolsRegionProbe -ProfileName team -ProfileLocation $location -Region us-west-2 | Should -Be 'us-west-2'
        { Test-RoleToolsRegionProbe -ProfileName team -Region us-west-2 } | Should -Throw 'No credentials specified*'
        Test-Path $location | Should -BeFalse -Because 'the location only names a set of profiles in the store'
    }

    It 'is not checked when access and secret keys are given' {
        Test-RoleToolsRegionProbe -ProfileName nosuchprofile -AccessKey AKIAX -SecretKey secret -Region us-west-2 | Should -Be 'us-west-2'
    }

    It 'is checked per pipeline record' {
        Set-AWSCredential -AccessKey AKIAKNOWN -SecretKey secret -StoreAs known
        $records = [pscustomobject]@{ ProfileName = 'known'; Region = 'us-west-2' }, [pscustomobject]@{ ProfileName = 'unknown'; Region = 'us-west-2' }
        $output = [System.Collections.Generic.List[object]]::new()
        { $records | Test-RoleToolsRegionProbe | ForEach-Object { $output.Add($_) } } | Should -Throw 'No credentials specified*'
        $output | Should -Be @('us-west-2')
    }
}

Describe 'Credential cmdlets' {
    BeforeEach {
        Set-RoleToolsStore -Path (Join-Path $TestDrive "credentials-$([guid]::NewGuid()).db")
        Reset-AwsSession
    }

    It 'Set-AWSCredential with keys sets $StoredAWSCredentials for the session' {
        Set-AWSCredential -AccessKey AKIASESSION -SecretKey secret -SessionToken token
        $StoredAWSCredentials | Should -BeOfType ([Amazon.PowerShell.Common.AWSPSCredentials])
        "$StoredAWSCredentials" | Should -Be 'Supplied Key Parameters'
        $credentials = Get-AWSCredential
        $credentials | Should -BeOfType ([Amazon.Runtime.SessionAWSCredentials])
        $keys = $credentials.GetCredentials()
        $keys.AccessKey | Should -Be 'AKIASESSION'
        $keys.Token | Should -Be 'token'
        Get-AWSCredential -ListProfileDetail | Should -BeNullOrEmpty -Because 'nothing was stored without -StoreAs'
    }

    It 'Set-AWSCredential -StoreAs saves a profile in the store' {
        Set-AWSCredential -AccessKey AKIASTORED -SecretKey secret -StoreAs dev
        $profile = Get-AWSCredential -ListProfileDetail
        $profile.ProfileName | Should -Be 'dev'
        $profile.StoreTypeName | Should -Be 'RoleToolsStore'
        $profile.ProfileLocation | Should -BeNullOrEmpty
        $StoredAWSCredentials | Should -BeNullOrEmpty -Because '-StoreAs does not change the session'
        (Get-AWSCredential -ProfileName dev).GetCredentials().SecretKey | Should -Be 'secret'
        (Get-AWSCredential -ProfileName dev) | Should -BeOfType ([Amazon.Runtime.BasicAWSCredentials])
    }

    It 'Set-AWSCredential -ProfileName activates a stored profile, positionally too' {
        Set-AWSCredential -AccessKey AKIASTORED -SecretKey secret -StoreAs dev
        Set-AWSCredential dev
        "$StoredAWSCredentials" | Should -Be 'dev'
        (Get-AWSCredential).GetCredentials().AccessKey | Should -Be 'AKIASTORED'
    }

    It 'Set-AWSCredential -ProfileName -StoreAs copies a profile' {
        Set-AWSCredential -AccessKey AKIASTORED -SecretKey secret -StoreAs dev
        Set-AWSCredential -ProfileName dev -StoreAs dev-copy
        (Get-AWSCredential -ListProfileDetail).ProfileName | Should -Be @('dev', 'dev-copy')
        (Get-AWSCredential -ProfileName dev-copy).GetCredentials().AccessKey | Should -Be 'AKIASTORED'
    }

    It 'Set-AWSCredential -Credential takes an SDK object from the pipeline' {
        New-Object Amazon.Runtime.BasicAWSCredentials 'AKIAOBJECT', 'secret' | Set-AWSCredential -StoreAs fromobject
        (Get-AWSCredential -ProfileName fromobject).GetCredentials().AccessKey | Should -Be 'AKIAOBJECT'
    }

    It 'Set-AWSCredential with an unknown profile fails as AWS Tools does' {
        $error = { Set-AWSCredential -ProfileName nosuchprofile } | Should -Throw -PassThru
        $error.Exception | Should -BeOfType ([System.ArgumentException])
        $error.Exception.Message | Should -Be 'Cannot determine credentials from supplied parameters'
        $error.FullyQualifiedErrorId | Should -Be 'ArgumentException,Amazon.PowerShell.Common.SetAWSCredentialCmdlet'
        $StoredAWSCredentials | Should -BeNullOrEmpty
    }

    It 'Set-AWSCredential rejects -Scope with -StoreAs and stores nothing' {
        $error = { Set-AWSCredential -AccessKey A -SecretKey S -StoreAs p -Scope Global } | Should -Throw -PassThru
        $error.Exception.Message | Should -Be 'Parameters Scope and StoreAs cannot be used together.'
        Get-AWSCredential -ListProfileDetail | Should -BeNullOrEmpty
    }

    It 'Set-AWSCredential assume-role parameters fail with a stable not-emulated ID' {
        $error = { Set-AWSCredential -RoleArn arn:aws:iam::123456789012:role/r -SourceProfile dev -StoreAs r } | Should -Throw -PassThru
        $error.FullyQualifiedErrorId | Should -BeLike 'RoleTools.NotEmulated.AssumeRoleProfile,*'
        Get-AWSCredential -ListProfileDetail | Should -BeNullOrEmpty
    }

    It 'Set-AWSCredentials alias sets the session' {
        Set-AWSCredentials -AccessKey AKIAALIAS -SecretKey secret
        (Get-AWSCredentials).GetCredentials().AccessKey | Should -Be 'AKIAALIAS'
    }

    It 'Get-AWSCredential -ProfileName for an unknown profile returns nothing' {
        Get-AWSCredential -ProfileName nosuchprofile | Should -BeNullOrEmpty
    }

    It 'Get-AWSCredential -ListProfile warns and lists names' {
        Set-AWSCredential -AccessKey A -SecretKey S -StoreAs one
        $names = Get-AWSCredential -ListProfile -WarningVariable warnings -WarningAction SilentlyContinue
        $names | Should -Be 'one'
        $warnings | Should -HaveCount 1
    }

    It 'Remove-AWSCredentialProfile deletes with -Force' {
        Set-AWSCredential -AccessKey A -SecretKey S -StoreAs gone
        Remove-AWSCredentialProfile gone -Force
        Get-AWSCredential -ProfileName gone | Should -BeNullOrEmpty
    }

    It 'Remove-AWSCredentialProfile -WhatIf keeps the profile, even with -Force' {
        Set-AWSCredential -AccessKey A -SecretKey S -StoreAs kept
        Remove-AWSCredentialProfile kept -Force -WhatIf
        Get-AWSCredential -ProfileName kept | Should -Not -BeNullOrEmpty
    }

    It 'Remove-AWSCredentialProfile of an unknown profile fails' {
        $error = { Remove-AWSCredentialProfile -ProfileName nosuchprofile -Force } | Should -Throw -PassThru
        $error.Exception.Message | Should -Be "The CredentialProfile 'nosuchprofile' does not exist."
        $error.FullyQualifiedErrorId | Should -Be 'ArgumentException,Amazon.PowerShell.Common.RemoveAWSCredentialProfileCmdlet'
    }

    It 'Initialize-AWSDefaultConfiguration saves the default profile and sets both variables' {
        Initialize-AWSDefaultConfiguration -AccessKey AKIADEFAULT -SecretKey secret -Region eu-west-1
        $StoredAWSRegion | Should -Be 'eu-west-1'
        "$StoredAWSCredentials" | Should -Be 'Supplied Key Parameters'
        (Get-AWSCredential -ProfileName default).GetCredentials().AccessKey | Should -Be 'AKIADEFAULT'
    }

    It 'Initialize-AWSDefaultConfiguration -ProfileName copies the profile into default' {
        Set-AWSCredential -AccessKey AKIASOURCE -SecretKey secret -StoreAs source
        Initialize-AWSDefaults -ProfileName source -Region ap-south-1
        "$StoredAWSCredentials" | Should -Be 'source'
        $StoredAWSRegion | Should -Be 'ap-south-1'
        (Get-AWSCredential -ProfileName default).GetCredentials().AccessKey | Should -Be 'AKIASOURCE'
    }

    It 'Initialize-AWSDefaultConfiguration -Region alone keeps the default profile keys' {
        Initialize-AWSDefaultConfiguration -AccessKey AKIAFIRST -SecretKey secret -Region eu-west-1
        $StoredAWSCredentials = $null
        $StoredAWSRegion = $null
        Initialize-AWSDefaultConfiguration -Region us-west-2
        $StoredAWSRegion | Should -Be 'us-west-2'
        "$StoredAWSCredentials" | Should -Be 'default'
        (Get-AWSCredential -ProfileName default).GetCredentials().AccessKey | Should -Be 'AKIAFIRST'
    }

    It 'Initialize-AWSDefaultConfiguration with an unknown profile fails and saves nothing' {
        { Initialize-AWSDefaultConfiguration -ProfileName nosuchprofile -Region eu-west-1 } | Should -Throw 'Cannot determine credentials from supplied parameters'
        Get-AWSCredential -ListProfileDetail | Should -BeNullOrEmpty
        $StoredAWSRegion | Should -BeNullOrEmpty
    }

    It 'environment keys count as credentials for Initialize-AWSDefaultConfiguration' {
        $env:AWS_ACCESS_KEY_ID = 'AKIAENVIRONMENT'
        $env:AWS_SECRET_ACCESS_KEY = 'secret'
        Initialize-AWSDefaultConfiguration -Region eu-west-1
        "$StoredAWSCredentials" | Should -Be 'Environment Variables'
        (Get-AWSCredential -ProfileName default).GetCredentials().AccessKey | Should -Be 'AKIAENVIRONMENT'
    }
}

Describe 'Profiles never leave the store' {
    It 'writes nothing under HOME in a child process' {
        $homeFolder = Join-Path $TestDrive 'home'
        New-Item -ItemType Directory -Path $homeFolder | Out-Null
        $store = Join-Path $TestDrive 'child.db'
        $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$script:Manifest'
Set-RoleToolsStore -Path '$store'
Set-AWSCredential -AccessKey AKIACHILD -SecretKey childsecret -StoreAs child
Set-AWSCredential -AccessKey AKIASHARED -SecretKey sharedsecret -StoreAs shared -ProfileLocation (Join-Path '$homeFolder' '.aws/credentials')
Initialize-AWSDefaultConfiguration -AccessKey AKIADEFAULT -SecretKey defaultsecret -Region eu-west-1
Remove-AWSCredentialProfile -ProfileName child -Force
(Get-AWSCredential -ListProfileDetail).ProfileName -join ','
"@
        $savedHome = $env:HOME
        try {
            $env:HOME = $homeFolder
            $output = & $script:Pwsh -NoProfile -NonInteractive -Command $script 2>&1
        }
        finally {
            $env:HOME = $savedHome
        }
        $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        ($output | Select-Object -Last 1) | Should -Be 'default'
        $written = Get-ChildItem -Path $homeFolder -Recurse -Force -File | Where-Object { $_.FullName -match '[\\/]\.aws[\\/]' -or $_.Name -match 'credentials|RegisteredAccounts' }
        $written | Should -BeNullOrEmpty -Because 'profiles live only in the RoleTools store'
        $storeText = [System.Text.Encoding]::UTF8.GetString([System.IO.File]::ReadAllBytes($store))
        Test-Path $store | Should -BeTrue
        $null = $storeText
    }

    It 'keeps the keys in the store file' {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'keys.db')
        Set-AWSCredential -AccessKey AKIAINSTORE -SecretKey storedsecret -StoreAs instore
        $row = & {
            $connection = [Microsoft.Data.Sqlite.SqliteConnection]::new("Data Source=$(Join-Path $TestDrive 'keys.db')")
            $connection.Open()
            try {
                $command = $connection.CreateCommand()
                $command.CommandText = "SELECT access_key_id FROM aws_credential_profiles WHERE profile_name = 'instore'"
                $command.ExecuteScalar()
            }
            finally { $connection.Dispose() }
        }
        $row | Should -Be 'AKIAINSTORE'
    }
}
