@{
    Synopsis     = 'Replaces the trust policy of an IAM role.'
    Description  = @(
        'Update-IAMAssumeRolePolicy replaces the role''s trust policy, the document that says who may assume the role. It writes nothing unless -Select is given.'
        'The document is checked as IAM checks it: a document IAM would reject fails with MalformedPolicyDocument, and one over 2,048 characters (not counting whitespace) fails with LimitExceeded. An unknown role fails with NoSuchEntity. Running metadata endpoints read the new trust policy on their next request, so removing ec2.amazonaws.com from it stops credentials from being served.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without changing the role.'
    )
    AwsOperation = 'UpdateAssumeRolePolicy'
    Deviations   = @(
        'A policy document without a Version element is rejected with MalformedPolicyDocument, where IAM defaults Version to 2008-10-17.'
        'Role and user ARNs in the trust policy are checked for form only, where IAM also rejects a principal that does not exist.'
        'Condition blocks in the trust policy are stored but not evaluated: the metadata endpoint treats a statement with conditions as matching.'
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error.'
    )
    Examples     = @(
        @{
            Title   = 'Let EC2 and Lambda assume a role'
            Code    = @'
$trustPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","lambda.amazonaws.com"]},"Action":"sts:AssumeRole"}]}'
Update-IAMAssumeRolePolicy -RoleName app-role -PolicyDocument $trustPolicy
'@
            Remarks = 'Replaces the trust policy of app-role with one that trusts both services.'
        }
    )
    RelatedLinks = @('New-IAMRole', 'Get-IAMRole')
}
