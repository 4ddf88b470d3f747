# Scripts written for the real AWS Tools modules (tests/Pester/AwsToolsScripts), each run unchanged in
# a child PowerShell process with the AWS module names enabled, and their effect on the store checked.

BeforeAll {
    $script:Manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $script:Manifest) { $script:Manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    $script:Manifest = (Resolve-Path $script:Manifest).Path
    $script:Pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    $script:Scripts = Join-Path $PSScriptRoot 'AwsToolsScripts'
    Import-Module $script:Manifest -Force

    $script:TrustPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'

    function Invoke-AwsToolsScript {
        <# Runs one script in a child pwsh against $Store, with the AWS module names enabled; returns its output lines. #>
        param([string] $Name, [string] $Store)
        $path = Join-Path $script:Scripts $Name
        $prelude = "`$ErrorActionPreference = 'Stop'; Import-Module '$script:Manifest'; Enable-RoleToolsAwsToolsAlias 3>`$null; & '$path'"
        $environment = @{ ROLETOOLS_STORE = $Store; AWS_EC2_METADATA_DISABLED = 'true'; AWS_REGION = $null; AWS_DEFAULT_REGION = $null }
        # Remove-Item and Set-Item, because SetEnvironmentVariable($name, $null) from PowerShell sets an empty value.
        $saved = @{}
        foreach ($key in $environment.Keys) {
            $saved[$key] = [Environment]::GetEnvironmentVariable($key)
            Remove-Item -Path "env:$key" -ErrorAction SilentlyContinue
            if ($null -ne $environment[$key]) { Set-Item -Path "env:$key" -Value $environment[$key] }
        }
        try {
            $output = & $script:Pwsh -NoProfile -NonInteractive -Command $prelude 2>&1
            $exitCode = $LASTEXITCODE
        }
        finally {
            foreach ($key in $saved.Keys) {
                Remove-Item -Path "env:$key" -ErrorAction SilentlyContinue
                if ($null -ne $saved[$key]) { Set-Item -Path "env:$key" -Value $saved[$key] }
            }
        }
        $exitCode | Should -Be 0 -Because ($output | Out-String)
        return @($output | ForEach-Object { "$_" })
    }

    function Use-Store([string] $Name) {
        $path = Join-Path $TestDrive $Name
        Set-RoleToolsStore -Path $path
        return $path
    }
}

Describe 'Scripts written for AWS Tools' {
    It 'bootstraps an SSM role and launches with it' {
        $store = Use-Store 'ssm.db'
        $output = Invoke-AwsToolsScript '01-SsmBootstrapRole.ps1' $store
        $instanceId = $output[-1]
        $attached = Get-IAMAttachedRolePolicyList -RoleName SSMInstanceRole | ForEach-Object PolicyName
        $attached | Should -Contain 'AmazonSSMManagedInstanceCore'
        $attached | Should -Contain 'AmazonEC2RoleforSSM'
        $instance = (Get-EC2Instance -InstanceId $instanceId -Region us-west-2).Instances[0]
        $instance.InstanceType.Value | Should -Be 't3.micro'
        $instance.IamInstanceProfile.Arn | Should -BeLike '*:instance-profile/SSMInstanceProfile'
        ($instance.Tags | Where-Object Key -eq 'Name').Value | Should -Be 'ssm-web'
    }

    It 'runs an idempotent setup twice with the same result' {
        $store = Use-Store 'idempotent.db'
        $first = Invoke-AwsToolsScript '02-IdempotentSetup.ps1' $store
        $second = Invoke-AwsToolsScript '02-IdempotentSetup.ps1' $store
        $first | Should -Contain 'Created role app-server'
        $second | Should -Contain 'Role app-server exists'
        $second | Should -Contain 'Instance profile app-server-profile exists'
        @(Get-IAMRoleList -PathPrefix '/app/') | Should -HaveCount 1
        (Get-IAMInstanceProfile -InstanceProfileName app-server-profile).Roles.RoleName | Should -Be 'app-server'
        Get-IAMRolePolicyList -RoleName app-server | Should -Be 'read-config'
    }

    It 'tears down roles after removing them from profiles' {
        $store = Use-Store 'teardown.db'
        foreach ($name in 'app-a', 'app-b') {
            New-IAMRole -Path '/app/' -RoleName $name -AssumeRolePolicyDocument $script:TrustPolicy | Out-Null
            New-IAMInstanceProfile -InstanceProfileName "$name-profile" | Out-Null
            Add-IAMRoleToInstanceProfile -InstanceProfileName "$name-profile" -RoleName $name
            Register-IAMRolePolicy -RoleName $name -PolicyArn 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'
            Write-IAMRolePolicy -RoleName $name -PolicyName inline -PolicyDocument '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'
        }
        New-IAMRole -RoleName keep-me -AssumeRolePolicyDocument $script:TrustPolicy | Out-Null
        $output = Invoke-AwsToolsScript '03-Teardown.ps1' $store
        $output | Should -Contain 'Removed app-a'
        $output | Should -Contain 'Removed app-b'
        (Get-IAMRoleList).RoleName | Should -Be @('keep-me')
        @(Get-IAMInstanceProfileList) | Should -HaveCount 0
        (Get-IAMPolicy -PolicyArn 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess').AttachmentCount | Should -Be 0
    }

    It 'swaps the fleet role by tag across regions' {
        $store = Use-Store 'fleet.db'
        foreach ($name in 'web-v1', 'web-v2') {
            New-IAMRole -RoleName $name -AssumeRolePolicyDocument $script:TrustPolicy | Out-Null
            New-IAMInstanceProfile -InstanceProfileName $name | Out-Null
            Add-IAMRoleToInstanceProfile -InstanceProfileName $name -RoleName $name
        }
        $web = @{ ResourceType = 'instance'; Tags = @(@{ Key = 'Team'; Value = 'web' }) }
        $east = (New-EC2Instance -Region us-east-1 -ImageId ami-12345678 -IamInstanceProfile_Name web-v1 -TagSpecification $web).Instances[0].InstanceId
        $west = (New-EC2Instance -Region eu-west-1 -ImageId ami-12345678 -IamInstanceProfile_Name web-v1 -TagSpecification $web).Instances[0].InstanceId
        $stopped = (New-EC2Instance -Region eu-west-1 -ImageId ami-12345678 -IamInstanceProfile_Name web-v1 -TagSpecification $web).Instances[0].InstanceId
        $other = (New-EC2Instance -Region us-east-1 -ImageId ami-12345678 -IamInstanceProfile_Name web-v1).Instances[0].InstanceId
        Get-EC2Instance -Region us-east-1 | Out-Null
        Get-EC2Instance -Region eu-west-1 | Out-Null
        Stop-EC2Instance -Region eu-west-1 -InstanceId $stopped | Out-Null
        Get-EC2Instance -Region eu-west-1 | Out-Null

        $output = Invoke-AwsToolsScript '04-FleetRoleSwapAcrossRegions.ps1' $store

        $output | Should -HaveCount 3
        $v2 = (Get-IAMInstanceProfile -InstanceProfileName web-v2).Arn
        (Get-EC2Instance -Region us-east-1 -InstanceId $east).Instances[0].IamInstanceProfile.Arn | Should -Be $v2
        (Get-EC2Instance -Region eu-west-1 -InstanceId $west).Instances[0].IamInstanceProfile.Arn | Should -Be $v2
        (Get-EC2Instance -Region eu-west-1 -InstanceId $stopped).Instances[0].IamInstanceProfile.Arn | Should -Be $v2
        (Get-EC2Instance -Region us-east-1 -InstanceId $other).Instances[0].IamInstanceProfile.Arn | Should -BeLike '*/web-v1'
    }

    It 'keeps credential profiles in the store and launches in the default region' {
        $store = Use-Store 'credentials.db'
        $output = Invoke-AwsToolsScript '05-CredentialProfilesAndRegions.ps1' $store
        $output[-1] | Should -Match '^eu-central-1[a-z]$'
        @(Get-EC2Instance -Region eu-central-1 -InstanceId $output[-2]) | Should -HaveCount 1
        (Get-AWSCredential -ListProfileDetail).ProfileName | Should -Contain 'ci-deploy'
    }

    It 'reports an inventory through the legacy aliases' {
        $store = Use-Store 'inventory.db'
        New-IAMRole -RoleName reporter -AssumeRolePolicyDocument $script:TrustPolicy | Out-Null
        Write-IAMRolePolicy -RoleName reporter -PolicyName read -PolicyDocument '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'
        Register-IAMRolePolicy -RoleName reporter -PolicyArn 'arn:aws:iam::aws:policy/IAMReadOnlyAccess'
        New-IAMInstanceProfile -InstanceProfileName reporter-profile | Out-Null
        Add-IAMRoleToInstanceProfile -InstanceProfileName reporter-profile -RoleName reporter

        $output = Invoke-AwsToolsScript '06-LegacyAliasInventory.ps1' $store

        $rows = $output | Where-Object { $_ -like '"*' } | ConvertFrom-Csv
        $rows.Role | Should -Be 'reporter'
        $rows.InlinePolicies | Should -Be 'read'
        $rows.ManagedPolicies | Should -Be 'IAMReadOnlyAccess'
        $rows.InstanceProfiles | Should -Be 'reporter-profile'
        $output[-1] | Should -Be 'attached-aws-policies=1'
    }

    It 'launches with a block device mapping built from SDK objects' {
        $store = Use-Store 'blockdevice.db'
        $output = Invoke-AwsToolsScript '07-BlockDeviceLaunch.ps1' $store
        $instance = (Get-EC2Instance -Region ap-southeast-2 -InstanceId $output[-1]).Instances[0]
        $instance.InstanceType.Value | Should -Be 'm5.large'
        $instance.BlockDeviceMappings[0].DeviceName | Should -Be '/dev/xvda'
        $instance.MetadataOptions.HttpTokens.Value | Should -Be 'required'
        $instance.MetadataOptions.HttpPutResponseHopLimit | Should -Be 2
        ($instance.Tags | Sort-Object Key | ForEach-Object { "$($_.Key)=$($_.Value)" }) | Should -Be @('Backup=daily', 'Name=db-01')
    }

    It 'accepts policy documents from files, here-strings and hashtables' {
        $store = Use-Store 'forms.db'
        $output = Invoke-AwsToolsScript '08-PolicyDocumentForms.ps1' $store
        $output[-2] | Should -Be 'logs,s3-data'
        $output[-1] | Should -Be '0'
        $trust = [Uri]::UnescapeDataString((Get-IAMRole -RoleName forms-role).AssumeRolePolicyDocument) | ConvertFrom-Json
        $trust.Statement[0].Principal.Service | Should -Be 'ec2.amazonaws.com'
    }
}
