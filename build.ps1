<#
.SYNOPSIS
Builds, tests, demonstrates, benchmarks and packages the RoleTools module.

.DESCRIPTION
Runs one or more named tasks, in the order given:

  Build    Compiles the solution and lays out the module in out/module/RoleTools (the binaries,
           the native SQLite library for linux-x64, linux-arm64, win-x64, osx-x64 and osx-arm64,
           the metadata endpoint program, formats and help). ./RoleTools.psd1 imports that build.
  Test     Builds and packages, then runs every xunit and Pester test. Prints "N passed, N failed,
           N skipped" over all tests as its last line and fails when any test fails.
  Demo     Builds, then runs the reference workflow (examples/seed-walkthrough.ps1) in a fresh
           temporary store and stops every metadata endpoint it started.
  Bench    Builds, then runs the benchmarks and rewrites docs/benchmarks.md. Not part of Test.
  Package  Builds, then writes out/package/RoleTools/<version>, a module folder that imports by
           name once copied into a folder on $env:PSModulePath.
  Clean    Removes out/ and every bin/ and obj/ folder.

Every task is idempotent; Build is incremental. External commands are checked through
$LASTEXITCODE, and any failure stops the script with a non-zero exit code.

.PARAMETER Task
The tasks to run. Default: Build.

.PARAMETER Configuration
The .NET build configuration. Default: Release.

.EXAMPLE
dotnet tool restore; dotnet pwsh ./build.ps1 Test

Restores the pinned PowerShell tool, then builds and runs all tests.

.EXAMPLE
./build.ps1 Build, Package

Builds the module and writes a versioned copy under out/package.
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Demo', 'Bench', 'Package', 'Clean')]
    [string[]] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$RepoRoot = $PSScriptRoot
$OutDir = Join-Path $RepoRoot 'out'
$ModuleDir = Join-Path $OutDir 'module/RoleTools'
$PesterVersion = '5.7.1'

function Invoke-Checked {
    <# Runs an external command ($args[0]) with the remaining arguments and stops the build when it exits non-zero.
       A simple function, so arguments such as -v or -o reach the command instead of binding to common parameters. #>
    $filePath, $argumentList = $args
    Write-Host "> $filePath $($argumentList -join ' ')" -ForegroundColor DarkGray
    & $filePath @argumentList
    if ($LASTEXITCODE -ne 0) {
        throw "'$filePath $($argumentList -join ' ')' failed with exit code $LASTEXITCODE."
    }
}

function Get-ModuleVersion {
    <# Reads the version kept once in Directory.Build.props. #>
    [xml] $props = Get-Content -Raw (Join-Path $RepoRoot 'Directory.Build.props')
    return ($props.Project.PropertyGroup | Where-Object { $_['VersionPrefix'] } | Select-Object -First 1).VersionPrefix
}

function Write-PackagedManifest {
    <# Writes the laid-out module's manifest from the root manifest: the DLL as RootModule, every
       format file, and the version from Directory.Build.props. #>
    param([Parameter(Mandatory)] [string] $Destination)
    $text = Get-Content -Raw (Join-Path $RepoRoot 'RoleTools.psd1')
    $formats = Get-ChildItem -Path (Join-Path $RepoRoot 'module/formats') -Filter '*.format.ps1xml' | Sort-Object Name |
        ForEach-Object { "'formats/$($_.Name)'" }
    $moduleLines = "RootModule             = 'RoleTools.PowerShell.dll'`n    FormatsToProcess       = @($($formats -join ', '))"
    $nested = [regex] "(?m)^[ \t]*# This manifest imports the build.*\r?\n(?:[ \t]*#.*\r?\n)*[ \t]*NestedModules[ \t]*=[ \t]*@\('out/module/RoleTools/RoleTools.psd1'\)"
    if (-not $nested.IsMatch($text)) {
        throw "RoleTools.psd1 no longer contains the commented NestedModules line that the Build task replaces."
    }
    $text = $nested.Replace($text, "    $moduleLines", 1)
    $text = $text -replace "ModuleVersion(\s*)=(\s*)'[^']*'", "ModuleVersion`$1=`$2'$(Get-ModuleVersion)'"
    Set-Content -Path (Join-Path $Destination 'RoleTools.psd1') -Value $text -Encoding utf8
}

function Invoke-Build {
    $version = Get-ModuleVersion
    $rootManifest = Import-PowerShellDataFile (Join-Path $RepoRoot 'RoleTools.psd1')
    if ($rootManifest.ModuleVersion -ne $version) {
        throw "RoleTools.psd1 has ModuleVersion $($rootManifest.ModuleVersion) but Directory.Build.props has $version; make them equal."
    }

    Invoke-Checked dotnet build (Join-Path $RepoRoot 'RoleTools.sln') -c $Configuration --nologo -v q
    Invoke-Checked dotnet publish (Join-Path $RepoRoot 'src/RoleTools.Metadata/RoleTools.Metadata.csproj') -c $Configuration --nologo -v q --no-restore -o (Join-Path $ModuleDir 'endpoint')

    $binaries = Join-Path $RepoRoot "src/RoleTools.PowerShell/bin/$Configuration"
    New-Item -ItemType Directory -Force -Path $ModuleDir | Out-Null
    Copy-Item -Path (Join-Path $binaries '*') -Destination $ModuleDir -Recurse -Force
    Copy-Item -Path (Join-Path $RepoRoot 'module/*') -Exclude 'help' -Destination $ModuleDir -Recurse -Force
    Write-PackagedManifest -Destination $ModuleDir

    # Help is built in a child process: it imports the module just laid out.
    $pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    Invoke-Checked $pwsh -NoProfile -NonInteractive -File (Join-Path $RepoRoot 'module/help/Build-RoleToolsHelp.ps1') `
        -ModuleFolder $ModuleDir -HelpDataFolder (Join-Path $RepoRoot 'module/help/cmdlets')
    Write-Host "Module laid out in $ModuleDir"
}

function Get-TrxCounts {
    <# Sums passed and failed counts over the xunit TRX result files in a folder. #>
    param([Parameter(Mandatory)] [string] $Folder)
    $passed = 0
    $failed = 0
    $skipped = 0
    foreach ($file in Get-ChildItem -Path $Folder -Filter '*.trx' -ErrorAction SilentlyContinue) {
        [xml] $trx = Get-Content -Raw $file.FullName
        $counters = $trx.TestRun.ResultSummary.Counters
        $passed += [int] $counters.passed
        $failed += [int] $counters.failed + [int] $counters.error + [int] $counters.timeout + [int] $counters.aborted
        $skipped += [int] $counters.notExecuted
    }
    return [pscustomobject]@{ Passed = $passed; Failed = $failed; Skipped = $skipped }
}

function Import-Pester {
    <# Restores Pester from NuGet at the pinned version and imports it. #>
    Invoke-Checked dotnet restore (Join-Path $RepoRoot 'tests/Pester/PesterPackage.csproj') --nologo -v q
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $manifest = Join-Path $packages "pester/$PesterVersion/tools/Pester.psd1"
    if (-not (Test-Path $manifest)) {
        throw "Pester $PesterVersion was restored but $manifest is missing."
    }
    Import-Module $manifest -Force
}

function Invoke-Test {
    # Package includes Build; the tests also import the packaged module by name.
    Invoke-Package

    $resultsDir = Join-Path $OutDir 'test-results'
    if (Test-Path $resultsDir) { Remove-Item -Recurse -Force $resultsDir }
    New-Item -ItemType Directory -Force -Path $resultsDir | Out-Null

    # xunit: a failing test must not stop the Pester run, so the exit code is checked after both.
    Write-Host "> dotnet test RoleTools.sln" -ForegroundColor DarkGray
    & dotnet test (Join-Path $RepoRoot 'RoleTools.sln') -c $Configuration --no-build --nologo `
        --logger 'trx' --logger 'console;verbosity=minimal' --results-directory $resultsDir
    $xunitExit = $LASTEXITCODE
    $xunit = Get-TrxCounts -Folder $resultsDir
    if ($xunitExit -ne 0 -and $xunit.Failed -eq 0) {
        throw "dotnet test failed with exit code $xunitExit before reporting any failed test."
    }

    Import-Pester
    $configuration = New-PesterConfiguration
    $configuration.Run.Path = Join-Path $RepoRoot 'tests/Pester'
    $configuration.Run.PassThru = $true
    $configuration.Run.Exit = $false
    $configuration.Output.Verbosity = 'Normal'
    $configuration.TestResult.Enabled = $true
    $configuration.TestResult.OutputPath = Join-Path $resultsDir 'pester.xml'
    $env:ROLETOOLS_MODULE_MANIFEST = Join-Path $RepoRoot 'RoleTools.psd1'
    $pester = Invoke-Pester -Configuration $configuration

    $passed = $xunit.Passed + $pester.PassedCount
    $failed = $xunit.Failed + $pester.FailedCount + $pester.FailedBlocksCount + $pester.FailedContainersCount
    $skipped = $xunit.Skipped + $pester.SkippedCount
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed, $($xunit.Skipped) skipped; Pester: $($pester.PassedCount) passed, $($pester.FailedCount) failed, $($pester.SkippedCount) skipped"
    Write-Output "$passed passed, $failed failed, $skipped skipped"
    if ($failed -gt 0 -or $xunitExit -ne 0) {
        exit 1
    }
}

function Invoke-Demo {
    Invoke-Build
    $script = Join-Path $RepoRoot 'examples/seed-walkthrough.ps1'
    if (-not (Test-Path $script)) {
        throw "The reference workflow script $script is missing."
    }
    $pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    Invoke-Checked $pwsh -NoProfile -File $script
}

function Invoke-Bench {
    Invoke-Build
    $script = Join-Path $RepoRoot 'tests/Benchmarks/Invoke-Benchmarks.ps1'
    if (-not (Test-Path $script)) {
        throw "The benchmark script $script is missing."
    }
    $pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    Invoke-Checked $pwsh -NoProfile -File $script -ModuleManifest (Join-Path $RepoRoot 'RoleTools.psd1') -OutputPath (Join-Path $RepoRoot 'docs/benchmarks.md')
}

function Invoke-Package {
    Invoke-Build
    $version = Get-ModuleVersion
    $destination = Join-Path $OutDir "package/RoleTools/$version"
    if (Test-Path $destination) { Remove-Item -Recurse -Force $destination }
    New-Item -ItemType Directory -Force -Path $destination | Out-Null
    Copy-Item -Path (Join-Path $ModuleDir '*') -Destination $destination -Recurse -Force
    Get-ChildItem -Path $destination -Recurse -Include '*.pdb' | Remove-Item -Force
    Write-Host "Packaged RoleTools $version in $destination"
}

function Invoke-Clean {
    if (Test-Path $OutDir) { Remove-Item -Recurse -Force $OutDir }
    Get-ChildItem -Path (Join-Path $RepoRoot 'src'), (Join-Path $RepoRoot 'tests') -Directory -Recurse -Include 'bin', 'obj' |
        Remove-Item -Recurse -Force
    Write-Host 'Removed build output.'
}

Push-Location $RepoRoot
try {
    foreach ($name in $Task) {
        Write-Host "== $name ==" -ForegroundColor Cyan
        & "Invoke-$name"
    }
}
finally {
    Pop-Location
}
