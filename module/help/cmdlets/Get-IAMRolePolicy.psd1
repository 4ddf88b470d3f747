@{
    Synopsis     = 'Gets an inline policy of an IAM role.'
    Description  = @(
        'Get-IAMRolePolicy writes the whole GetRolePolicyResponse (default -Select: *), with RoleName, PolicyName and PolicyDocument. PolicyDocument is URL-encoded, as IAM returns it; decode it with [System.Net.WebUtility]::UrlDecode.'
        'An unknown role, or a policy name the role does not have, fails with NoSuchEntity.'
    )
    AwsOperation = 'GetRolePolicy'
    Deviations   = @(
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Read an inline policy as JSON'
            Code    = @'
$response = Get-IAMRolePolicy -RoleName app-role -PolicyName S3-Permissions
[System.Net.WebUtility]::UrlDecode($response.PolicyDocument) | ConvertFrom-Json
'@
            Remarks = 'Gets the inline policy S3-Permissions of app-role and turns its decoded document into objects.'
        }
    )
    RelatedLinks = @('Write-IAMRolePolicy', 'Get-IAMRolePolicyList')
}
