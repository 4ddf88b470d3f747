# IAM instance profile associations through the built module: launch with a profile, attach, replace,
# detach, and every error the service gives, with the store unchanged after each error.

BeforeAll {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    Import-Module $manifest -Force
    . (Join-Path $PSScriptRoot 'Support/IamFixtures.ps1')

    function Get-ServiceError([scriptblock] $Action) {
        try { & $Action; $null } catch { $_ }
    }
}

Describe 'EC2 IAM instance profile associations' {
    BeforeEach {
        Set-RoleToolsStore -Path (Join-Path $TestDrive "store-$(New-Guid).db")
        Set-RoleToolsStore -TransitionDelay 0
        $script:S3Profile = New-TestInstanceProfile -Name 's3access-profile' -RoleName 's3access'
        $script:Other = New-TestInstanceProfile -Name 'other-profile' -RoleName 'other-role'
    }

    It 'associates a profile given at launch' {
        $instance = (New-EC2Instance -ImageId ami-11aa22bb -IamInstanceProfile_Name 's3access-profile').Instances[0]
        $instance.IamInstanceProfile.Arn | Should -Be $S3Profile.Arn
        $instance.IamInstanceProfile.Id | Should -Be $S3Profile.Id
        $association = Get-EC2IamInstanceProfileAssociation -Filter @{ Name = 'instance-id'; Values = $instance.InstanceId }
        $association | Should -BeOfType ([Amazon.EC2.Model.IamInstanceProfileAssociation])
        $association.AssociationId | Should -Match '^iip-assoc-[0-9a-f]{17}$'
        $association.State.Value | Should -Be 'associated'
    }

    It 'accepts the InstanceProfile_Arn alias at launch' {
        $instance = (New-EC2Instance -ImageId ami-11aa22bb -InstanceProfile_Arn $S3Profile.Arn).Instances[0]
        $instance.IamInstanceProfile.Id | Should -Be $S3Profile.Id
    }

    It 'registers, replaces and unregisters' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        (Get-EC2Instance -InstanceId $id).Instances[0].IamInstanceProfile | Should -BeNullOrEmpty

        $registered = Register-EC2IamInstanceProfile -InstanceId $id -IamInstanceProfile_Name 's3access-profile'
        $registered.State.Value | Should -Be 'associating'
        $registered.InstanceId | Should -Be $id
        (Get-EC2Instance -InstanceId $id).Instances[0].IamInstanceProfile.Arn | Should -Be $S3Profile.Arn

        $replaced = Set-EC2IamInstanceProfileAssociation -AssociationId $registered.AssociationId -IamInstanceProfile_Arn $Other.Arn
        $replaced.AssociationId | Should -Not -Be $registered.AssociationId
        $replaced.State.Value | Should -Be 'associating'
        (Get-EC2Instance -InstanceId $id).Instances[0].IamInstanceProfile.Arn | Should -Be $Other.Arn

        $removed = Unregister-EC2IamInstanceProfile -AssociationId $replaced.AssociationId
        $removed.AssociationId | Should -Be $replaced.AssociationId
        $removed.State.Value | Should -Be 'disassociating'
        Get-EC2IamInstanceProfileAssociation | Should -BeNullOrEmpty
        (Get-EC2Instance -InstanceId $id).Instances[0].IamInstanceProfile | Should -BeNullOrEmpty
    }

    It 'registers on a stopped instance' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        $null = Stop-EC2Instance -InstanceId $id -Force
        (Register-EC2IamInstanceProfile -InstanceId $id -IamInstanceProfile_Name 's3access-profile').State.Value | Should -Be 'associating'
    }

    It 'rejects a second association' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb -IamInstanceProfile_Name 's3access-profile').Instances[0].InstanceId
        $record = Get-ServiceError { Register-EC2IamInstanceProfile -InstanceId $id -IamInstanceProfile_Name 'other-profile' }
        $record.Exception.InnerException.ErrorCode | Should -Be 'IncorrectState'
        $record.Exception.Message | Should -Be "There is an existing association for instance $id"
        $record.FullyQualifiedErrorId | Should -Be 'Amazon.EC2.AmazonEC2Exception,Amazon.PowerShell.Cmdlets.EC2.RegisterEC2IamInstanceProfileCmdlet'
        (Get-EC2IamInstanceProfileAssociation).IamInstanceProfile.Arn | Should -Be $S3Profile.Arn
    }

    It 'rejects registering on a pending instance' {
        Set-RoleToolsStore -TransitionDelay ([timespan]::FromMinutes(5))
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        $record = Get-ServiceError { Register-EC2IamInstanceProfile -InstanceId $id -IamInstanceProfile_Name 's3access-profile' }
        $record.Exception.InnerException.ErrorCode | Should -Be 'IncorrectInstanceState'
        $record.Exception.Message | Should -Be "The instance '$id' is not in the 'running' or 'stopped' states."
        Get-EC2IamInstanceProfileAssociation | Should -BeNullOrEmpty
    }

    It 'rejects replacing on a stopped instance' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb -IamInstanceProfile_Name 's3access-profile').Instances[0].InstanceId
        $null = Stop-EC2Instance -InstanceId $id -Force
        $associationId = (Get-EC2IamInstanceProfileAssociation).AssociationId
        $record = Get-ServiceError { Set-EC2IamInstanceProfileAssociation -AssociationId $associationId -IamInstanceProfile_Name 'other-profile' }
        $record.Exception.InnerException.ErrorCode | Should -Be 'IncorrectState'
        $record.Exception.Message | Should -Be "The association $associationId is not the active association"
        (Get-EC2IamInstanceProfileAssociation).AssociationId | Should -Be $associationId
    }

    It 'rejects an unknown profile <Kind>' -ForEach @(
        @{ Kind = 'name'; Arguments = @{ IamInstanceProfile_Name = 'missing' }; Message = 'Value (missing) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name' }
        @{ Kind = 'role name'; Arguments = @{ IamInstanceProfile_Name = 's3access' }; Message = 'Value (s3access) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name' }
        @{ Kind = 'ARN'; Arguments = @{ IamInstanceProfile_Arn = 'arn:aws:iam::123456789012:instance-profile/missing' }; Message = 'Value (arn:aws:iam::123456789012:instance-profile/missing) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN' }
    ) {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        $record = Get-ServiceError { Register-EC2IamInstanceProfile -InstanceId $id @Arguments }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidParameterValue'
        $record.Exception.Message | Should -Be $Message
        $launch = Get-ServiceError { New-EC2Instance -ImageId ami-11aa22bb @Arguments }
        $launch.Exception.Message | Should -Be $Message
        @(Get-EC2Instance).Count | Should -Be 1
        Get-EC2IamInstanceProfileAssociation | Should -BeNullOrEmpty
    }

    It 'rejects an unknown association ID' {
        $record = Get-ServiceError { Unregister-EC2IamInstanceProfile -AssociationId 'iip-assoc-0123456789abcdef0' }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidAssociationID.NotFound'
        $record.FullyQualifiedErrorId | Should -Be 'Amazon.EC2.AmazonEC2Exception,Amazon.PowerShell.Cmdlets.EC2.UnregisterEC2IamInstanceProfileCmdlet'
    }

    It 'rejects an instance ID given as association ID' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        $record = Get-ServiceError { Unregister-EC2IamInstanceProfile -AssociationId $id }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidParameterValue'
        $record.Exception.Message | Should -Be 'Invalid value for associationId.'
    }

    It 'rejects unknown and malformed instance IDs' {
        $notFound = Get-ServiceError { Register-EC2IamInstanceProfile -InstanceId 'i-0123456789abcdef0' -IamInstanceProfile_Name 's3access-profile' }
        $notFound.Exception.InnerException.ErrorCode | Should -Be 'InvalidInstanceID.NotFound'
        $malformed = Get-ServiceError { Register-EC2IamInstanceProfile -InstanceId 'bad' -IamInstanceProfile_Name 's3access-profile' }
        $malformed.Exception.InnerException.ErrorCode | Should -Be 'InvalidInstanceID.Malformed'
    }

    It 'ends the association when the instance terminates' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb -IamInstanceProfile_Name 's3access-profile').Instances[0].InstanceId
        $null = Remove-EC2Instance -InstanceId $id -Force
        Get-EC2IamInstanceProfileAssociation | Should -BeNullOrEmpty
    }

    It 'shows associating until the delay passes' {
        Set-RoleToolsStore -TransitionDelay ([timespan]::FromMinutes(1))
        $id = (New-EC2Instance -ImageId ami-11aa22bb -IamInstanceProfile_Name 's3access-profile').Instances[0].InstanceId
        (Get-EC2IamInstanceProfileAssociation -Filter @{ Name = 'state'; Values = 'associating' }).InstanceId | Should -Be $id
        Set-RoleToolsClock -Advance ([timespan]::FromMinutes(2))
        (Get-EC2IamInstanceProfileAssociation -Filter @{ Name = 'state'; Values = 'associated' }).InstanceId | Should -Be $id
    }

    It 'pages with -MaxResult' {
        1..6 | ForEach-Object { $null = New-EC2Instance -ImageId ami-11aa22bb -IamInstanceProfile_Name 's3access-profile' }
        (Get-EC2IamInstanceProfileAssociation -MaxResult 5 -NoAutoIteration).Count | Should -Be 5
        (Get-EC2IamInstanceProfileAssociation -MaxResult 5).Count | Should -Be 6
        $record = Get-ServiceError { Get-EC2IamInstanceProfileAssociation -MaxResult 2 }
        $record.Exception.InnerException.ErrorCode | Should -Be 'InvalidParameterValue'
    }

    It 'changes nothing under -WhatIf' {
        $id = (New-EC2Instance -ImageId ami-11aa22bb).Instances[0].InstanceId
        Register-EC2IamInstanceProfile -InstanceId $id -IamInstanceProfile_Name 's3access-profile' -WhatIf | Should -BeNullOrEmpty
        Get-EC2IamInstanceProfileAssociation | Should -BeNullOrEmpty
    }
}
