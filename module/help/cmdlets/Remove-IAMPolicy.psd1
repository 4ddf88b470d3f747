@{
    Synopsis     = 'Deletes a customer managed policy.'
    Description  = @(
        'Remove-IAMPolicy deletes a customer managed policy with its version. It writes nothing unless -Select is given.'
        'A policy still attached to a role, or used as a role''s permissions boundary, fails with DeleteConflict; detach it first with Unregister-IAMRolePolicy. An AWS managed policy cannot be deleted and fails with UnmodifiableEntity. A malformed ARN fails with ValidationError or InvalidInput and an unknown policy with NoSuchEntity.'
        'The cmdlet has ConfirmImpact High, so it prompts for confirmation unless -Force or -Confirm:$false is given; -WhatIf reports without deleting.'
    )
    AwsOperation = 'DeletePolicy'
    Deviations   = @(
        'The error code and message for deleting an AWS managed policy (UnmodifiableEntity) are unverified against IAM.'
        'A $null -PolicyArn is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Delete a policy'
            Code    = @'
$policy = New-IAMPolicy -PolicyName TemporaryAccess -PolicyDocument '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}'
Remove-IAMPolicy -PolicyArn $policy.Arn -Force
'@
            Remarks = 'Creates the policy TemporaryAccess and deletes it without a prompt.'
        }
    )
    RelatedLinks = @('New-IAMPolicy', 'Unregister-IAMRolePolicy')
}
