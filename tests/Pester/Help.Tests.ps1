# Meta-test: every exported command ships offline help with a synopsis, a description, a description
# for every parameter, an example with prose and its deviations from AWS. The AWS service cmdlets (IAM
# and EC2 nouns) also name the API operation they emulate; the other cmdlets call no AWS API and name none.

BeforeDiscovery {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    $module = Import-Module $manifest -Force -PassThru
    $script:Commands = @(Get-Command -Module $module.Name -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name; IsAwsService = $_.Noun -match '^(IAM|EC2)' } })
}

BeforeAll {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    Import-Module $manifest -Force
    $script:CommonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters
}

Describe 'Help for <Name>' -ForEach $script:Commands {
    BeforeAll {
        $script:Help = Get-Help $Name -Full
        $script:Command = Get-Command $Name
    }

    It 'has a synopsis' {
        $script:Help.Synopsis | Should -Not -BeNullOrEmpty
        # Without a help file, PowerShell puts the syntax in the synopsis.
        $script:Help.Synopsis | Should -Not -BeLike "$Name *"
    }

    It 'has a description' {
        ($script:Help.Description.Text -join ' ') | Should -Not -BeNullOrEmpty
    }

    It 'describes every parameter' {
        $names = $script:Command.Parameters.Keys | Where-Object { $_ -notin $script:CommonParameters }
        foreach ($parameter in $names) {
            $entry = $script:Help.Parameters.Parameter | Where-Object Name -eq $parameter
            $entry | Should -Not -BeNullOrEmpty -Because "-$parameter needs a help entry"
            ($entry.Description.Text -join ' ') | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
        }
    }

    It 'has an example with code and prose' {
        $examples = @($script:Help.Examples.Example)
        $examples.Count | Should -BeGreaterThan 0
        foreach ($example in $examples) {
            $example.Code | Should -Not -BeNullOrEmpty
            ($example.Remarks.Text -join ' ').Trim() | Should -Not -BeNullOrEmpty
        }
    }

    It 'states its deviations from AWS' {
        $notes = ($script:Help.AlertSet.Alert.Text -join "`n")
        $notes | Should -Match 'Deviations from AWS'
    }

    It 'names its AWS operation only if a service cmdlet' {
        $notes = ($script:Help.AlertSet.Alert.Text -join "`n")
        if ($IsAwsService) {
            $notes | Should -Match 'AWS operation: [A-Z]\w+\.'
        }
        else {
            $notes | Should -Not -Match 'AWS operation:'
        }
    }
}

Describe 'Module manifest' {
    It 'passes Test-ModuleManifest for the built module' {
        $manifest = $env:ROLETOOLS_MODULE_MANIFEST
        if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
        $built = Join-Path (Split-Path $manifest) 'out/module/RoleTools/RoleTools.psd1'
        $info = Test-ModuleManifest -Path $built -ErrorAction Stop
        $info.Description | Should -Not -BeNullOrEmpty
        $info.PrivateData.PSData.Tags | Should -Contain 'AWS'
        $info.PrivateData.PSData.LicenseUri | Should -Not -BeNullOrEmpty
        $info.PrivateData.PSData.ProjectUri | Should -Not -BeNullOrEmpty
        $info.PrivateData.PSData.ReleaseNotes | Should -Not -BeNullOrEmpty
        $info.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $info.PowerShellVersion | Should -Be ([version] '5.1')
    }
}
