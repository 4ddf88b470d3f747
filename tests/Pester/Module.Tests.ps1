# Module-level checks, run against the built module in new PowerShell processes, as a user imports it.

BeforeAll {
    $script:Manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $script:Manifest) { $script:Manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    $script:Pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
}

Describe 'RoleTools module' {
    It 'imports in a new process and runs a real SQLite query' {
        $store = Join-Path $TestDrive 'import.db'
        $output = & $script:Pwsh -NoProfile -NonInteractive -Command "Import-Module '$script:Manifest'; Set-RoleToolsStore -Path '$store'; (Get-RoleToolsStore).SchemaVersion" 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        [int] ($output | Select-Object -Last 1) | Should -BeGreaterThan 0
        Test-Path $store | Should -BeTrue
    }

    It 'exposes the store and clock cmdlets' {
        Import-Module $script:Manifest -Force
        foreach ($name in 'Set-RoleToolsStore', 'Get-RoleToolsStore', 'Set-RoleToolsClock', 'Get-RoleToolsClock') {
            Get-Command -Module RoleTools -Name $name | Should -Not -BeNullOrEmpty -Because "$name is exported"
        }
    }


    It 'creates the store with mode 0600 on Unix' -Skip:($IsWindows) {
        Import-Module $script:Manifest -Force
        $store = Join-Path $TestDrive 'mode.db'
        Set-RoleToolsStore -Path $store
        (Get-Item $store).UnixFileMode | Should -Be ([IO.UnixFileMode]'UserRead, UserWrite')
    }

    It 'keeps a store pooled between commands and closes it on a switch' -Skip:(-not $IsLinux) {
        # Outside Pester's TestDrive, connections stay pooled between commands; a switch closes them.
        $first = Join-Path $TestDrive 'pooled-first.db'
        $second = Join-Path $TestDrive 'pooled-second.db'
        $command = "Remove-Variable TestDrive -ErrorAction Ignore; Import-Module '$script:Manifest'; " +
            "Set-RoleToolsStore -Path '$first'; Get-RoleToolsStore | Out-Null; " +
            "'before=' + ((Get-ChildItem /proc/`$PID/fd | ForEach-Object LinkTarget) -join '|'); " +
            "Set-RoleToolsStore -Path '$second'; Get-RoleToolsStore | Out-Null; " +
            "'after=' + ((Get-ChildItem /proc/`$PID/fd | ForEach-Object LinkTarget) -join '|')"
        $output = & $script:Pwsh -NoProfile -NonInteractive -Command $command 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        $before = ($output | Where-Object { "$_" -like 'before=*' }) -replace '^before=', ''
        $after = ($output | Where-Object { "$_" -like 'after=*' }) -replace '^after=', ''
        $before.Split('|') | Should -Contain $first
        $after.Split('|') | Should -Not -Contain $first
        $after.Split('|') | Should -Contain $second
    }

    It 'keeps every change when two processes write one store at once' {
        $store = Join-Path $TestDrive 'shared.db'
        Import-Module $script:Manifest -Force
        Set-RoleToolsStore -Path $store
        $jobs = 1..2 | ForEach-Object {
            $writer = $_
            Start-Job -ScriptBlock {
                param($manifest, $store, $writer)
                Import-Module $manifest
                Set-RoleToolsStore -Path $store
                foreach ($i in 1..25) { Set-RoleToolsClock -Advance ([timespan]::FromSeconds(1)) }
                'done'
            } -ArgumentList $script:Manifest, $store, $writer
        }
        $results = $jobs | Wait-Job -Timeout 120 | Receive-Job
        $jobs | Remove-Job -Force
        $results | Should -HaveCount 2
        (Get-RoleToolsClock).Offset | Should -Be ([timespan]::FromSeconds(50))
    }
}

Describe 'Package task output' {
    It 'imports by name from a PSModulePath folder' {
        $root = Split-Path $script:Manifest
        $package = Join-Path $root 'out/package/RoleTools'
        if (-not (Test-Path $package)) {
            Set-ItResult -Skipped -Because 'the Package task has not run in this checkout'
            return
        }
        $modules = Join-Path $TestDrive 'Modules'
        New-Item -ItemType Directory -Path $modules | Out-Null
        Copy-Item -Recurse $package (Join-Path $modules 'RoleTools')
        $store = Join-Path $TestDrive 'package.db'
        $separator = [IO.Path]::PathSeparator
        $output = & $script:Pwsh -NoProfile -NonInteractive -Command "`$env:PSModulePath = '$modules$separator' + `$env:PSModulePath; Import-Module RoleTools; Set-RoleToolsStore -Path '$store'; (Get-Module RoleTools).ModuleBase" 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        ($output | Select-Object -Last 1) | Should -BeLike "$modules*"
    }
}
