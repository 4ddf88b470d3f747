@{
    Synopsis     = 'Gets the session''s default AWS region.'
    Description  = @(
        'Get-DefaultAWSRegion writes the region in $StoredAWSRegion as an AWSRegion object with Region (the system name) and Name, or nothing when no default region is set for the session.'
        'This cmdlet calls no AWS API: it only reads session state.'
    )
    AwsOperation = $null
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'Show the default region'
            Code    = @'
Set-DefaultAWSRegion -Region us-west-2
Get-DefaultAWSRegion
'@
            Remarks = 'Writes the AWSRegion us-west-2 (US West (Oregon)).'
        }
    )
    RelatedLinks = @('Set-DefaultAWSRegion', 'Clear-DefaultAWSRegion')
}
