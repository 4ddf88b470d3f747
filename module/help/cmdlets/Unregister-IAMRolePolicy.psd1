@{
    Synopsis     = 'Detaches a managed policy from an IAM role.'
    Description  = @(
        'Unregister-IAMRolePolicy detaches the managed policy from the role; the policy itself remains. It writes nothing unless -Select is given. To delete an inline policy, use Remove-IAMRolePolicy.'
        'A malformed ARN fails with ValidationError or InvalidInput; an unknown role, or a policy that is not attached to the role, fails with NoSuchEntity.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without detaching.'
    )
    AwsOperation = 'DetachRolePolicy'
    Deviations   = @(
        'The NoSuchEntity message for a policy that is not attached is inferred from IAM''s other messages and is unverified.'
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Detach a managed policy'
            Code    = @'
Register-IAMRolePolicy -RoleName app-role -PolicyArn arn:aws:iam::aws:policy/IAMReadOnlyAccess
Unregister-IAMRolePolicy -RoleName app-role -PolicyArn arn:aws:iam::aws:policy/IAMReadOnlyAccess
'@
            Remarks = 'Attaches IAMReadOnlyAccess to app-role and detaches it again.'
        }
        @{
            Title   = 'Detach every managed policy of a role'
            Code    = 'Get-IAMAttachedRolePolicyList -RoleName app-role | ForEach-Object { Unregister-IAMRolePolicy -RoleName app-role -PolicyArn $_.PolicyArn -Force }'
            Remarks = 'Leaves app-role with no managed policies, for example before Remove-IAMRole.'
        }
    )
    RelatedLinks = @('Register-IAMRolePolicy', 'Get-IAMAttachedRolePolicyList')
}
