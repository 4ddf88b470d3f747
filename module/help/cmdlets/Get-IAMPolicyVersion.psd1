@{
    Synopsis     = 'Gets one version of a managed policy, with its document.'
    Description  = @(
        'Get-IAMPolicyVersion writes the version as an Amazon.IdentityManagement.Model.PolicyVersion (default -Select: PolicyVersion), with its URL-encoded Document, IsDefaultVersion and CreateDate. A policy''s DefaultVersionId, from Get-IAMPolicy, names its current version.'
        'A malformed ARN fails with ValidationError or InvalidInput; an unknown policy or version fails with NoSuchEntity.'
    )
    AwsOperation = 'GetPolicyVersion'
    Deviations   = @(
        'Documents of AWS managed policies keep the indentation of RoleTools'' catalogue files, so their whitespace may differ from what IAM returns.'
        'Only the 21 AWS managed policies in RoleTools'' catalogue exist, so any other arn:aws:iam::aws:policy/ ARN fails with NoSuchEntity.'
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Read the current document of a policy'
            Code    = @'
$arn = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'
$version = Get-IAMPolicyVersion -PolicyArn $arn -VersionId (Get-IAMPolicy $arn).DefaultVersionId
[System.Net.WebUtility]::UrlDecode($version.Document) | ConvertFrom-Json
'@
            Remarks = 'Looks up the default version, reads it and turns the decoded document into objects.'
        }
    )
    RelatedLinks = @('Get-IAMPolicy', 'New-IAMPolicy')
}
