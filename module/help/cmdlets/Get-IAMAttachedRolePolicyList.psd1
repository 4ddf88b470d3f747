@{
    Synopsis     = 'Lists the managed policies attached to an IAM role.'
    Description  = @(
        'Get-IAMAttachedRolePolicyList writes an Amazon.IdentityManagement.Model.AttachedPolicyType, with PolicyName and PolicyArn, for each managed policy attached to the role (default -Select: AttachedPolicies). -PathPrefix keeps only policies whose path starts with it. Inline policies are listed by Get-IAMRolePolicyList instead. All pages are read unless -NoAutoIteration or -Marker is given.'
        'An unknown role fails with NoSuchEntity.'
    )
    AwsOperation = 'ListAttachedRolePolicies'
    Deviations   = @(
        'A $null -RoleName is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'List the managed policies of a role'
            Code    = 'Get-IAMAttachedRolePolicyList -RoleName app-role'
            Remarks = 'Writes the name and ARN of each managed policy attached to app-role.'
        }
    )
    RelatedLinks = @('Register-IAMRolePolicy', 'Unregister-IAMRolePolicy', 'Get-IAMRolePolicyList')
}
