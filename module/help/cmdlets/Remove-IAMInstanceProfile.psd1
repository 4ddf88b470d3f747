@{
    Synopsis     = 'Deletes an IAM instance profile.'
    Description  = @(
        'Remove-IAMInstanceProfile deletes an instance profile from the store. It writes nothing unless -Select is given.'
        'A profile that still holds a role fails with DeleteConflict; remove the role first with Remove-IAMRoleFromInstanceProfile. An unknown profile fails with NoSuchEntity.'
        'The cmdlet has ConfirmImpact High, so it prompts for confirmation unless -Force or -Confirm:$false is given; -WhatIf reports without deleting.'
    )
    AwsOperation = 'DeleteInstanceProfile'
    Deviations   = @(
        'A $null -InstanceProfileName is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Delete an empty profile'
            Code    = @'
New-IAMInstanceProfile -InstanceProfileName unused-profile | Out-Null
Remove-IAMInstanceProfile -InstanceProfileName unused-profile -Force
'@
            Remarks = 'Creates a profile and deletes it without a prompt.'
        }
        @{
            Title   = 'Preview a deletion'
            Code    = 'Remove-IAMInstanceProfile -InstanceProfileName app-profile -WhatIf'
            Remarks = 'Reports what would be deleted and changes nothing, even with -Force.'
        }
    )
    RelatedLinks = @('New-IAMInstanceProfile', 'Remove-IAMRoleFromInstanceProfile')
}
