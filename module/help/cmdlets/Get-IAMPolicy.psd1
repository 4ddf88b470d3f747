@{
    Synopsis     = 'Gets a customer or AWS managed policy by ARN.'
    Description  = @(
        'Get-IAMPolicy writes the managed policy as an Amazon.IdentityManagement.Model.ManagedPolicy (default -Select: Policy), with its DefaultVersionId, AttachmentCount and PermissionsBoundaryUsageCount. The document itself is read with Get-IAMPolicyVersion.'
        'A malformed ARN fails with ValidationError or InvalidInput; an ARN that names no policy fails with NoSuchEntity.'
    )
    AwsOperation = 'GetPolicy'
    Deviations   = @(
        'Only the 21 AWS managed policies in RoleTools'' catalogue exist, so any other arn:aws:iam::aws:policy/ ARN fails with NoSuchEntity.'
        'The NoSuchEntity message wording is inferred from IAM''s other messages and is unverified.'
        'A $null -PolicyArn is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Get an AWS managed policy'
            Code    = 'Get-IAMPolicy -PolicyArn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'
            Remarks = 'Writes the policy with its default version and how many roles it is attached to.'
        }
    )
    RelatedLinks = @('Get-IAMPolicyVersion', 'Get-IAMPolicyList')
}
