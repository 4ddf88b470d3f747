# Argument completers through TabExpansion2, as a user pressing Tab sees them: they read the current
# store, match prefixes case-insensitively, follow the EC2 region rules, and stay silent on a missing
# or unreadable store without creating one.

BeforeAll {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    Import-Module $manifest -Force
    . (Join-Path $PSScriptRoot 'Support/IamFixtures.ps1')

    function Get-Completion([string] $Line) {
        # Returns the completion texts offered at the end of $Line.
        @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object CompletionText)
    }
}

Describe 'Completer attributes' {
    BeforeDiscovery {
        $kinds = @{
            RoleName                = 'RoleNameCompleter'
            InstanceProfileName     = 'InstanceProfileNameCompleter'
            IamInstanceProfile_Name = 'InstanceProfileNameCompleter'
            PolicyArn               = 'PolicyArnCompleter'
            InstanceId              = 'InstanceIdCompleter'
            AssociationId           = 'AssociationIdCompleter'
        }
        # New names have nothing to complete from the store.
        $creatingNames = @('New-IAMRole:RoleName', 'New-IAMInstanceProfile:InstanceProfileName')
        $manifest = $env:ROLETOOLS_MODULE_MANIFEST
        if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
        Import-Module $manifest -Force
        $cases = foreach ($command in Get-Command -Module RoleTools -CommandType Cmdlet) {
            foreach ($parameter in $command.Parameters.Values) {
                if (-not $kinds.ContainsKey($parameter.Name)) { continue }
                if ("$($command.Name):$($parameter.Name)" -in $creatingNames) { continue }
                $expected = if ($command.Name -like '*-RoleToolsMetadataEndpoint') { 'EndpointInstanceIdCompleter' } else { $kinds[$parameter.Name] }
                @{ Command = $command.Name; Parameter = $parameter.Name; Expected = $expected }
            }
        }
    }

    It '<Command> -<Parameter> uses <Expected>' -TestCases $cases {
        $attribute = (Get-Command $Command).Parameters[$Parameter].Attributes |
            Where-Object { $_ -is [System.Management.Automation.ArgumentCompleterAttribute] }
        $attribute | Should -Not -BeNullOrEmpty
        $attribute.Type.Name | Should -Be $Expected
    }

    It 'covers the IAM, EC2 and endpoint cmdlets' -TestCases @(@{ Cases = $cases }) {
        $cases.Count | Should -BeGreaterThan 30
        $cases.Command | Should -Contain 'Set-EC2IamInstanceProfileAssociation'
        $cases.Command | Should -Contain 'Stop-RoleToolsMetadataEndpoint'
    }
}

Describe 'Store completers' {
    BeforeAll {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'store.db')
        Set-RoleToolsStore -TransitionDelay 0
        $script:S3Profile = New-TestInstanceProfile -Name 's3access-profile' -RoleName 'S3Access'
        $null = New-TestInstanceProfile -Name 'web-profile' -RoleName 'web-role'
        $null = New-IAMRole -RoleName 'S3Reader' -AssumeRolePolicyDocument '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' -Force
        $script:LocalPolicy = New-IAMPolicy -PolicyName 'AppBucketAccess' -PolicyDocument '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}' -Force
        $script:EastInstance = (New-EC2Instance -ImageId ami-11aa22bb -Region us-east-1 -IamInstanceProfile_Name 's3access-profile').Instances[0].InstanceId
        $script:WestInstance = (New-EC2Instance -ImageId ami-11aa22bb -Region eu-west-1).Instances[0].InstanceId
        $script:WestAssociation = (Register-EC2IamInstanceProfile -Region eu-west-1 -InstanceId $WestInstance -IamInstanceProfile_Name 'web-profile' -Force).AssociationId
        $script:EastAssociation = (Get-EC2IamInstanceProfileAssociation -Region us-east-1).AssociationId
        Clear-DefaultAWSRegion
    }

    AfterAll {
        Clear-DefaultAWSRegion
    }

    It 'completes role names case-insensitively' {
        $offered = Get-Completion 'Get-IAMRole -RoleName s3'
        $offered | Should -Be @('S3Access', 'S3Reader')
    }

    It 'completes role names with no prefix' {
        $offered = Get-Completion 'Remove-IAMRole -RoleName '
        $offered | Should -Contain 'web-role'
        $offered.Count | Should -Be 3
    }

    It 'offers no role for an unmatched prefix' {
        Get-Completion 'Get-IAMRole -RoleName zz' | Should -BeNullOrEmpty
    }

    It 'completes -InstanceProfileName' {
        Get-Completion 'Get-IAMInstanceProfile -InstanceProfileName S3A' | Should -Be @('s3access-profile')
    }

    It 'completes -IamInstanceProfile_Name' {
        Get-Completion 'New-EC2Instance -ImageId ami-11aa22bb -IamInstanceProfile_Name WEB' | Should -Be @('web-profile')
    }

    It 'completes AWS managed policy ARNs by name' {
        $offered = Get-Completion 'Register-IAMRolePolicy -RoleName S3Access -PolicyArn amazons3'
        $offered | Should -Be @('arn:aws:iam::aws:policy/AmazonS3FullAccess', 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')
    }

    It 'completes policy ARNs by ARN prefix' {
        $offered = Get-Completion 'Get-IAMPolicy -PolicyArn ARN:AWS:IAM::123456789012:'
        $offered | Should -Be @($LocalPolicy.Arn)
    }

    It 'completes customer managed policies by name' {
        Get-Completion 'Unregister-IAMRolePolicy -RoleName S3Access -PolicyArn appb' | Should -Be @($LocalPolicy.Arn)
    }

    It 'completes instance IDs of the -Region argument' {
        Get-Completion 'Get-EC2Instance -Region eu-west-1 -InstanceId ' | Should -Be @($WestInstance)
        Get-Completion 'Stop-EC2Instance -Region us-east-1 -InstanceId I-' | Should -Be @($EastInstance)
    }

    It 'completes instance IDs of the default region' {
        Get-Completion 'Start-EC2Instance -InstanceId ' | Should -Be @($EastInstance)
    }

    It 'completes instance IDs of $StoredAWSRegion' {
        Set-DefaultAWSRegion -Region eu-west-1
        try {
            Get-Completion 'Remove-EC2Instance -InstanceId ' | Should -Be @($WestInstance)
        }
        finally {
            Clear-DefaultAWSRegion
        }
    }

    It 'completes association IDs per region' {
        Get-Completion 'Unregister-EC2IamInstanceProfile -AssociationId ' | Should -Be @($EastAssociation)
        Get-Completion 'Set-EC2IamInstanceProfileAssociation -Region eu-west-1 -AssociationId IIP-' | Should -Be @($WestAssociation)
    }

    It 'completes instances of every region for Start-RoleToolsMetadataEndpoint' {
        $offered = Get-Completion 'Start-RoleToolsMetadataEndpoint -InstanceId '
        $offered | Should -Contain $EastInstance
        $offered | Should -Contain $WestInstance
    }

    It 'leaves out terminated instances for Start-RoleToolsMetadataEndpoint' {
        $doomed = (New-EC2Instance -ImageId ami-11aa22bb -Region us-east-1).Instances[0].InstanceId
        $null = Remove-EC2Instance -InstanceId $doomed -Region us-east-1 -Force
        Get-Completion 'Start-RoleToolsMetadataEndpoint -InstanceId ' | Should -Not -Contain $doomed
        $offered = Get-Completion 'Get-EC2Instance -InstanceId '
        $offered | Should -Contain $doomed
        $offered[-1] | Should -Be $doomed
    }

    It 'completes running endpoints for Stop-RoleToolsMetadataEndpoint' {
        Get-Completion 'Stop-RoleToolsMetadataEndpoint -InstanceId ' | Should -BeNullOrEmpty
        $endpoint = Start-RoleToolsMetadataEndpoint -InstanceId $EastInstance
        try {
            Get-Completion 'Stop-RoleToolsMetadataEndpoint -InstanceId ' | Should -Be @($EastInstance)
            Get-Completion 'Get-RoleToolsMetadataEndpoint -InstanceId ' | Should -Be @($EastInstance)
        }
        finally {
            Stop-RoleToolsMetadataEndpoint -InstanceId $endpoint.InstanceId
        }
    }
}

Describe 'Completion of names with special characters' {
    BeforeAll {
        Set-RoleToolsStore -Path (Join-Path $TestDrive 'special.db')
        $trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
        $null = New-IAMRole -RoleName 'dev,ops' -AssumeRolePolicyDocument $trust -Force
        $null = New-IAMRole -RoleName '@admin' -AssumeRolePolicyDocument $trust -Force
    }

    It 'quotes a name with a comma' {
        Get-Completion 'Get-IAMRole -RoleName dev' | Should -Be @("'dev,ops'")
    }

    It 'quotes a name starting with @' {
        Get-Completion 'Get-IAMRole -RoleName @' | Should -Be @("'@admin'")
    }

    It 'completes to text that binds as one name' {
        $text = Get-Completion 'Get-IAMRole -RoleName dev'
        (Invoke-Expression "Get-IAMRole -RoleName $text").RoleName | Should -Be 'dev,ops'
    }
}

Describe 'Region completion' {
    It 'completes -Region with region names by prefix' {
        $offered = Get-Completion 'Get-EC2Instance -Region eu-we'
        $offered | Should -Contain 'eu-west-1'
        $offered | Should -Contain 'eu-west-3'
        $offered | Where-Object { $_ -notlike 'eu-we*' } | Should -BeNullOrEmpty
    }
}

Describe 'Completers without a usable store' {
    BeforeAll {
        $pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
        $manifest = $env:ROLETOOLS_MODULE_MANIFEST
        if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
        $script:Manifest = (Resolve-Path $manifest).Path

        function Invoke-ChildCompletion([string] $StorePath) {
            # Completes in a fresh process whose store is $StorePath from $env:ROLETOOLS_STORE, because
            # Set-RoleToolsStore would create the store. Returns the offers per line as JSON-decoded objects.
            $script = @'
param($Manifest)
Import-Module $Manifest
$lines = 'Get-IAMRole -RoleName ', 'Get-IAMInstanceProfile -InstanceProfileName ', 'Get-EC2Instance -InstanceId ',
         'Unregister-EC2IamInstanceProfile -AssociationId ', 'Stop-RoleToolsMetadataEndpoint -InstanceId ', 'Get-IAMPolicy -PolicyArn arn:aws:iam::aws:policy/IAMRead'
$result = [ordered]@{}
foreach ($line in $lines) {
    $result[$line] = @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText)
}
$result | ConvertTo-Json -Compress
'@
            $scriptPath = Join-Path $TestDrive "complete-$(New-Guid).ps1"
            Set-Content -Path $scriptPath -Value $script
            $previous = $env:ROLETOOLS_STORE
            $env:ROLETOOLS_STORE = $StorePath
            try {
                $output = & $pwsh -NoProfile -NonInteractive -File $scriptPath -Manifest $Manifest
                $LASTEXITCODE | Should -Be 0
            }
            finally {
                $env:ROLETOOLS_STORE = $previous
            }
            $output | Select-Object -Last 1 | ConvertFrom-Json -AsHashtable
        }
    }

    It 'offers nothing from a missing store and does not create it' {
        $missing = Join-Path $TestDrive 'absent/store.db'
        $offers = Invoke-ChildCompletion -StorePath $missing
        $offers['Get-IAMRole -RoleName '] | Should -BeNullOrEmpty
        $offers['Get-IAMInstanceProfile -InstanceProfileName '] | Should -BeNullOrEmpty
        $offers['Get-EC2Instance -InstanceId '] | Should -BeNullOrEmpty
        $offers['Unregister-EC2IamInstanceProfile -AssociationId '] | Should -BeNullOrEmpty
        $offers['Stop-RoleToolsMetadataEndpoint -InstanceId '] | Should -BeNullOrEmpty
        Test-Path $missing | Should -BeFalse
        Test-Path (Split-Path $missing) | Should -BeFalse
    }

    It 'still offers the AWS managed catalogue without a store' {
        $offers = Invoke-ChildCompletion -StorePath (Join-Path $TestDrive 'absent/store.db')
        $offers['Get-IAMPolicy -PolicyArn arn:aws:iam::aws:policy/IAMRead'] | Should -Be @('arn:aws:iam::aws:policy/IAMReadOnlyAccess')
    }

    It 'offers nothing from a file that is not a store and leaves it unchanged' {
        $notAStore = Join-Path $TestDrive 'notes.db'
        Set-Content -Path $notAStore -Value 'plain text, not SQLite'
        $before = Get-FileHash $notAStore
        $offers = Invoke-ChildCompletion -StorePath $notAStore
        $offers['Get-IAMRole -RoleName '] | Should -BeNullOrEmpty
        $offers['Get-EC2Instance -InstanceId '] | Should -BeNullOrEmpty
        (Get-FileHash $notAStore).Hash | Should -Be $before.Hash
    }
}
