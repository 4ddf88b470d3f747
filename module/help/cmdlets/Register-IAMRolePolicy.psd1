@{
    Synopsis     = 'Attaches a managed policy to an IAM role.'
    Description  = @(
        'Register-IAMRolePolicy attaches a customer or AWS managed policy to the role; attaching a policy that is already attached changes nothing, as in IAM. It writes nothing unless -Select is given. The policy''s AttachmentCount goes up by one.'
        'A malformed ARN fails with ValidationError or InvalidInput, an unknown role or policy with NoSuchEntity, and more than 10 managed policies on the role with LimitExceeded.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without attaching.'
    )
    AwsOperation = 'AttachRolePolicy'
    Deviations   = @(
        'Only the 21 AWS managed policies in RoleTools'' catalogue can be attached; any other arn:aws:iam::aws:policy/ ARN fails with NoSuchEntity.'
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Attach an AWS managed policy'
            Code    = 'Register-IAMRolePolicy -RoleName app-role -PolicyArn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'
            Remarks = 'Gives app-role read access to S3 through the AWS managed policy.'
        }
        @{
            Title   = 'Attach a policy found by name'
            Code    = 'Get-IAMPolicyList -Scope AWS | Where-Object PolicyName -eq ''CloudWatchAgentServerPolicy'' | ForEach-Object { Register-IAMRolePolicy -RoleName app-role -PolicyArn $_.Arn }'
            Remarks = 'Looks up the ARN of CloudWatchAgentServerPolicy and attaches it to app-role.'
        }
    )
    RelatedLinks = @('Unregister-IAMRolePolicy', 'Get-IAMAttachedRolePolicyList', 'Get-IAMPolicyList')
}
