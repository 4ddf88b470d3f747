@{
    Synopsis     = 'Lists customer and AWS managed policies.'
    Description  = @(
        'Get-IAMPolicyList writes managed policies as Amazon.IdentityManagement.Model.ManagedPolicy objects (default -Select: Policies): all of them, only AWS managed ones (-Scope AWS) or only customer managed ones (-Scope Local). -OnlyAttached $true keeps only policies in use, and -PathPrefix only those whose path starts with it. All pages are read unless -NoAutoIteration or -Marker is given.'
        'A -Marker that no earlier listing returned fails with InvalidInput.'
    )
    AwsOperation = 'ListPolicies'
    Deviations   = @(
        'The AWS scope lists only the 21 AWS managed policies in RoleTools'' catalogue, not the full AWS list.'
        '-PolicyUsageFilter narrows the list only together with -OnlyAttached $true; on its own it is ignored, where IAM applies it.'
    )
    Examples     = @(
        @{
            Title   = 'List your own policies'
            Code    = 'Get-IAMPolicyList -Scope Local | Select-Object PolicyName, Arn, AttachmentCount'
            Remarks = 'Shows the customer managed policies of the store''s account and how many roles use each.'
        }
        @{
            Title   = 'Find AWS managed policies by name'
            Code    = 'Get-IAMPolicyList -Scope AWS | Where-Object PolicyName -like ''*S3*'' | Select-Object PolicyName, Arn'
            Remarks = 'Lists the AWS managed policies whose names contain S3, such as AmazonS3ReadOnlyAccess.'
        }
        @{
            Title   = 'List policies that are attached'
            Code    = 'Get-IAMPolicyList -OnlyAttached $true -PolicyUsageFilter PermissionsPolicy'
            Remarks = 'Writes only the policies attached to at least one role as permissions policies.'
        }
    )
    RelatedLinks = @('Get-IAMPolicy', 'New-IAMPolicy')
}
