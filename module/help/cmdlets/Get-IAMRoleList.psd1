@{
    Synopsis     = 'Lists IAM roles.'
    Description  = @(
        'Get-IAMRoleList writes every role in the RoleTools store as an Amazon.IdentityManagement.Model.Role (default -Select: Roles), or only those whose path starts with -PathPrefix. It reads all pages unless -NoAutoIteration or -Marker is given.'
        'Roles returned by a list carry no tags and no permissions boundary, as in IAM; use Get-IAMRole or Get-IAMRoleTagList for those. A -Marker that no earlier listing returned fails with InvalidInput.'
    )
    AwsOperation = 'ListRoles'
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'List all roles'
            Code    = 'Get-IAMRoleList | Select-Object RoleName, Arn, CreateDate'
            Remarks = 'Shows the name, ARN and creation time of every role.'
        }
        @{
            Title   = 'List roles under a path, one page at a time'
            Code    = @'
$page = Get-IAMRoleList -PathPrefix / -MaxItem 10 -NoAutoIteration -Select *
$page.Roles.RoleName
$page.IsTruncated
'@
            Remarks = 'Writes the first ListRolesResponse of at most ten roles. When IsTruncated is $true, pass $page.Marker to -Marker to read the next page.'
        }
    )
    RelatedLinks = @('Get-IAMRole', 'New-IAMRole')
}
