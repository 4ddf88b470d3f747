@{
    Synopsis     = 'Removes tags from an IAM role.'
    Description  = @(
        'Remove-IAMRoleTag removes the tags with the given keys, compared case-insensitively; a key the role does not have is ignored, as in IAM. It writes nothing unless -Select is given.'
        'An unknown role fails with NoSuchEntity.'
        'The cmdlet has ConfirmImpact High, so it prompts for confirmation unless -Force or -Confirm:$false is given; -WhatIf reports without changing the role.'
    )
    AwsOperation = 'UntagRole'
    Deviations   = @(
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error.'
    )
    Examples     = @(
        @{
            Title   = 'Remove a tag'
            Code    = @'
Add-IAMRoleTag -RoleName app-role -Tag @{ Key = 'temporary'; Value = 'yes' }
Remove-IAMRoleTag -RoleName app-role -TagKey temporary -Force
'@
            Remarks = 'Adds the tag temporary and removes it again without a prompt.'
        }
    )
    RelatedLinks = @('Add-IAMRoleTag', 'Get-IAMRoleTagList')
}
