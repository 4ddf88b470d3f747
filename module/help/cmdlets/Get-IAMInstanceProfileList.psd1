@{
    Synopsis     = 'Lists IAM instance profiles.'
    Description  = @(
        'Get-IAMInstanceProfileList writes every instance profile in the store, ordered by name, as Amazon.IdentityManagement.Model.InstanceProfile objects with their roles (default -Select: InstanceProfiles). -PathPrefix keeps only profiles whose path starts with it. All pages are read unless -NoAutoIteration or -Marker is given.'
        'A -Marker that no earlier listing returned fails with InvalidInput.'
    )
    AwsOperation = 'ListInstanceProfiles'
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'List profiles and their roles'
            Code    = 'Get-IAMInstanceProfileList | Select-Object InstanceProfileName, @{ Name = ''Role''; Expression = { $_.Roles.RoleName } }'
            Remarks = 'Shows each profile with the name of its role; empty profiles show no role.'
        }
        @{
            Title   = 'List profiles under a path'
            Code    = 'Get-IAMInstanceProfileList -PathPrefix /apps/'
            Remarks = 'Writes only the profiles whose path starts with /apps/.'
        }
    )
    RelatedLinks = @('Get-IAMInstanceProfile', 'Get-IAMInstanceProfileForRole')
}
