@{
    Synopsis     = 'Lists the names of the inline policies of an IAM role.'
    Description  = @(
        'Get-IAMRolePolicyList writes the name of each inline policy of the role as a string (default -Select: PolicyNames). Managed policies attached to the role are listed by Get-IAMAttachedRolePolicyList instead. All pages are read unless -NoAutoIteration or -Marker is given.'
        'An unknown role fails with NoSuchEntity.'
    )
    AwsOperation = 'ListRolePolicies'
    Deviations   = @(
        'A $null -RoleName is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'List inline policy names'
            Code    = 'Get-IAMRolePolicyList -RoleName app-role'
            Remarks = 'Writes one string per inline policy of app-role, such as S3-Permissions.'
        }
    )
    RelatedLinks = @('Get-IAMRolePolicy', 'Write-IAMRolePolicy', 'Get-IAMAttachedRolePolicyList')
}
