@{
    Synopsis     = 'Deletes an inline policy of an IAM role.'
    Description  = @(
        'Remove-IAMRolePolicy deletes the role''s inline policy named -PolicyName. It writes nothing unless -Select is given. To take off a managed policy, use Unregister-IAMRolePolicy.'
        'An unknown role, or a policy name the role does not have, fails with NoSuchEntity.'
        'The cmdlet has ConfirmImpact High, so it prompts for confirmation unless -Force or -Confirm:$false is given; -WhatIf reports without deleting.'
    )
    AwsOperation = 'DeleteRolePolicy'
    Deviations   = @(
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Delete an inline policy'
            Code    = 'Remove-IAMRolePolicy -RoleName app-role -PolicyName S3-Permissions -Force'
            Remarks = 'Deletes the inline policy S3-Permissions of app-role without a prompt.'
        }
    )
    RelatedLinks = @('Write-IAMRolePolicy', 'Get-IAMRolePolicyList')
}
