@{
    Synopsis     = 'Sets the session''s default AWS region.'
    Description  = @(
        'Set-DefaultAWSRegion sets $StoredAWSRegion, which EC2 cmdlets use when -Region is not given. Without -Region it takes the region that the default profile, AWS_REGION or AWS_DEFAULT_REGION, or the store''s default region gives. A name missing from the SDK''s region list is accepted, as in AWS Tools, but EC2 cmdlets then fail with ArgumentOutOfRangeException. It writes nothing.'
        'This cmdlet calls no AWS API: it only changes session state. IAM cmdlets ignore the region, because IAM is global.'
    )
    AwsOperation = $null
    Deviations   = @(
        'When no region source is set it falls back to the store''s default region, where AWS Tools asks instance metadata.'
    )
    Examples     = @(
        @{
            Title   = 'Work in another region'
            Code    = @'
Set-DefaultAWSRegion -Region eu-west-1
New-EC2Instance -ImageId ami-0abcdef1234567890 -Select Reservation.Instances.Placement.AvailabilityZone
'@
            Remarks = 'EC2 cmdlets now work in eu-west-1, so the new instance is placed in a zone such as eu-west-1a.'
        }
    )
    RelatedLinks = @('Get-DefaultAWSRegion', 'Clear-DefaultAWSRegion', 'Get-AWSRegion')
}
