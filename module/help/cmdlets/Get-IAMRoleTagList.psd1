@{
    Synopsis     = 'Lists the tags of an IAM role.'
    Description  = @(
        'Get-IAMRoleTagList writes the role''s tags as Amazon.IdentityManagement.Model.Tag objects with Key and Value (default -Select: Tags). It reads all pages unless -NoAutoIteration or -Marker is given.'
        'An unknown role fails with NoSuchEntity.'
    )
    AwsOperation = 'ListRoleTags'
    Deviations   = @(
        'A $null -RoleName is sent without the warning AWS Tools writes first, and fails with IAM''s validation error.'
    )
    Examples     = @(
        @{
            Title   = 'Show a role''s tags'
            Code    = 'Get-IAMRoleTagList -RoleName app-role'
            Remarks = 'Writes one Tag object per tag of app-role.'
        }
        @{
            Title   = 'Turn the tags into a hashtable'
            Code    = '$tags = @{}; Get-IAMRoleTagList app-role | ForEach-Object { $tags[$_.Key] = $_.Value }; $tags'
            Remarks = 'Builds a hashtable of key to value, which is easier to test in a script.'
        }
    )
    RelatedLinks = @('Add-IAMRoleTag', 'Remove-IAMRoleTag')
}
