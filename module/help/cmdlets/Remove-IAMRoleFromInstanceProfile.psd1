@{
    Synopsis     = 'Removes an IAM role from an instance profile.'
    Description  = @(
        'Remove-IAMRoleFromInstanceProfile takes the role out of the instance profile; the role and the profile remain. It writes nothing unless -Select is given. Instances that have the profile stop getting the role''s credentials on their next metadata request.'
        'An unknown profile, or a role that is not in the profile, fails with NoSuchEntity.'
        'The cmdlet has ConfirmImpact High, so it prompts for confirmation unless -Force or -Confirm:$false is given; -WhatIf reports without changing the profile.'
    )
    AwsOperation = 'RemoveRoleFromInstanceProfile'
    Deviations   = @(
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Remove a role from a profile'
            Code    = 'Remove-IAMRoleFromInstanceProfile -InstanceProfileName app-profile -RoleName app-role -Force'
            Remarks = 'Empties app-profile without a prompt; Get-IAMInstanceProfile app-profile then shows no role.'
        }
    )
    RelatedLinks = @('Add-IAMRoleToInstanceProfile', 'Remove-IAMInstanceProfile')
}
