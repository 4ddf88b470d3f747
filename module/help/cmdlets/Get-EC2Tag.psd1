@{
    Synopsis     = 'Lists the tags of emulated EC2 instances.'
    Description  = @(
        'Get-EC2Tag writes an Amazon.EC2.Model.TagDescription, with ResourceId, ResourceType, Key and Value, for each tag of the resolved region''s instances (default -Select: Tags). -Filter narrows the result by key, value, resource-id, resource-type or tag:KEY, and values take * and ? wildcards. All pages are read unless -NoAutoIteration or -NextToken is given.'
        'An unknown filter name fails with InvalidParameterValue.'
    )
    AwsOperation = 'DescribeTags'
    Deviations   = @(
        'Only instance tags exist, so every TagDescription has ResourceType instance.'
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'List the tags of one instance'
            Code    = 'Get-EC2Tag -Filter @{ Name = ''resource-id''; Values = $instanceId }'
            Remarks = 'Writes one TagDescription per tag of the instance in $instanceId.'
        }
        @{
            Title   = 'Find instances with an env tag'
            Code    = 'Get-EC2Tag -Filter @{ Name = ''key''; Values = ''env'' } | Select-Object ResourceId, Value'
            Remarks = 'Shows each instance that has an env tag, with the tag''s value.'
        }
    )
    RelatedLinks = @('New-EC2Tag', 'Remove-EC2Tag')
}
