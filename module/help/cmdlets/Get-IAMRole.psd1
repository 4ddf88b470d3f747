@{
    Synopsis     = 'Gets an IAM role by name.'
    Description  = @(
        'Get-IAMRole reads one role from the RoleTools store and writes it as an Amazon.IdentityManagement.Model.Role (default -Select: Role). The name is matched case-insensitively, as IAM does. AssumeRolePolicyDocument is URL-encoded, as IAM returns it; decode it with [System.Net.WebUtility]::UrlDecode.'
        'A name that matches no role fails with NoSuchEntity.'
    )
    AwsOperation = 'GetRole'
    Deviations   = @(
        'A $null -RoleName is sent without the warning AWS Tools writes first, and fails with IAM''s validation error.'
    )
    Examples     = @(
        @{
            Title   = 'Get a role'
            Code    = 'Get-IAMRole -RoleName app-role'
            Remarks = 'Writes the role app-role with its Arn, RoleId, CreateDate and MaxSessionDuration.'
        }
        @{
            Title   = 'Read the trust policy as JSON'
            Code    = '[System.Net.WebUtility]::UrlDecode((Get-IAMRole app-role).AssumeRolePolicyDocument) | ConvertFrom-Json'
            Remarks = 'Decodes the URL-encoded trust policy and turns it into objects, so you can inspect its Principal and Action.'
        }
    )
    RelatedLinks = @('Get-IAMRoleList', 'New-IAMRole', 'Update-IAMRole')
}
