# -Select is checked before anything changes, responses carry the SDK's status and request ID, and
# -ClientConfig is accepted, as in AWS Tools.

BeforeAll {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    Import-Module $manifest -Force
    $script:Trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
}

Describe 'Invalid -Select' {
    BeforeEach {
        Set-RoleToolsStore -Path (Join-Path $TestDrive "select-$([guid]::NewGuid().ToString('N')).db")
    }

    It 'rejects New-IAMRole before creating the role' {
        { New-IAMRole -RoleName typo -AssumeRolePolicyDocument $script:Trust -Select Nope } |
            Should -Throw -ExceptionType ([System.ArgumentException]) -ExpectedMessage 'Invalid value for -Select parameter.*'
        @(Get-IAMRoleList) | Should -HaveCount 0
    }

    It 'rejects Remove-IAMRole before deleting the role' {
        New-IAMRole -RoleName keep -AssumeRolePolicyDocument $script:Trust | Out-Null
        { Remove-IAMRole -RoleName keep -Select Nope -Force } | Should -Throw -ExceptionType ([System.ArgumentException])
        (Get-IAMRole -RoleName keep).RoleName | Should -Be 'keep'
    }

    It 'rejects New-EC2Instance before launching' {
        { New-EC2Instance -ImageId ami-12345678 -Region us-east-1 -Select Reservation.Bogus } | Should -Throw -ExceptionType ([System.ArgumentException])
        @(Get-EC2Instance -Region us-east-1) | Should -HaveCount 0
    }

    It 'rejects ^ with an unknown parameter before the change' {
        { New-IAMRole -RoleName caret -AssumeRolePolicyDocument $script:Trust -Select '^NoSuchParameter' } | Should -Throw -ExceptionType ([System.ArgumentException])
        @(Get-IAMRoleList) | Should -HaveCount 0
    }

    It 'accepts a valid nested path through collections' {
        $ids = New-EC2Instance -ImageId ami-12345678 -Region us-east-1 -MinCount 2 -MaxCount 2 -Select Reservation.Instances.InstanceId
        $ids | Should -HaveCount 2
        $ids | ForEach-Object { $_ | Should -Match '^i-[0-9a-f]{17}$' }
    }
}

Describe 'Response objects' {
    BeforeAll {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'responses.db')
    }

    It 'carries HTTP 200 and a request ID on IAM responses' {
        $response = New-IAMRole -RoleName meta -AssumeRolePolicyDocument $script:Trust -Select *
        $response.HttpStatusCode | Should -Be ([System.Net.HttpStatusCode]::OK)
        $response.ResponseMetadata.RequestId | Should -Match '^[0-9a-f-]{36}$'
    }

    It 'carries HTTP 200 and a request ID on EC2 responses' {
        $response = Get-EC2Instance -Region us-east-1 -Select *
        $response.HttpStatusCode | Should -Be ([System.Net.HttpStatusCode]::OK)
        $response.ResponseMetadata.RequestId | Should -Not -BeNullOrEmpty
    }
}

Describe '-ClientConfig' {
    BeforeAll {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'clientconfig.db')
    }

    It 'is accepted by EC2 cmdlets as AmazonEC2Config' {
        (Get-Command Get-EC2Instance).Parameters['ClientConfig'].ParameterType.FullName | Should -Be 'Amazon.EC2.AmazonEC2Config'
        $config = [Amazon.EC2.AmazonEC2Config]::new()
        $config.Timeout = [timespan]::FromSeconds(5)
        { Get-EC2Instance -Region us-east-1 -ClientConfig $config } | Should -Not -Throw
    }

    It 'is accepted by IAM cmdlets' {
        (Get-Command New-IAMRole).Parameters.ContainsKey('ClientConfig') | Should -BeTrue
        $role = New-IAMRole -RoleName configured -AssumeRolePolicyDocument $script:Trust -ClientConfig ([Amazon.EC2.AmazonEC2Config]::new())
        $role.RoleName | Should -Be 'configured'
    }
}

Describe 'Required parameter bound to $null' {
    BeforeAll {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'null.db')
    }

    It 'warns as AWS Tools does, then fails in service validation' {
        $record = $null
        try {
            Get-IAMRole -RoleName $null -WarningVariable warnings -WarningAction SilentlyContinue
        }
        catch {
            $record = $_
        }
        $warnings | Should -HaveCount 1
        "$($warnings[0])" | Should -BeLike 'You are passing $null as a value for parameter RoleName which is marked as required.*'
        $record.Exception.InnerException.ErrorCode | Should -Be 'ValidationError'
    }
}
