@{
    Synopsis     = 'Lists the instance profiles that contain an IAM role.'
    Description  = @(
        'Get-IAMInstanceProfileForRole writes each instance profile that holds the role, as an Amazon.IdentityManagement.Model.InstanceProfile (default -Select: InstanceProfiles). All pages are read unless -NoAutoIteration or -Marker is given.'
        'An unknown role fails with NoSuchEntity; a role in no profile writes nothing.'
    )
    AwsOperation = 'ListInstanceProfilesForRole'
    Deviations   = @(
        'A $null -RoleName is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Find the profiles of a role'
            Code    = 'Get-IAMInstanceProfileForRole -RoleName app-role | Select-Object InstanceProfileName, Arn'
            Remarks = 'Shows which instance profiles give app-role to instances; remove the role from each before Remove-IAMRole.'
        }
    )
    RelatedLinks = @('Get-IAMInstanceProfile', 'Remove-IAMRoleFromInstanceProfile', 'Remove-IAMRole')
}
