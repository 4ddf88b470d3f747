@{
    Synopsis     = 'Adds tags to an IAM role or changes their values.'
    Description  = @(
        'Add-IAMRoleTag adds each tag to the role; a tag whose key the role already has, compared case-insensitively, gets the new value. It writes nothing unless -Select is given.'
        'An unknown role fails with NoSuchEntity, the same key twice in one call fails with InvalidInput, and more than 50 tags on the role fail with LimitExceeded. Nothing is written when the call fails.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without changing the role.'
    )
    AwsOperation = 'TagRole'
    Deviations   = @(
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error.'
    )
    Examples     = @(
        @{
            Title   = 'Tag a role'
            Code    = 'Add-IAMRoleTag -RoleName app-role -Tag @{ Key = ''env''; Value = ''test'' }, @{ Key = ''owner''; Value = ''platform'' }'
            Remarks = 'Adds two tags to app-role. PowerShell turns each hashtable into an Amazon.IdentityManagement.Model.Tag.'
        }
    )
    RelatedLinks = @('Get-IAMRoleTagList', 'Remove-IAMRoleTag')
}
