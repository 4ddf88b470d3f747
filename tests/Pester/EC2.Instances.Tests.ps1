# EC2 instances through the built module: launch, states, filters, regions, pipelines, tags and -WhatIf.

BeforeAll {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    Import-Module $manifest -Force

    function Get-ServiceError([scriptblock] $Action) {
        try { & $Action; $null } catch { $_ }
    }
}

Describe 'EC2 cmdlet parameters' {
    It '<Command> -<Parameter> has position <Position>' -ForEach @(
        @{ Command = 'New-EC2Instance'; Parameter = 'ImageId'; Position = 0 }
        @{ Command = 'Get-EC2Instance'; Parameter = 'InstanceId'; Position = 0 }
        @{ Command = 'Get-EC2Instance'; Parameter = 'Filter'; Position = 1 }
        @{ Command = 'Stop-EC2Instance'; Parameter = 'InstanceId'; Position = 0 }
        @{ Command = 'New-EC2Tag'; Parameter = 'Tag'; Position = 1 }
    ) {
        $attribute = (Get-Command $Command).Parameters[$Parameter].Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] }
        $attribute.Position | Should -Be $Position
    }

    It '<Command> -<Parameter> has alias <Alias>' -ForEach @(
        @{ Command = 'New-EC2Instance'; Parameter = 'IamInstanceProfile_Name'; Alias = 'InstanceProfile_Name' }
        @{ Command = 'New-EC2Instance'; Parameter = 'IamInstanceProfile_Name'; Alias = 'InstanceProfile_Id' }
        @{ Command = 'New-EC2Instance'; Parameter = 'IamInstanceProfile_Arn'; Alias = 'InstanceProfile_Arn' }
        @{ Command = 'New-EC2Instance'; Parameter = 'MetadataOptions_HttpToken'; Alias = 'MetadataOptions_HttpTokens' }
        @{ Command = 'New-EC2Instance'; Parameter = 'Placement_AvailabilityZone'; Alias = 'AvailabilityZone' }
        @{ Command = 'Get-EC2Instance'; Parameter = 'InstanceId'; Alias = 'InstanceIds' }
        @{ Command = 'Get-EC2Instance'; Parameter = 'Filter'; Alias = 'Filters' }
        @{ Command = 'Get-EC2IamInstanceProfileAssociation'; Parameter = 'MaxResult'; Alias = 'MaxItems' }
        @{ Command = 'Edit-EC2InstanceMetadataOption'; Parameter = 'HttpToken'; Alias = 'HttpTokens' }
    ) {
        (Get-Command $Command).Parameters[$Parameter].Aliases | Should -Contain $Alias
    }

    It '<Command> has ConfirmImpact <Impact>' -ForEach @(
        @{ Command = 'Remove-EC2Instance'; Impact = 'High' }
        @{ Command = 'Remove-EC2Tag'; Impact = 'High' }
        @{ Command = 'New-EC2Instance'; Impact = 'Medium' }
        @{ Command = 'Stop-EC2Instance'; Impact = 'Medium' }
        @{ Command = 'Register-EC2IamInstanceProfile'; Impact = 'Medium' }
    ) {
        (Get-Command $Command).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0].ConfirmImpact | Should -Be $Impact
    }

    It 'types -InstanceId as object[] with pipeline input' {
        $parameter = (Get-Command Stop-EC2Instance).Parameters['InstanceId']
        $parameter.ParameterType | Should -Be ([object[]])
        ($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] }).ValueFromPipeline | Should -BeTrue
    }

    It 'gives Get-EC2IamInstanceProfileAssociation no positional parameter' {
        $positions = (Get-Command Get-EC2IamInstanceProfileAssociation).Parameters.Values.Attributes |
            Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.Position -ge 0 }
        $positions | Should -BeNullOrEmpty
    }

    It 'declares -Enforce as a nullable Boolean' {
        (Get-Command Stop-EC2Instance).Parameters['Enforce'].ParameterType | Should -Be ([Nullable[bool]])
    }
}

Describe 'EC2 instances' {
    BeforeEach {
        Set-RoleToolsStore -Path (Join-Path $TestDrive "store-$(New-Guid).db")
        Set-RoleToolsStore -TransitionDelay 0
        $env:AWS_REGION = $null
        $env:AWS_DEFAULT_REGION = $null
    }

    It 'launches one reservation with well-formed IDs' {
        $reservation = New-EC2Instance -ImageId ami-11aa22bb -KeyName my-key-pair -SecurityGroup my-security-group -SubnetId subnet-1a2b3c4d -MinCount 2 -MaxCount 2
        $reservation | Should -BeOfType ([Amazon.EC2.Model.Reservation])
        $reservation.ReservationId | Should -Match '^r-[0-9a-f]{17}$'
        $reservation.Instances.Count | Should -Be 2
        $reservation.Instances.InstanceId | ForEach-Object { $_ | Should -Match '^i-[0-9a-f]{17}$' }
        $reservation.Instances.AmiLaunchIndex | Should -Be @(0, 1)
        $reservation.Instances[0].State.Name.Value | Should -Be 'pending'
        $reservation.Instances[0].State.Code | Should -Be 0
        $reservation.Instances[0].KeyName | Should -Be 'my-key-pair'
        $reservation.Instances[0].SecurityGroups[0].GroupName | Should -Be 'my-security-group'
        $reservation.Instances[0].SubnetId | Should -Be 'subnet-1a2b3c4d'
        $reservation.Instances[0].PrivateDnsName | Should -Match '^ip-\d+-\d+-\d+-\d+\.ec2\.internal$'
        $reservation.Instances[0].Placement.AvailabilityZone | Should -Match '^us-east-1[a-f]$'
        $reservation.OwnerId | Should -Be '123456789012'
    }

    It 'rejects a malformed image ID' {
        $record = Get-ServiceError { New-EC2Instance -ImageId 'image-1' }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidAMIID.Malformed'
        $record.FullyQualifiedErrorId | Should -Be 'Amazon.EC2.AmazonEC2Exception,Amazon.PowerShell.Cmdlets.EC2.NewEC2InstanceCmdlet'
        Get-EC2Instance | Should -BeNullOrEmpty
    }

    It 'rejects a not emulated parameter by name' {
        $record = Get-ServiceError { New-EC2Instance -ImageId ami-11aa22bb -Placement_GroupName cluster }
        $record.FullyQualifiedErrorId | Should -BeLike 'RoleTools.NotEmulated.Placement_GroupName,*'
        Get-EC2Instance | Should -BeNullOrEmpty
    }

    It 'stores block device mappings, user data and metadata options' {
        $instance = (New-EC2Instance -ImageId ami-11aa22bb -UserData 'echo hi' -EncodeUserData -MetadataOptions_HttpToken required `
            -BlockDeviceMapping @{ DeviceName = '/dev/sdf'; Ebs = @{ VolumeSize = 20 } }).Instances[0]
        $instance.BlockDeviceMappings.DeviceName | Should -Be @('/dev/xvda', '/dev/sdf')
        $instance.BlockDeviceMappings[1].Ebs.VolumeId | Should -Match '^vol-[0-9a-f]{17}$'
        $instance.MetadataOptions.HttpTokens.Value | Should -Be 'required'
        $store = [RoleTools.Core.Store.RoleToolsStore]::Open((Get-RoleToolsStore).Path)
        $connection = $store.OpenConnection()
        try {
            $command = $connection.CreateCommand()
            $command.CommandText = "SELECT user_data FROM ec2_instances WHERE instance_id = '$($instance.InstanceId)'"
            [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($command.ExecuteScalar())) | Should -Be 'echo hi'
        }
        finally { $connection.Dispose() }
    }

    It 'returns the same reservation for a repeated client token' {
        $first = New-EC2Instance -ImageId ami-11aa22bb -ClientToken 'token-1'
        $second = New-EC2Instance -ImageId ami-11aa22bb -ClientToken 'token-1'
        $second.ReservationId | Should -Be $first.ReservationId
        $record = Get-ServiceError { New-EC2Instance -ImageId ami-22bb33cc -ClientToken 'token-1' }
        $record.Exception.InnerException.ErrorCode | Should -Be 'IdempotentParameterMismatch'
        @(Get-EC2Instance).Count | Should -Be 1
    }

    It 'walks pending, running, stopping, stopped, pending, shutting-down, terminated' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        (Get-EC2Instance -InstanceId $id).Instances[0].State.Name.Value | Should -Be 'running'

        $stop = Stop-EC2Instance -InstanceId $id -Force
        $stop.PreviousState.Name.Value | Should -Be 'running'
        $stop.CurrentState.Name.Value | Should -Be 'stopping'
        $stop.CurrentState.Code | Should -Be 64
        (Get-EC2Instance -InstanceId $id).Instances[0].State.Name.Value | Should -Be 'stopped'

        $start = Start-EC2Instance -InstanceId $id
        $start.PreviousState.Name.Value | Should -Be 'stopped'
        $start.CurrentState.Name.Value | Should -Be 'pending'

        $terminate = Remove-EC2Instance -InstanceId $id -Force
        $terminate.PreviousState.Name.Value | Should -Be 'running'
        $terminate.CurrentState.Name.Value | Should -Be 'shutting-down'
        (Get-EC2Instance -InstanceId $id).Instances[0].State.Name.Value | Should -Be 'terminated'
    }

    It 'keeps a transition pending until the delay passes' {
        Set-RoleToolsStore -TransitionDelay ([timespan]::FromMinutes(1))
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        (Get-EC2Instance -InstanceId $id).Instances[0].State.Name.Value | Should -Be 'pending'
        $record = Get-ServiceError { Stop-EC2Instance -InstanceId $id -Force }
        $record.Exception.InnerException.ErrorCode | Should -Be 'IncorrectInstanceState'
        $record.Exception.Message | Should -Be "Instance '$id' cannot be stopped as it has never reached the 'running' state."
        Set-RoleToolsClock -Advance ([timespan]::FromMinutes(2))
        (Get-EC2Instance -InstanceId $id).Instances[0].State.Name.Value | Should -Be 'running'
    }

    It 'treats start on running and stop on stopped as no-ops' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        $start = Start-EC2Instance -InstanceId $id
        $start.PreviousState.Name.Value | Should -Be 'running'
        $start.CurrentState.Name.Value | Should -Be 'running'
        $null = Stop-EC2Instance -InstanceId $id -Force
        $stop = Stop-EC2Instance -InstanceId $id -Force
        $stop.CurrentState.Name.Value | Should -Be 'stopped'
    }

    It 'rejects starting a terminated instance' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        $null = Remove-EC2Instance -InstanceId $id -Force
        $record = Get-ServiceError { Start-EC2Instance -InstanceId $id }
        $record.Exception.InnerException.ErrorCode | Should -Be 'IncorrectInstanceState'
        $record.FullyQualifiedErrorId | Should -Be 'Amazon.EC2.AmazonEC2Exception,Amazon.PowerShell.Cmdlets.EC2.StartEC2InstanceCmdlet'
    }

    It 'hides terminated instances after an hour' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        $null = Remove-EC2Instance -InstanceId $id -Force
        Set-RoleToolsClock -Advance ([timespan]::FromMinutes(61))
        $record = Get-ServiceError { Get-EC2Instance -InstanceId $id }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidInstanceID.NotFound'
    }

    It 'fails the whole request for an unknown ID' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        $record = Get-ServiceError { Stop-EC2Instance -InstanceId $id, 'i-0123456789abcdef0', 'i-0123456789abcdef1' -Force }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidInstanceID.NotFound'
        $record.Exception.Message | Should -Be "The instance IDs 'i-0123456789abcdef0, i-0123456789abcdef1' do not exist"
        (Get-EC2Instance -InstanceId $id).Instances[0].State.Name.Value | Should -Be 'running'
    }

    It 'rejects a malformed instance ID' {
        $record = Get-ServiceError { Get-EC2Instance -InstanceId 'ma1' }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidInstanceID.Malformed'
        $record.Exception.Message | Should -Be 'Invalid id: "ma1"'
    }

    It 'stops every instance piped from Get-EC2Instance' {
        $null = New-EC2Instance -ImageId ami-11aa22bb -MinCount 2 -MaxCount 2
        $null = New-EC2Instance -ImageId ami-11aa22bb
        $changes = Get-EC2Instance | Stop-EC2Instance -Force
        @($changes).Count | Should -Be 3
        (Get-EC2Instance).Instances.State.Name.Value | Sort-Object -Unique | Should -Be 'stopped'
    }

    It 'accepts Instance objects for -InstanceId' {
        $instance = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0]
        (Stop-EC2Instance -InstanceId $instance -Force).InstanceId | Should -Be $instance.InstanceId
    }

    It 'filters with <Kind> filters' -ForEach @(
        @{ Kind = 'hashtable' }
        @{ Kind = 'Filter object' }
    ) {
        $Filter = if ($Kind -eq 'hashtable') { @{ Name = 'instance-type'; Values = 't3.*' } }
        else { [Amazon.EC2.Model.Filter]::new('instance-type', [System.Collections.Generic.List[string]]@('t3.micr?')) }
        $micro = (New-EC2Instance -ImageId ami-11aa22bb -InstanceType t3.micro).Instances[0].InstanceId
        $null = New-EC2Instance -ImageId ami-11aa22bb -InstanceType m5.large
        (Get-EC2Instance -Filter $Filter).Instances.InstanceId | Should -Be $micro
    }

    It 'filters by state, tags and profile-free instances' {
        $tagged = (New-EC2Instance -ImageId ami-11aa22bb -TagSpecification @{ ResourceType = 'instance'; Tags = @(@{ Key = 'Name'; Value = 'web-1' }) }).Instances[0].InstanceId
        $other = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        $null = Stop-EC2Instance -InstanceId $other -Force
        (Get-EC2Instance -Filter @{ Name = 'tag:Name'; Values = 'web-*' }).Instances.InstanceId | Should -Be $tagged
        (Get-EC2Instance -Filter @{ Name = 'tag-key'; Values = 'Name' }).Instances.InstanceId | Should -Be $tagged
        (Get-EC2Instance -Filter @{ Name = 'instance-state-name'; Values = 'stopped' }).Instances.InstanceId | Should -Be $other
        (Get-EC2Instance -Filter @{ Name = 'instance-state-name'; Values = 'running', 'stopped' }).Instances.Count | Should -Be 2
        $both = @{ Name = 'image-id'; Values = 'ami-11aa22bb' }, @{ Name = 'instance-id'; Values = $other }
        (Get-EC2Instance -Filter $both).Instances.InstanceId | Should -Be $other
    }

    It 'rejects an unknown filter name' {
        $record = Get-ServiceError { Get-EC2Instance -Filter @{ Name = 'no-such-filter'; Values = 'x' } }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidParameterValue'
        $record.Exception.Message | Should -Be "The filter 'no-such-filter' is invalid"
    }

    It 'keeps regions apart' {
        $west = (New-EC2Instance -ImageId ami-11aa22bb -Region us-west-2).Instances[0]
        $west.Placement.AvailabilityZone | Should -Match '^us-west-2[a-c]$'
        Get-EC2Instance | Should -BeNullOrEmpty
        $env:AWS_REGION = 'us-west-2'
        try { (Get-EC2Instance).Instances.InstanceId | Should -Be $west.InstanceId }
        finally { $env:AWS_REGION = $null }
        $record = Get-ServiceError { Get-EC2Instance -InstanceId $west.InstanceId -Region eu-west-1 }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidInstanceID.NotFound'
    }

    It 'pages with -MaxResult' {
        1..6 | ForEach-Object { $null = New-EC2Instance -ImageId ami-11aa22bb }
        $pages = Get-EC2Instance -MaxResult 5 -Select *
        @($pages).Count | Should -Be 2
        @($pages)[0].NextToken | Should -Not -BeNullOrEmpty
        (Get-EC2Instance -MaxResult 5 -NoAutoIteration).Count | Should -Be 5
        (Get-EC2Instance -MaxResult 5).Count | Should -Be 6
    }

    It 'changes nothing under -WhatIf' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        Remove-EC2Instance -InstanceId $id -Force -WhatIf | Should -BeNullOrEmpty
        New-EC2Instance -ImageId ami-11aa22bb -WhatIf | Should -BeNullOrEmpty
        (Get-EC2Instance).Instances.InstanceId | Should -Be $id
        (Get-EC2Instance -InstanceId $id).Instances[0].State.Name.Value | Should -Be 'running'
    }

    It 'edits metadata options' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        $response = Edit-EC2InstanceMetadataOption -InstanceId $id -HttpToken required -HttpPutResponseHopLimit 2
        $response | Should -BeOfType ([Amazon.EC2.Model.ModifyInstanceMetadataOptionsResponse])
        $response.InstanceMetadataOptions.State.Value | Should -Be 'pending'
        $options = (Get-EC2Instance -InstanceId $id).Instances[0].MetadataOptions
        $options.HttpTokens.Value | Should -Be 'required'
        $options.HttpPutResponseHopLimit | Should -Be 2
        $options.HttpEndpoint.Value | Should -Be 'enabled'
        $options.State.Value | Should -Be 'applied'
        $record = Get-ServiceError { Edit-EC2InstanceMetadataOption -InstanceId $id -HttpPutResponseHopLimit 65 }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidParameterValue'
    }

    It 'tags, lists and untags instances' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        New-EC2Tag -Resource $id -Tag @{ Key = 'env'; Value = 'dev' }, @{ Key = 'team'; Value = 'ops' } | Should -BeNullOrEmpty
        $tags = Get-EC2Tag -Filter @{ Name = 'resource-id'; Values = $id }
        $tags.Key | Should -Be @('env', 'team')
        $tags[0] | Should -BeOfType ([Amazon.EC2.Model.TagDescription])
        $tags[0].ResourceType.Value | Should -Be 'instance'
        Remove-EC2Tag -Resource $id -Tag @{ Key = 'env'; Value = 'prod' } -Force
        (Get-EC2Tag).Key | Should -Contain 'env'
        Remove-EC2Tag -Resource $id -Tag @{ Key = 'env' } -Force
        (Get-EC2Tag).Key | Should -Be 'team'
        $record = Get-ServiceError { New-EC2Tag -Resource $id -Tag @{ Key = 'aws:x'; Value = 'y' } }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidParameterValue'
    }
}
