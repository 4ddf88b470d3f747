@{
    Synopsis     = 'Starts the instance metadata endpoint (IMDSv1 and IMDSv2) of an emulated EC2 instance.'
    Description  = @(
        'Start-RoleToolsMetadataEndpoint starts the RoleTools metadata endpoint program for one emulated instance, on its own port, and waits until it answers. The endpoint reads the store on every request, so associations made, replaced or removed, trust policy changes, metadata option edits and clock moves show at once.'
        'It binds 127.0.0.1 only unless -Address names another address. Port 0 (the default) lets the operating system choose a free port.'
        'The returned object has the endpoint''s Url (with the trailing slash the AWS CLI v2 needs), its ProcessId and Port, and Environment: the variables a client needs, such as AWS_EC2_METADATA_SERVICE_ENDPOINT. Point an AWS SDK or the AWS CLI at it with those variables; set AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE to files of your own so no other credentials are picked up.'
    )
    AwsOperation = $null
    Deviations   = @(
        'Each instance has its own port on loopback instead of 169.254.169.254, because some SDKs keep only the host and port of AWS_EC2_METADATA_SERVICE_ENDPOINT.'
        'The hop limit (HttpPutResponseHopLimit) is stored but not enforced: every loopback client is one hop away.'
    )
    Examples     = @(
        @{
            Title   = 'Read an instance''s role credentials with IMDSv2'
            Code    = @'
$endpoint = Start-RoleToolsMetadataEndpoint -InstanceId $instanceId
$token = Invoke-RestMethod -Method Put -Uri "$($endpoint.Url)latest/api/token" -Headers @{ 'X-aws-ec2-metadata-token-ttl-seconds' = 21600 }
$role = Invoke-RestMethod -Uri "$($endpoint.Url)latest/meta-data/iam/security-credentials/" -Headers @{ 'X-aws-ec2-metadata-token' = $token }
Invoke-RestMethod -Uri "$($endpoint.Url)latest/meta-data/iam/security-credentials/$role" -Headers @{ 'X-aws-ec2-metadata-token' = $token }
'@
            Remarks = 'Starts the endpoint, gets a session token, reads the role name and then the role''s temporary credentials (AccessKeyId, SecretAccessKey, Token, Expiration).'
        }
        @{
            Title   = 'Point the AWS CLI at the endpoint'
            Code    = @'
$endpoint = Start-RoleToolsMetadataEndpoint -InstanceId $instanceId
$env:AWS_EC2_METADATA_SERVICE_ENDPOINT = $endpoint.Url
New-Item -ItemType File -Force empty-config, empty-credentials | Out-Null
$env:AWS_CONFIG_FILE = "$PWD/empty-config"; $env:AWS_SHARED_CREDENTIALS_FILE = "$PWD/empty-credentials"
aws configure export-credentials --format env
'@
            Remarks = 'The AWS CLI finds no other credentials and takes the role''s credentials from the endpoint. export-credentials needs the AWS CLI v2; with version 1, aws configure list shows the credentials'' source as iam-role.'
        }
    )
    RelatedLinks = @('Get-RoleToolsMetadataEndpoint', 'Stop-RoleToolsMetadataEndpoint')
}
