# Metadata endpoint cmdlets and real AWS clients (AWS CLI v2, AWS SDK for JavaScript v3) reading
# credentials from an endpoint on a loopback port. Every client gets the endpoint URL and empty AWS
# config files made here, so nothing reaches a real metadata address or real credentials.

BeforeDiscovery {
    # -Skip is evaluated at discovery, so the clients are looked for here; a missing one skips its tests with this reason.
    $script:CliMissing = -not (Test-Path /usr/bin/aws)
    $script:NodeMissing = -not (Get-Command node -ErrorAction SilentlyContinue) -or
        -not (Test-Path (Join-Path $PSScriptRoot '../clients/node/node_modules/@aws-sdk/credential-provider-imds'))
}

BeforeAll {
    $manifest = $env:ROLETOOLS_MODULE_MANIFEST
    if (-not $manifest) { $manifest = Join-Path $PSScriptRoot '../../RoleTools.psd1' }
    Import-Module $manifest -Force

    $script:StorePath = Join-Path $TestDrive 'store.db'
    Set-RoleToolsStore -Path $script:StorePath
    $script:InstanceId = 'i-0a1b2c3d4e5f60718'
    $script:NodeClientFolder = Join-Path $PSScriptRoot '../clients/node'

    function Invoke-StoreSql {
        param([Parameter(Mandatory)] [string] $Sql)
        $connection = [Microsoft.Data.Sqlite.SqliteConnection]::new("Data Source=$script:StorePath;Pooling=False")
        try {
            $connection.Open()
            $command = $connection.CreateCommand()
            $command.CommandText = "PRAGMA busy_timeout = 30000; $Sql"
            [void] $command.ExecuteNonQuery()
        }
        finally {
            $connection.Dispose()
        }
    }

    function Add-TestRole {
        param([string] $Name, [string] $RoleId, [string] $ProfileId)
        $trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
        Invoke-StoreSql @"
INSERT INTO iam_roles (role_id, role_name, role_name_lower, path, arn, assume_role_policy, create_date)
VALUES ('$RoleId', '$Name', '$($Name.ToLowerInvariant())', '/', 'arn:aws:iam::123456789012:role/$Name', '$trust', '2024-01-01T00:00:00.000Z');
INSERT INTO iam_instance_profiles VALUES ('$ProfileId', '$Name-profile', '$($Name.ToLowerInvariant())-profile', '/',
    'arn:aws:iam::123456789012:instance-profile/$Name-profile', '2024-01-01T00:00:00.000Z');
INSERT INTO iam_instance_profile_roles VALUES ('$ProfileId', '$RoleId');
"@
    }

    Invoke-StoreSql @"
INSERT INTO ec2_reservations VALUES ('r-0a1b2c3d4e5f60718', 'us-east-1', '123456789012', NULL, NULL, NULL, '2024-01-01T00:00:00.000Z');
INSERT INTO ec2_instances (instance_id, reservation_id, region, ami_launch_index, image_id, instance_type, availability_zone,
    private_ip_address, mac_address, launch_time, state, state_changed_at)
VALUES ('$script:InstanceId', 'r-0a1b2c3d4e5f60718', 'us-east-1', 0, 'ami-11aa22bb', 't3.micro', 'us-east-1a',
    '10.0.1.12', '0a:1b:2c:3d:4e:5f', '2024-01-01T00:00:00.000Z', 'running', '2024-01-01T00:00:00.000Z');
"@
    Add-TestRole -Name 's3access' -RoleId 'AROAPESTERROLE000001' -ProfileId 'AIPAPESTERPROFILE001'
    Add-TestRole -Name 's3replacement' -RoleId 'AROAPESTERROLE000002' -ProfileId 'AIPAPESTERPROFILE002'
    Invoke-StoreSql @"
INSERT INTO ec2_iam_associations VALUES ('iip-assoc-0a1b2c3d4e5f60718', '$script:InstanceId', 'us-east-1',
    'arn:aws:iam::123456789012:instance-profile/s3access-profile', 'AIPAPESTERPROFILE001', 'associated',
    '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z');
"@

    $script:ConfigFile = Join-Path $TestDrive 'aws-config'
    $script:CredentialsFile = Join-Path $TestDrive 'aws-credentials'
    Set-Content -Path $script:ConfigFile -Value ''
    Set-Content -Path $script:CredentialsFile -Value ''

    $script:Endpoint = Start-RoleToolsMetadataEndpoint -InstanceId $script:InstanceId -ErrorAction Stop

    # Runs a client with only the endpoint and the test's empty AWS files configured, then restores the environment.
    function Invoke-AwsClient {
        param([Parameter(Mandatory)] [scriptblock] $Client)
        $names = 'AWS_EC2_METADATA_SERVICE_ENDPOINT', 'AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE',
            'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_EC2_METADATA_DISABLED'
        # Remove-Item, not SetEnvironmentVariable($name, $null): PowerShell passes $null to a string parameter as "".
        $saved = @{}
        foreach ($name in $names) {
            $saved[$name] = [Environment]::GetEnvironmentVariable($name)
            Remove-Item -Path "env:$name" -ErrorAction SilentlyContinue
        }
        try {
            foreach ($entry in $script:Endpoint.Environment.GetEnumerator()) { Set-Item -Path "env:$($entry.Key)" -Value $entry.Value }
            $env:AWS_CONFIG_FILE = $script:ConfigFile
            $env:AWS_SHARED_CREDENTIALS_FILE = $script:CredentialsFile
            & $Client
        }
        finally {
            foreach ($name in $names) {
                Remove-Item -Path "env:$name" -ErrorAction SilentlyContinue
                if ($null -ne $saved[$name]) { Set-Item -Path "env:$name" -Value $saved[$name] }
            }
        }
    }

    # Reads the IMDSv2 credentials of a role straight from the endpoint, as the clients do.
    function Get-EndpointCredential {
        param([Parameter(Mandatory)] [string] $RoleName)
        $token = Invoke-RestMethod -Method Put -Uri "$($script:Endpoint.Url)latest/api/token" -Headers @{ 'X-aws-ec2-metadata-token-ttl-seconds' = '21600' }
        Invoke-RestMethod -Uri "$($script:Endpoint.Url)latest/meta-data/iam/security-credentials/$RoleName" -Headers @{ 'X-aws-ec2-metadata-token' = $token } |
            ForEach-Object { if ($_ -is [string]) { $_ | ConvertFrom-Json } else { $_ } }
    }

    function Get-CliCredential {
        $output = Invoke-AwsClient { & /usr/bin/aws configure export-credentials --format env 2>&1 }
        if ($LASTEXITCODE -ne 0) { throw "aws configure export-credentials failed: $($output | Out-String)" }
        $values = @{}
        foreach ($line in $output) {
            if ("$line" -match '^export (AWS_[A-Z_]+)=(.*)$') { $values[$Matches[1]] = $Matches[2] }
        }
        [pscustomobject]@{ AccessKeyId = $values['AWS_ACCESS_KEY_ID']; Expiration = $values['AWS_CREDENTIAL_EXPIRATION'] }
    }

    function Get-NodeCredential {
        $script = Join-Path $script:NodeClientFolder 'fetch-credentials.js'
        $output = Invoke-AwsClient { & node $script 2>&1 }
        if ($LASTEXITCODE -ne 0) { throw "node fetch-credentials.js failed: $($output | Out-String)" }
        ($output | Select-Object -Last 1) | ConvertFrom-Json
    }

}

AfterAll {
    Get-RoleToolsMetadataEndpoint | Stop-RoleToolsMetadataEndpoint
    Set-RoleToolsClock -Offset 0
}

Describe 'Start-RoleToolsMetadataEndpoint' {
    It 'returns a loopback URL, process ID and client environment' {
        $script:Endpoint.InstanceId | Should -Be $script:InstanceId
        $script:Endpoint.Url | Should -Match '^http://127\.0\.0\.1:\d+/$'
        $script:Endpoint.Url | Should -Be "http://127.0.0.1:$($script:Endpoint.Port)/"
        $script:Endpoint.StorePath | Should -Be $script:StorePath
        (Get-Process -Id $script:Endpoint.ProcessId).Id | Should -Be $script:Endpoint.ProcessId
        $script:Endpoint.Environment['AWS_EC2_METADATA_SERVICE_ENDPOINT'] | Should -Be $script:Endpoint.Url
        $script:Endpoint.Environment['AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE'] | Should -Be 'IPv4'
    }

    It 'serves the instance ID over HTTP' {
        $response = Invoke-WebRequest -Uri "$($script:Endpoint.Url)latest/meta-data/instance-id"
        $response.Content | Should -Be $script:InstanceId
        "$($response.Headers['Server'])" | Should -Be 'EC2ws'
    }

    It 'rejects a second endpoint for the same instance' {
        $errors = $null
        Start-RoleToolsMetadataEndpoint -InstanceId $script:InstanceId -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'RoleTools.MetadataEndpointAlreadyRunning,*'
    }

    It 'rejects an instance that is not in the store' {
        $errors = $null
        Start-RoleToolsMetadataEndpoint -InstanceId 'i-00000000000000000' -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'RoleTools.MetadataEndpointInstanceNotFound,*'
    }
}

Describe 'Get-RoleToolsMetadataEndpoint' {
    It 'lists the running endpoint' {
        $listed = @(Get-RoleToolsMetadataEndpoint)
        $listed | Should -HaveCount 1
        $listed[0].ProcessId | Should -Be $script:Endpoint.ProcessId
        $listed[0].Url | Should -Be $script:Endpoint.Url
    }

    It 'filters by instance ID wildcard' {
        @(Get-RoleToolsMetadataEndpoint -InstanceId 'i-nothing*') | Should -HaveCount 0
        @(Get-RoleToolsMetadataEndpoint -InstanceId 'i-0a1b*') | Should -HaveCount 1
    }
}

Describe 'AWS CLI v2 against the endpoint' {
    BeforeEach { Set-RoleToolsClock -Offset 0 }

    It 'exports the role credentials' -Skip:$script:CliMissing {
        $expected = Get-EndpointCredential -RoleName 's3access'
        $cli = Get-CliCredential
        $cli.AccessKeyId | Should -Be $expected.AccessKeyId
        $cli.AccessKeyId | Should -Match '^ASIA[A-Z0-9]{16}$'
    }
}

Describe 'AWS SDK for JavaScript v3 against the endpoint' {
    BeforeEach { Set-RoleToolsClock -Offset 0 }

    It 'resolves the role credentials' -Skip:$script:NodeMissing {
        $expected = Get-EndpointCredential -RoleName 's3access'
        $node = Get-NodeCredential
        $node.AccessKeyId | Should -Be $expected.AccessKeyId
        $node.SecretAccessKey | Should -Be $expected.SecretAccessKey
    }
}

Describe 'Clients after a replace and a clock move' {
    BeforeAll {
        Invoke-StoreSql @"
UPDATE ec2_iam_associations SET state = 'disassociated' WHERE association_id = 'iip-assoc-0a1b2c3d4e5f60718';
INSERT INTO ec2_iam_associations VALUES ('iip-assoc-0f1e2d3c4b5a69788', '$script:InstanceId', 'us-east-1',
    'arn:aws:iam::123456789012:instance-profile/s3replacement-profile', 'AIPAPESTERPROFILE002', 'associating',
    '2024-01-02T00:00:00.000Z', '2024-01-02T00:00:00.000Z');
"@
    }

    It 'serves only the new role after the replace' {
        $listing = Invoke-WebRequest -Uri "$($script:Endpoint.Url)latest/meta-data/iam/security-credentials/"
        $listing.Content | Should -Be 's3replacement'
        { Invoke-WebRequest -Uri "$($script:Endpoint.Url)latest/meta-data/iam/security-credentials/s3access" } | Should -Throw '*404*'
    }

    It 'gives the AWS CLI the new role keys, then new keys two hours later' -Skip:$script:CliMissing {
        $expected = Get-EndpointCredential -RoleName 's3replacement'
        $before = Get-CliCredential
        $before.AccessKeyId | Should -Be $expected.AccessKeyId

        Set-RoleToolsClock -Offset '02:00:00'
        $after = Get-CliCredential
        $after.AccessKeyId | Should -Not -Be $before.AccessKeyId
        $after.AccessKeyId | Should -Be (Get-EndpointCredential -RoleName 's3replacement').AccessKeyId
        ([datetime]::Parse($after.Expiration).ToUniversalTime() - (Get-RoleToolsClock).Now) | Should -BeGreaterThan ([timespan]::FromHours(5))
    }

    It 'gives the JavaScript SDK the new role keys, then new keys two hours later' -Skip:$script:NodeMissing {
        Set-RoleToolsClock -Offset 0
        $expected = Get-EndpointCredential -RoleName 's3replacement'
        $before = Get-NodeCredential
        $before.AccessKeyId | Should -Be $expected.AccessKeyId

        Set-RoleToolsClock -Offset '02:00:00'
        $after = Get-NodeCredential
        $after.AccessKeyId | Should -Not -Be $before.AccessKeyId
        $after.AccessKeyId | Should -Be (Get-EndpointCredential -RoleName 's3replacement').AccessKeyId
        ([datetime]::Parse($after.Expiration).ToUniversalTime() - (Get-RoleToolsClock).Now) | Should -BeGreaterThan ([timespan]::FromHours(5))
    }
}

Describe 'Stop-RoleToolsMetadataEndpoint' {
    It 'stops the endpoint from the pipeline and removes it from the list' {
        $processId = $script:Endpoint.ProcessId
        $script:Endpoint | Stop-RoleToolsMetadataEndpoint
        @(Get-RoleToolsMetadataEndpoint) | Should -HaveCount 0
        Get-Process -Id $processId -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'reports an instance without an endpoint' {
        $errors = $null
        Stop-RoleToolsMetadataEndpoint -InstanceId $script:InstanceId -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'RoleTools.MetadataEndpointNotRunning,*'
    }
}
