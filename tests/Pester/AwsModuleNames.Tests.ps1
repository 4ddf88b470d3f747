# Companion modules named after AWS Tools: opt-in through PSModulePath, imported by each AWS name in a
# child process, and module-qualified calls that resolve to RoleTools with one shared store.

BeforeAll {
    $script:Manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $script:Manifest) { $script:Manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    $script:Pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    Import-Module $script:Manifest -Force
    $script:ModuleFolder = Split-Path (Get-Command Set-AWSCredential).ImplementingType.Assembly.Location
    $script:AwsToolsFolder = Join-Path $script:ModuleFolder 'aws-tools'
    $script:RootManifest = Import-PowerShellDataFile (Join-Path $script:ModuleFolder 'RoleTools.psd1')

    # Runs a script in a new pwsh with RoleTools imported and returns its output lines; fails on a non-zero exit.
    function Invoke-Child([string] $Script, [string] $Manifest = $script:Manifest) {
        $prelude = "`$ErrorActionPreference = 'Stop'; Import-Module '$Manifest'; Set-RoleToolsStore -Path '$(Join-Path $TestDrive "child-$([guid]::NewGuid()).db")'; "
        $output = & $script:Pwsh -NoProfile -NonInteractive -Command ($prelude + $Script) 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        # The comma keeps a single line an array, so callers can index lines.
        return , @($output)
    }
}

Describe 'Companion manifests' {
    It '<Name> is a valid manifest that exports what the real module holds' -TestCases @(
        @{ Name = 'AWSPowerShell'; Groups = 'IAM', 'EC2', 'Common' }
        @{ Name = 'AWSPowerShell.NetCore'; Groups = 'IAM', 'EC2', 'Common' }
        @{ Name = 'AWS.Tools.Common'; Groups = @('Common') }
        @{ Name = 'AWS.Tools.EC2'; Groups = @('EC2') }
        @{ Name = 'AWS.Tools.IdentityManagement'; Groups = @('IAM') }
    ) {
        $path = Join-Path $script:AwsToolsFolder "$Name/$Name.psd1"
        { Test-ModuleManifest -Path $path -ErrorAction Stop } | Should -Not -Throw
        $data = Import-PowerShellDataFile $path
        $all = $script:RootManifest.CmdletsToExport
        $expected = foreach ($group in $Groups) {
            switch ($group) {
                'IAM' { $all | Where-Object { $_ -match '-IAM' } }
                'EC2' { $all | Where-Object { $_ -match '-EC2' } }
                'Common' { $all | Where-Object { $_ -match 'AWS(Credential|Region|DefaultConfiguration)|DefaultAWSRegion' } }
            }
        }
        ($data.CmdletsToExport | Sort-Object) -join ',' | Should -Be (($expected | Sort-Object) -join ',')
        $data.ModuleVersion | Should -Be $script:RootManifest.ModuleVersion
        $data.NestedModules | Should -Be '../../RoleTools.PowerShell.dll'
        Test-Path (Join-Path (Split-Path $path) $data.NestedModules) | Should -BeTrue
    }

    It 'aliases follow the real modules' {
        $common = 'Get-AWSCredentials', 'Set-AWSCredentials', 'Initialize-AWSDefaults'
        $iam = 'Get-IAMAttachedRolePolicies', 'Get-IAMInstanceProfiles', 'Get-IAMPolicies', 'Get-IAMRolePolicies', 'Get-IAMRoles'
        (Import-PowerShellDataFile (Join-Path $script:AwsToolsFolder 'AWS.Tools.Common/AWS.Tools.Common.psd1')).AliasesToExport | Should -Be $common
        (Import-PowerShellDataFile (Join-Path $script:AwsToolsFolder 'AWS.Tools.IdentityManagement/AWS.Tools.IdentityManagement.psd1')).AliasesToExport | Should -Be $iam
        (Import-PowerShellDataFile (Join-Path $script:AwsToolsFolder 'AWS.Tools.EC2/AWS.Tools.EC2.psd1')).AliasesToExport | Should -BeNullOrEmpty
        (Import-PowerShellDataFile (Join-Path $script:AwsToolsFolder 'AWSPowerShell/AWSPowerShell.psd1')).AliasesToExport | Sort-Object | Should -Be (($common + $iam) | Sort-Object)
    }
}

Describe 'Enable-RoleToolsAwsToolsAlias' {
    BeforeEach { $script:SavedPath = $env:PSModulePath }
    AfterEach { $env:PSModulePath = $script:SavedPath }

    It 'puts the companion folder first once, and says so' {
        Enable-RoleToolsAwsToolsAlias -WarningVariable warnings -WarningAction SilentlyContinue
        Enable-RoleToolsAwsToolsAlias -WarningAction SilentlyContinue
        $entries = $env:PSModulePath -split [IO.Path]::PathSeparator
        $entries[0] | Should -Be $script:AwsToolsFolder
        @($entries | Where-Object { $_ -eq $script:AwsToolsFolder }) | Should -HaveCount 1
        $warnings | Should -HaveCount 1
        "$warnings" | Should -BeLike '*Disable-RoleToolsAwsToolsAlias*'
    }

    It 'Disable-RoleToolsAwsToolsAlias restores the other entries' {
        Enable-RoleToolsAwsToolsAlias -WarningAction SilentlyContinue
        Disable-RoleToolsAwsToolsAlias
        $env:PSModulePath | Should -Be $script:SavedPath
    }

    It '-WhatIf changes nothing' {
        Enable-RoleToolsAwsToolsAlias -WhatIf
        $env:PSModulePath | Should -Be $script:SavedPath
    }

    It '-PassThru writes the folder' {
        Enable-RoleToolsAwsToolsAlias -PassThru -WarningAction SilentlyContinue | Should -Be $script:AwsToolsFolder
    }
}

Describe 'AWS module names in a child process' {
    It 'are not found before Enable-RoleToolsAwsToolsAlias' {
        $output = Invoke-Child "[bool](Get-Module -ListAvailable AWS.Tools.EC2 | Where-Object ModuleBase -Like '$script:AwsToolsFolder*')"
        ($output | Select-Object -Last 1) | Should -Be 'False'
    }

    It 'Import-Module <Name> loads RoleTools' -TestCases @(
        @{ Name = 'AWSPowerShell' }, @{ Name = 'AWSPowerShell.NetCore' }, @{ Name = 'AWS.Tools.Common' },
        @{ Name = 'AWS.Tools.EC2' }, @{ Name = 'AWS.Tools.IdentityManagement' }
    ) {
        $output = Invoke-Child "Enable-RoleToolsAwsToolsAlias -WarningAction SilentlyContinue; Import-Module $Name; `$m = Get-Module $Name; `$m.ModuleBase; (Get-Command Set-DefaultAWSRegion).ImplementingType.Assembly.Location"
        $output[-2] | Should -Be (Join-Path $script:AwsToolsFolder $Name)
        $output[-1] | Should -Be (Join-Path $script:ModuleFolder 'RoleTools.PowerShell.dll')
    }

    It 'module-qualified Common calls share the session and the store' {
        $script = @'
Enable-RoleToolsAwsToolsAlias -WarningAction SilentlyContinue
AWS.Tools.Common\Set-DefaultAWSRegion -Region eu-west-2
AWSPowerShell\Get-DefaultAWSRegion | ForEach-Object Region
AWSPowerShell.NetCore\Set-AWSCredential -AccessKey AKIAQUALIFIED -SecretKey secret -StoreAs qualified
(RoleTools\Get-AWSCredential -ProfileName qualified).GetCredentials().AccessKey
AWS.Tools.Common\Get-AWSCredentials -ListProfileDetail | ForEach-Object ProfileName
'@
        $output = Invoke-Child $script
        $output[-3] | Should -Be 'eu-west-2'
        $output[-2] | Should -Be 'AKIAQUALIFIED'
        $output[-1] | Should -Be 'qualified'
    }

    It 'AWS.Tools.EC2 brings AWS.Tools.Common as the real module does' {
        $output = @(Invoke-Child "Enable-RoleToolsAwsToolsAlias -WarningAction SilentlyContinue; Import-Module AWS.Tools.EC2; (Get-Module).Name -join ','")
        ($output[-1] -split ',') | Should -Contain 'AWS.Tools.Common'
    }

    It 'Get-RoleToolsStore stays outside the AWS names' {
        $output = Invoke-Child "Enable-RoleToolsAwsToolsAlias -WarningAction SilentlyContinue; Import-Module AWSPowerShell; [bool]((Get-Module AWSPowerShell).ExportedCommands['Get-RoleToolsStore']); (RoleTools\Get-RoleToolsStore).SchemaVersion"
        $output[-2] | Should -Be 'False'
        [int] $output[-1] | Should -BeGreaterThan 0
    }

    It 'qualified <Call> resolves once the command exists' -TestCases @(
        @{ Call = 'AWSPowerShell\New-IAMRole'; Command = 'New-IAMRole' }
        @{ Call = 'AWS.Tools.IdentityManagement\Get-IAMRoleList'; Command = 'Get-IAMRoleList' }
        @{ Call = 'AWS.Tools.IdentityManagement\Get-IAMRoles'; Command = 'Get-IAMRoles' }
        @{ Call = 'AWS.Tools.EC2\Get-EC2Instance'; Command = 'Get-EC2Instance' }
        @{ Call = 'AWSPowerShell.NetCore\Get-EC2Instance'; Command = 'Get-EC2Instance' }
    ) {
        if (-not (Get-Command $Command -Module RoleTools -ErrorAction Ignore)) {
            Set-ItResult -Skipped -Because "$Command is built on the IAM or EC2 branch and does not exist in this build yet"
            return
        }
        $output = Invoke-Child "Enable-RoleToolsAwsToolsAlias -WarningAction SilentlyContinue; (Get-Command $Call).ResolvedCommandName ?? (Get-Command $Call).Name; (Get-Command $Call).Module.Name"
        $output[-2] | Should -BeLike '*-*'
        $output[-1] | Should -Be ($Call -split '\\')[0]
    }
}

Describe 'Package layout' {
    It 'companions load the assembly from a versioned module folder' {
        $modules = Join-Path $TestDrive 'Modules'
        $version = $script:RootManifest.ModuleVersion
        $target = Join-Path $modules "RoleTools/$version"
        New-Item -ItemType Directory -Path $target -Force | Out-Null
        Copy-Item -Path (Join-Path $script:ModuleFolder '*') -Destination $target -Recurse -Exclude 'endpoint'
        $packaged = Join-Path $target 'RoleTools.psd1'
        $output = Invoke-Child "Enable-RoleToolsAwsToolsAlias -WarningAction SilentlyContinue; Import-Module AWS.Tools.Common; (Get-Command Get-AWSRegion).ImplementingType.Assembly.Location; (Get-Module AWS.Tools.Common).ModuleBase" -Manifest $packaged
        $output[-2] | Should -Be (Join-Path $target 'RoleTools.PowerShell.dll')
        $output[-1] | Should -Be (Join-Path $target 'aws-tools/AWS.Tools.Common')
    }
}
