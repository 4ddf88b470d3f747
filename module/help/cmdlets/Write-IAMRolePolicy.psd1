@{
    Synopsis     = 'Adds or replaces an inline permissions policy of an IAM role.'
    Description  = @(
        'Write-IAMRolePolicy stores the document as the role''s inline policy named -PolicyName, replacing any inline policy of that name without an error, as IAM does. It writes nothing unless -Select is given.'
        'The document is checked as IAM checks a permissions policy: a document IAM would reject fails with MalformedPolicyDocument. The role''s inline policies together may hold 10,240 characters, not counting whitespace; more fails with LimitExceeded. An unknown role fails with NoSuchEntity. Nothing is written when the call fails.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without changing the role.'
    )
    AwsOperation = 'PutRolePolicy'
    Deviations   = @(
        'A policy document without a Version element is rejected with MalformedPolicyDocument, where IAM defaults Version to 2008-10-17.'
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Give a role read access to one bucket'
            Code    = @'
$policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::reports","arn:aws:s3:::reports/*"]}]}'
Write-IAMRolePolicy -RoleName app-role -PolicyName S3-Permissions -PolicyDocument $policy
'@
            Remarks = 'Adds the inline policy S3-Permissions to app-role. Running the same command with another document replaces it.'
        }
        @{
            Title   = 'Put a policy from a file'
            Code    = @'
Set-Content -Path ./logs-policy.json -Value '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:PutLogEvents","Resource":"*"}]}'
Write-IAMRolePolicy app-role Logs-Permissions (Get-Content -Raw ./logs-policy.json)
'@
            Remarks = 'Uses the positions of -RoleName, -PolicyName and -PolicyDocument; Get-Content -Raw passes the file as one string.'
        }
    )
    RelatedLinks = @('Get-IAMRolePolicy', 'Get-IAMRolePolicyList', 'Remove-IAMRolePolicy')
}
