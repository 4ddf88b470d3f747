@{
    Synopsis     = 'Creates a customer managed policy.'
    Description  = @(
        'New-IAMPolicy creates a managed policy in the store''s account, with the document as its default version v1, and writes it as an Amazon.IdentityManagement.Model.ManagedPolicy (default -Select: Policy). Attach it to roles with Register-IAMRolePolicy, or name it in New-IAMRole -PermissionsBoundary.'
        'The document is checked as IAM checks a permissions policy: a document IAM would reject fails with MalformedPolicyDocument, and one over 6,144 characters (not counting whitespace) fails with LimitExceeded. A name already used under any path fails with EntityAlreadyExists.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without creating the policy.'
    )
    AwsOperation = 'CreatePolicy'
    Deviations   = @(
        'A policy document without a Version element is rejected with MalformedPolicyDocument, where IAM defaults Version to 2008-10-17.'
        'The LimitExceeded quota name for too many customer managed policies is inferred from IAM''s other messages and is unverified.'
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Create a managed policy'
            Code    = @'
$document = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-1:123456789012:orders"}]}'
$policy = New-IAMPolicy -PolicyName SendOrders -PolicyDocument $document -Description 'Send to the orders queue'
$policy.Arn
'@
            Remarks = 'Creates the policy SendOrders and writes its ARN, arn:aws:iam::<account>:policy/SendOrders, which other cmdlets take as -PolicyArn.'
        }
    )
    RelatedLinks = @('Get-IAMPolicy', 'Register-IAMRolePolicy', 'Remove-IAMPolicy')
}
