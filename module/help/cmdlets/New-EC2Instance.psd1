@{
    Synopsis     = 'Launches emulated EC2 instances, optionally with an IAM instance profile.'
    Description  = @(
        'New-EC2Instance records new instances in the RoleTools store, in one reservation of the resolved region, and writes the Amazon.EC2.Model.Reservation (default -Select: Reservation). Each instance gets an ID, a private IP address and DNS name in the default subnet of its zone, the metadata options you give, and the tags of -TagSpecification. Instances start in state pending and become running once the store''s transition delay has passed on the emulated clock.'
        'With -IamInstanceProfile_Name or -IamInstanceProfile_Arn, each instance gets an IAM instance profile association, so its metadata endpoint (Start-RoleToolsMetadataEndpoint) serves the profile''s role credentials. An unknown profile fails with InvalidParameterValue.'
        'Errors carry the EC2 error code in $_.Exception.InnerException.ErrorCode: MissingParameter without -ImageId, InvalidAMIID.Malformed for a malformed image ID, InvalidParameterValue for an unknown zone or bad value, InstanceLimitExceeded above the launch cap, IdempotentParameterMismatch when a -ClientToken is reused with other arguments. Parameters that RoleTools does not emulate, such as -NetworkInterface or -LaunchTemplate, fail with the error ID RoleTools.NotEmulated.<Parameter> instead of being ignored.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without launching.'
    )
    AwsOperation = 'RunInstances'
    Deviations   = @(
        'Any well-formed image ID is accepted, because RoleTools keeps no AMI catalogue; EC2 fails with InvalidAMIID.NotFound for an image that does not exist.'
        'Key pair names are recorded without a check, where EC2 fails with InvalidKeyPair.NotFound for an unknown key pair.'
        'When only -MinCount is given, MaxCount defaults to it, so -MinCount 3 launches three instances.'
        'One launch is capped at 100 instances (InstanceLimitExceeded), in place of EC2''s per-type vCPU quotas.'
        'Instances get no public IP address or public DNS name.'
        'HttpTokens defaults to optional, whatever the image; images whose settings require IMDSv2 are not modelled.'
        'us-east-1 has six availability zones (a to f) and every other region three (a to c), which differs from several real regions.'
        'Parameters for network interfaces, IPv6, launch templates, spot options, capacity reservations, placement groups and dedicated hosts fail with RoleTools.NotEmulated.<Parameter>.'
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Launch an instance with an instance profile'
            Code    = @'
$reservation = New-EC2Instance -ImageId ami-0abcdef1234567890 -InstanceType t3.micro -IamInstanceProfile_Name app-profile
$instanceId = $reservation.Instances[0].InstanceId
'@
            Remarks = 'Launches one t3.micro instance with the instance profile app-profile and keeps its ID. Start-RoleToolsMetadataEndpoint -InstanceId $instanceId then serves the role''s credentials.'
        }
        @{
            Title   = 'Launch tagged instances that require IMDSv2'
            Code    = @'
$tags = @{ ResourceType = 'instance'; Tags = @(@{ Key = 'Name'; Value = 'web' }, @{ Key = 'app'; Value = 'shop' }) }
New-EC2Instance -ImageId ami-0abcdef1234567890 -MinCount 2 -InstanceType t3.small -TagSpecification $tags -MetadataOptions_HttpToken required -Region eu-west-1
'@
            Remarks = 'Launches two instances in eu-west-1, tagged Name=web and app=shop, whose metadata endpoints accept only IMDSv2 requests with a session token.'
        }
        @{
            Title   = 'Pass user data from a file'
            Code    = @'
Set-Content -Path ./user-data.sh -Value "#!/bin/sh`necho hello"
New-EC2Instance -ImageId ami-0abcdef1234567890 -UserDataFile ./user-data.sh -EncodeUserData -Select Reservation.Instances.InstanceId
'@
            Remarks = 'Base64-encodes the script as the instance''s user data and writes only the new instance ID.'
        }
    )
    RelatedLinks = @('Get-EC2Instance', 'Remove-EC2Instance', 'Register-EC2IamInstanceProfile', 'Start-RoleToolsMetadataEndpoint')
}
