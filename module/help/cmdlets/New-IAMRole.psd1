@{
    Synopsis     = 'Creates an IAM role from a trust policy.'
    Description  = @(
        'New-IAMRole creates a role in the RoleTools store and writes the new Amazon.IdentityManagement.Model.Role (default -Select: Role). The role gets an ARN in the store''s account, a role ID starting with AROA, and the creation time of the emulated clock.'
        'The trust policy (-AssumeRolePolicyDocument) is parsed and checked as IAM checks it; a document that IAM would reject fails with MalformedPolicyDocument. A name already in use, compared case-insensitively, fails with EntityAlreadyExists, a -PermissionsBoundary ARN that names no policy fails with NoSuchEntity, and the account''s role quota fails with LimitExceeded. Nothing is written when the call fails.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without creating the role.'
    )
    AwsOperation = 'CreateRole'
    Deviations   = @(
        'A policy document without a Version element is rejected with MalformedPolicyDocument, where IAM defaults Version to 2008-10-17.'
        'Role and user ARNs in the trust policy are checked for form only, where IAM also rejects a principal that does not exist.'
        'Condition blocks in the trust policy are stored but not evaluated: the metadata endpoint treats a statement with conditions as matching.'
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error.'
    )
    Examples     = @(
        @{
            Title   = 'Create a role that EC2 instances can use'
            Code    = @'
$trustPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
New-IAMRole -RoleName s3-reader -AssumeRolePolicyDocument $trustPolicy -Description 'Reads the reports bucket'
'@
            Remarks = 'Creates the role s3-reader with a trust policy that lets EC2 assume it, and writes the Role object with its Arn and RoleId.'
        }
        @{
            Title   = 'Read the trust policy from a file and tag the role'
            Code    = @'
Set-Content -Path ./trust.json -Value '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
New-IAMRole -RoleName batch-worker -Path /apps/ -AssumeRolePolicyDocument (Get-Content -Raw ./trust.json) -Tag @{ Key = 'team'; Value = 'data' } -MaxSessionDuration 7200
'@
            Remarks = 'Creates a role under the path /apps/ with a two-hour maximum session and one tag. Get-Content -Raw passes the file as one string.'
        }
        @{
            Title   = 'Handle a name that is taken'
            Code    = @'
try {
    New-IAMRole -RoleName s3-reader -AssumeRolePolicyDocument $trustPolicy
}
catch {
    $_.Exception.InnerException.ErrorCode
}
'@
            Remarks = 'A second role named s3-reader fails with a terminating error whose inner exception is EntityAlreadyExistsException, so this writes EntityAlreadyExists.'
        }
    )
    RelatedLinks = @('Get-IAMRole', 'Remove-IAMRole', 'Update-IAMAssumeRolePolicy', 'New-IAMInstanceProfile')
}
