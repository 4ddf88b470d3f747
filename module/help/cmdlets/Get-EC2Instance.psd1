@{
    Synopsis     = 'Describes emulated EC2 instances.'
    Description  = @(
        'Get-EC2Instance writes Amazon.EC2.Model.Reservation objects, each holding its Instances (default -Select: Reservations), for the given instances or for every instance of the resolved region. -Filter narrows the result; supported filter names include instance-state-name, instance-id, instance-type, image-id, iam-instance-profile.arn, availability-zone, subnet-id, vpc-id, private-ip-address, metadata-options.http-tokens, tag-key, tag-value and tag:KEY, and values take * and ? wildcards. An unknown filter name fails with InvalidParameterValue.'
        'An unknown instance ID fails the whole call with InvalidInstanceID.NotFound, and a malformed one with InvalidInstanceID.Malformed. Terminated instances stay visible for an hour of emulated time. All pages are read unless -NoAutoIteration or -NextToken is given.'
    )
    AwsOperation = 'DescribeInstances'
    Deviations   = @(
        'Only the filter names listed above are supported; other filter names that EC2 accepts fail with InvalidParameterValue.'
        'Instances have no public IP address or public DNS name.'
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Show running instances'
            Code    = '(Get-EC2Instance -Filter @{ Name = ''instance-state-name''; Values = ''running'' }).Instances | Select-Object InstanceId, InstanceType, PrivateIpAddress, @{ Name = ''Profile''; Expression = { $_.IamInstanceProfile.Arn } }'
            Remarks = 'Lists each running instance with its type, private address and the ARN of its instance profile, if any.'
        }
        @{
            Title   = 'Get one instance'
            Code    = '(Get-EC2Instance -InstanceId $instanceId).Instances[0].State.Name'
            Remarks = 'Writes the state of the instance whose ID is in $instanceId, such as running or stopped.'
        }
        @{
            Title   = 'Find instances by tag'
            Code    = 'Get-EC2Instance -Filter @{ Name = ''tag:app''; Values = ''shop'' } | Select-Object -ExpandProperty Instances'
            Remarks = 'Writes the instances tagged app=shop.'
        }
    )
    RelatedLinks = @('New-EC2Instance', 'Get-EC2IamInstanceProfileAssociation')
}
