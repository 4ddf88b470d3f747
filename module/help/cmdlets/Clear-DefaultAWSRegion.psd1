@{
    Synopsis     = 'Clears the session''s default AWS region.'
    Description  = @(
        'Clear-DefaultAWSRegion sets $StoredAWSRegion to $null, so EC2 cmdlets fall back to the default profile''s region, AWS_REGION or AWS_DEFAULT_REGION, and then the store''s default region. It writes nothing.'
        'This cmdlet calls no AWS API: it only changes session state.'
    )
    AwsOperation = $null
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'Return to the store''s default region'
            Code    = @'
Set-DefaultAWSRegion -Region ap-southeast-2
Clear-DefaultAWSRegion
Get-DefaultAWSRegion
'@
            Remarks = 'After Clear-DefaultAWSRegion, Get-DefaultAWSRegion writes nothing.'
        }
    )
    RelatedLinks = @('Set-DefaultAWSRegion', 'Get-DefaultAWSRegion')
}
