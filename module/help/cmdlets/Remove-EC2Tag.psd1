@{
    Synopsis     = 'Removes tags from emulated EC2 instances.'
    Description  = @(
        'Remove-EC2Tag removes tags from each instance in -Resource. A tag given with a Value is removed only when the instance''s value matches; a tag given by Key alone is removed whatever its value; without -Tag every tag goes. It writes nothing unless -Select is given.'
        'A malformed resource ID fails with InvalidID, and an unknown instance with InvalidInstanceID.NotFound.'
        'The cmdlet has ConfirmImpact High, so it prompts for confirmation unless -Force or -Confirm:$false is given; -WhatIf reports without removing anything.'
    )
    AwsOperation = 'DeleteTags'
    Deviations   = @(
        'Only instances can be untagged: other resource IDs fail with RoleTools.NotEmulated.TagResourceType.'
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Remove a tag by key'
            Code    = @'
New-EC2Tag -Resource $instanceId -Tag @{ Key = 'temporary'; Value = 'yes' }
Remove-EC2Tag -Resource $instanceId -Tag @{ Key = 'temporary' } -Force
'@
            Remarks = 'Adds the tag temporary to the instance in $instanceId and removes it again, whatever its value, without a prompt.'
        }
    )
    RelatedLinks = @('New-EC2Tag', 'Get-EC2Tag')
}
