# -Verbose on every cmdlet that changes the store: each says what it changed and names the IDs, and no
# cmdlet writes to the host directly.

BeforeAll {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    Import-Module $manifest -Force

    function Get-VerboseMessage([scriptblock] $Action) {
        # Runs $Action with -Verbose already on its command and returns the verbose messages only.
        $records = & $Action 4>&1
        @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
    }

    $script:TrustPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
    $script:AccessPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'
}

Describe 'Verbose messages of IAM cmdlets' {
    BeforeAll {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'iam.db')
    }

    It 'New-IAMRole names the role ID' {
        $messages = Get-VerboseMessage { $script:Role = New-IAMRole -RoleName s3access -AssumeRolePolicyDocument $TrustPolicy -Force -Verbose }
        $messages | Should -Contain "Created role s3access ($($Role.RoleId), $($Role.Arn))."
        $Role.RoleId | Should -Match '^AROA'
    }

    It 'New-IAMInstanceProfile names the profile ID' {
        $messages = Get-VerboseMessage { $script:Profile = New-IAMInstanceProfile -InstanceProfileName s3access-profile -Force -Verbose }
        $messages | Should -Contain "Created instance profile s3access-profile ($($Profile.InstanceProfileId), $($Profile.Arn))."
    }

    It 'Add-IAMRoleToInstanceProfile names both' {
        $messages = Get-VerboseMessage { Add-IAMRoleToInstanceProfile -InstanceProfileName s3access-profile -RoleName s3access -Force -Verbose }
        $messages | Should -Contain 'Added role s3access to instance profile s3access-profile.'
    }

    It 'New-IAMPolicy names the policy ID' {
        $messages = Get-VerboseMessage { $script:Policy = New-IAMPolicy -PolicyName AppAccess -PolicyDocument $AccessPolicy -Force -Verbose }
        $messages | Should -Contain "Created managed policy AppAccess ($($Policy.PolicyId), $($Policy.Arn)), version v1."
    }

    It 'Register-IAMRolePolicy names the ARN' {
        $messages = Get-VerboseMessage { Register-IAMRolePolicy -RoleName s3access -PolicyArn $Policy.Arn -Force -Verbose }
        $messages | Should -Contain "Attached managed policy $($Policy.Arn) to role s3access."
    }

    It 'Unregister-IAMRolePolicy names the ARN' {
        $messages = Get-VerboseMessage { Unregister-IAMRolePolicy -RoleName s3access -PolicyArn $Policy.Arn -Force -Verbose }
        $messages | Should -Contain "Detached managed policy $($Policy.Arn) from role s3access."
    }

    It 'Remove-IAMPolicy names the ARN' {
        $messages = Get-VerboseMessage { Remove-IAMPolicy -PolicyArn $Policy.Arn -Force -Verbose }
        $messages | Should -Contain "Deleted managed policy $($Policy.Arn)."
    }

    It 'Write-IAMRolePolicy names the policy' {
        $messages = Get-VerboseMessage { Write-IAMRolePolicy -RoleName s3access -PolicyName S3-Permissions -PolicyDocument $AccessPolicy -Force -Verbose }
        $messages | Should -Contain 'Put inline policy S3-Permissions on role s3access.'
    }

    It 'Remove-IAMRolePolicy names the policy' {
        $messages = Get-VerboseMessage { Remove-IAMRolePolicy -RoleName s3access -PolicyName S3-Permissions -Force -Verbose }
        $messages | Should -Contain 'Deleted inline policy S3-Permissions from role s3access.'
    }

    It 'Update-IAMRole names the changed fields' {
        $messages = Get-VerboseMessage { Update-IAMRole -RoleName s3access -Description 'Reads the bucket' -MaxSessionDuration 7200 -Force -Verbose }
        $messages | Should -Contain "Updated role s3access: description 'Reads the bucket', maximum session duration 7200 s."
    }

    It 'Update-IAMAssumeRolePolicy names the role' {
        $messages = Get-VerboseMessage { Update-IAMAssumeRolePolicy -RoleName s3access -PolicyDocument $TrustPolicy -Force -Verbose }
        $messages | Should -Contain 'Replaced the trust policy of role s3access.'
    }

    It 'Add-IAMRoleTag names the keys' {
        $messages = Get-VerboseMessage { Add-IAMRoleTag -RoleName s3access -Tag @{ Key = 'team'; Value = 'data' }, @{ Key = 'env'; Value = 'test' } -Force -Verbose }
        $messages | Should -Contain 'Tagged role s3access with team, env.'
    }

    It 'Remove-IAMRoleTag names the keys' {
        $messages = Get-VerboseMessage { Remove-IAMRoleTag -RoleName s3access -TagKey team -Force -Verbose }
        $messages | Should -Contain 'Removed tag keys team from role s3access (keys the role did not have are ignored, as in IAM).'
    }

    It 'Remove-IAMRoleFromInstanceProfile names both' {
        $messages = Get-VerboseMessage { Remove-IAMRoleFromInstanceProfile -InstanceProfileName s3access-profile -RoleName s3access -Force -Verbose }
        $messages | Should -Contain 'Removed role s3access from instance profile s3access-profile.'
    }

    It 'Remove-IAMInstanceProfile names the profile' {
        $messages = Get-VerboseMessage { Remove-IAMInstanceProfile -InstanceProfileName s3access-profile -Force -Verbose }
        $messages | Should -Contain 'Deleted instance profile s3access-profile.'
    }

    It 'Remove-IAMRole names the role' {
        $messages = Get-VerboseMessage { Remove-IAMRole -RoleName s3access -Force -Verbose }
        $messages | Should -Contain 'Deleted role s3access.'
    }
}

Describe 'Verbose messages of EC2 cmdlets' {
    BeforeAll {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'ec2.db')
        Set-RoleToolsStore -TransitionDelay 0
        foreach ($name in 'app', 'other') {
            $null = New-IAMRole -RoleName "$name-role" -AssumeRolePolicyDocument $TrustPolicy -Force
            $null = New-IAMInstanceProfile -InstanceProfileName "$name-profile" -Force
            Add-IAMRoleToInstanceProfile -InstanceProfileName "$name-profile" -RoleName "$name-role" -Force
        }
        $script:AppProfileArn = (Get-IAMInstanceProfile -InstanceProfileName app-profile).Arn
        $script:OtherProfileArn = (Get-IAMInstanceProfile -InstanceProfileName other-profile).Arn
    }

    It 'New-EC2Instance names the instance and reservation' {
        $messages = Get-VerboseMessage { $script:Reservation = New-EC2Instance -ImageId ami-11aa22bb -Force -Verbose }
        $script:InstanceId = $Reservation.Instances[0].InstanceId
        $messages | Should -Contain "Launched $InstanceId in us-east-1 as $($Reservation.ReservationId)."
    }

    It 'New-EC2Tag names the instance and keys' {
        $messages = Get-VerboseMessage { New-EC2Tag -Resource $InstanceId -Tag @{ Key = 'Name'; Value = 'web' } -Force -Verbose }
        $messages | Should -Contain "Tagged $InstanceId with Name."
    }

    It 'Remove-EC2Tag names the instance and keys' {
        $messages = Get-VerboseMessage { Remove-EC2Tag -Resource $InstanceId -Tag @{ Key = 'Name' } -Force -Verbose }
        $messages | Should -Contain "Removed tags Name from $InstanceId."
    }

    It 'Edit-EC2InstanceMetadataOption names the instance' {
        $messages = Get-VerboseMessage { $null = Edit-EC2InstanceMetadataOption -InstanceId $InstanceId -HttpToken required -Force -Verbose }
        $messages | Should -Contain "Changed the metadata options of $InstanceId."
    }

    It 'Register-EC2IamInstanceProfile names the association' {
        $messages = Get-VerboseMessage { $script:Association = Register-EC2IamInstanceProfile -InstanceId $InstanceId -IamInstanceProfile_Name app-profile -Force -Verbose }
        $Association.AssociationId | Should -Match '^iip-assoc-'
        $messages | Should -Contain "Associated $($Association.AssociationId) (instance $InstanceId, profile $AppProfileArn)."
    }

    It 'Set-EC2IamInstanceProfileAssociation names both associations' {
        $old = $Association.AssociationId
        $messages = Get-VerboseMessage { $script:Association = Set-EC2IamInstanceProfileAssociation -AssociationId $old -IamInstanceProfile_Name other-profile -Force -Verbose }
        $messages | Should -Contain "Replaced association $old with $($Association.AssociationId) (instance $InstanceId, profile $OtherProfileArn)."
    }

    It 'Unregister-EC2IamInstanceProfile names the association' {
        $messages = Get-VerboseMessage { $null = Unregister-EC2IamInstanceProfile -AssociationId $Association.AssociationId -Force -Verbose }
        $messages | Should -Contain "Disassociating $($Association.AssociationId) (instance $InstanceId, profile $OtherProfileArn)."
    }

    It 'Stop-EC2Instance names the instance' {
        $messages = Get-VerboseMessage { $null = Stop-EC2Instance -InstanceId $InstanceId -Force -Verbose }
        $messages | Should -Contain "Stopped $InstanceId in us-east-1."
    }

    It 'Start-EC2Instance names the instance' {
        $messages = Get-VerboseMessage { $null = Start-EC2Instance -InstanceId $InstanceId -Force -Verbose }
        $messages | Should -Contain "Started $InstanceId in us-east-1."
    }

    It 'Start-RoleToolsMetadataEndpoint names the process' {
        $messages = Get-VerboseMessage { $script:Endpoint = Start-RoleToolsMetadataEndpoint -InstanceId $InstanceId -Verbose }
        $messages | Should -Contain "Metadata endpoint for $InstanceId listens at $($Endpoint.Url) (process $($Endpoint.ProcessId)); log: $($Endpoint.LogPath)"
    }

    It 'Stop-RoleToolsMetadataEndpoint names the process' {
        $messages = Get-VerboseMessage { Stop-RoleToolsMetadataEndpoint -InstanceId $InstanceId -Verbose }
        $messages | Should -Contain "Stopped the metadata endpoint for $InstanceId (process $($Endpoint.ProcessId))."
    }

    It 'Remove-EC2Instance names the instance' {
        $messages = Get-VerboseMessage { $null = Remove-EC2Instance -InstanceId $InstanceId -Force -Verbose }
        $messages | Should -Contain "Terminated $InstanceId in us-east-1."
    }
}

Describe 'Verbose messages of store and profile cmdlets' {
    BeforeAll {
        $script:StorePath = Join-Path $TestDrive 'common.db'
    }

    It 'Set-RoleToolsStore names the store' {
        $messages = Get-VerboseMessage { Set-RoleToolsStore -Path $StorePath -Verbose }
        $messages | Should -Contain "Using RoleTools store '$StorePath' for this session."
    }

    It 'Set-RoleToolsClock names the offset' {
        $messages = Get-VerboseMessage { Set-RoleToolsClock -Offset '01:00:00' -Verbose }
        $messages | Should -Contain "Emulated clock offset is now 01:00:00 in store '$StorePath'."
    }

    It 'Set-AWSCredential -StoreAs names the profile' {
        $messages = Get-VerboseMessage { Set-AWSCredential -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' -StoreAs verbose-test -Verbose }
        $messages | Should -Contain "Saved credential profile 'verbose-test' in the RoleTools store '$StorePath'."
    }

    It 'Remove-AWSCredentialProfile names the profile' {
        $messages = Get-VerboseMessage { Remove-AWSCredentialProfile -ProfileName verbose-test -Force -Verbose }
        $messages | Should -Contain "Removed credential profile 'verbose-test' from the RoleTools store '$StorePath'."
    }
}

Describe 'Host output' {
    It 'no cmdlet writes to the host directly' {
        $source = Join-Path $PSScriptRoot '../../src/RoleTools.PowerShell'
        $hits = Get-ChildItem -Path $source -Recurse -Filter '*.cs' |
            Select-String -Pattern 'Console\.', 'WriteHost', 'Host\.UI\.Write' |
            ForEach-Object { "$($_.Path):$($_.LineNumber): $($_.Line.Trim())" }
        $hits | Should -BeNullOrEmpty
    }
}
