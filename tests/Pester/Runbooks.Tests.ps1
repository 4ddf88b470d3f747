# Runs the runbooks in examples/runbooks unchanged against RoleTools, with the AWS module names
# enabled, and checks the store afterwards.

BeforeAll {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    Import-Module $manifest -Force
    $script:Runbook = Join-Path $PSScriptRoot '../../examples/runbooks/Set-TaggedInstanceProfile.ps1'
    $script:TrustPolicy = @{
        Version   = '2012-10-17'
        Statement = @(@{ Effect = 'Allow'; Principal = @{ Service = 'ec2.amazonaws.com' }; Action = 'sts:AssumeRole' })
    } | ConvertTo-Json -Depth 5

    function New-TaggedInstance([string] $App, [string] $ProfileName) {
        $tags = [Amazon.EC2.Model.TagSpecification]@{ ResourceType = 'instance'; Tags = @([Amazon.EC2.Model.Tag]@{ Key = 'app'; Value = $App }) }
        $launch = @{ ImageId = 'ami-0abcdef1234567890'; InstanceType = 't3.micro'; TagSpecification = $tags; Region = 'eu-west-1' }
        if ($ProfileName) { $launch.IamInstanceProfile_Name = $ProfileName }
        return (New-EC2Instance @launch).Instances[0].InstanceId
    }
}

Describe 'Set-TaggedInstanceProfile runbook' {
    BeforeAll {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'runbook.db')
        Enable-RoleToolsAwsToolsAlias 3>$null
        foreach ($name in 'billing-app', 'legacy-app') {
            New-IAMRole -RoleName $name -AssumeRolePolicyDocument $script:TrustPolicy | Out-Null
            New-IAMInstanceProfile -InstanceProfileName $name | Out-Null
            Add-IAMRoleToInstanceProfile -InstanceProfileName $name -RoleName $name
        }
        $script:Bare = New-TaggedInstance -App billing
        $script:Legacy = New-TaggedInstance -App billing -ProfileName legacy-app
        $script:Already = New-TaggedInstance -App billing -ProfileName billing-app
        $script:Other = New-TaggedInstance -App shop
        $script:Stopped = New-TaggedInstance -App billing
        Get-EC2Instance -Region eu-west-1 | Out-Null   # lets pending instances reach running
        Stop-EC2Instance -InstanceId $script:Stopped -Region eu-west-1 | Out-Null

        $script:Report = @(& $script:Runbook -TagKey app -TagValue billing -InstanceProfileName billing-app -Region eu-west-1)
        $script:ProfileArn = (Get-IAMInstanceProfile -InstanceProfileName billing-app).Arn
    }

    AfterAll {
        Disable-RoleToolsAwsToolsAlias 3>$null
    }

    It 'reports each running tagged instance once' {
        ($script:Report.InstanceId | Sort-Object) | Should -Be (@($script:Bare, $script:Legacy, $script:Already) | Sort-Object)
    }

    It 'associates an instance that had no profile' {
        ($script:Report | Where-Object InstanceId -eq $script:Bare).Action | Should -Be 'Associated'
        (Get-EC2Instance -InstanceId $script:Bare -Region eu-west-1).Instances[0].IamInstanceProfile.Arn | Should -Be $script:ProfileArn
    }

    It 'replaces another profile and reports it' {
        $entry = $script:Report | Where-Object InstanceId -eq $script:Legacy
        $entry.Action | Should -Be 'Replaced'
        $entry.PreviousProfileArn | Should -BeLike '*:instance-profile/legacy-app'
        (Get-EC2Instance -InstanceId $script:Legacy -Region eu-west-1).Instances[0].IamInstanceProfile.Arn | Should -Be $script:ProfileArn
    }

    It 'leaves an instance that already has the profile unchanged' {
        ($script:Report | Where-Object InstanceId -eq $script:Already).Action | Should -Be 'Unchanged'
    }

    It 'does not touch untagged or stopped instances' {
        (Get-EC2Instance -InstanceId $script:Other -Region eu-west-1).Instances[0].IamInstanceProfile | Should -BeNullOrEmpty
        (Get-EC2Instance -InstanceId $script:Stopped -Region eu-west-1).Instances[0].IamInstanceProfile | Should -BeNullOrEmpty
    }

    It 'leaves one active association per instance' {
        $active = Get-EC2IamInstanceProfileAssociation -Region eu-west-1 | Where-Object State -in 'associating', 'associated'
        ($active | Group-Object InstanceId | Where-Object Count -gt 1) | Should -BeNullOrEmpty
        @($active | Where-Object { $_.IamInstanceProfile.Arn -eq $script:ProfileArn }) | Should -HaveCount 3
    }

    It 'changes nothing with -WhatIf' {
        $fresh = New-TaggedInstance -App billing
        Get-EC2Instance -Region eu-west-1 | Out-Null
        $report = @(& $script:Runbook -TagKey app -TagValue billing -InstanceProfileName billing-app -Region eu-west-1 -WhatIf)
        (Get-EC2Instance -InstanceId $fresh -Region eu-west-1).Instances[0].IamInstanceProfile | Should -BeNullOrEmpty
        $report.InstanceId | Should -Not -Contain $fresh
    }
}
