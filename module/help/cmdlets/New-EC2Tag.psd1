@{
    Synopsis     = 'Adds or overwrites tags on emulated EC2 instances.'
    Description  = @(
        'New-EC2Tag sets each tag on each instance in -Resource; a key the instance already has gets the new value. It writes nothing unless -Select is given.'
        'A malformed resource ID fails with InvalidID, an unknown instance with InvalidInstanceID.NotFound, a missing -Tag with MissingParameter, and more than 50 tags on an instance with TagLimitExceeded.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without tagging.'
    )
    AwsOperation = 'CreateTags'
    Deviations   = @(
        'Only instances can be tagged: other resource IDs, such as security groups or volumes, fail with RoleTools.NotEmulated.TagResourceType.'
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Tag an instance'
            Code    = 'New-EC2Tag -Resource $instanceId -Tag @{ Key = ''env''; Value = ''test'' }, @{ Key = ''owner''; Value = ''platform'' }'
            Remarks = 'Sets the tags env=test and owner=platform on the instance in $instanceId.'
        }
    )
    RelatedLinks = @('Get-EC2Tag', 'Remove-EC2Tag')
}
