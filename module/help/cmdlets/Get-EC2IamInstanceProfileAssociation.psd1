@{
    Synopsis     = 'Lists the IAM instance profile associations of emulated EC2 instances.'
    Description  = @(
        'Get-EC2IamInstanceProfileAssociation writes the resolved region''s associations as Amazon.EC2.Model.IamInstanceProfileAssociation objects (default -Select: IamInstanceProfileAssociations): the ones named by -AssociationId, or all of them narrowed by the filters instance-id and state (associating, associated, disassociating). It has no positional parameter. All pages are read unless -NoAutoIteration or -NextToken is given.'
        'An unknown association ID fails the whole call with InvalidAssociationID.NotFound. -AssociationId with -MaxResult fails with InvalidParameterCombination, and an unknown filter name with InvalidParameterValue.'
    )
    AwsOperation = 'DescribeIamInstanceProfileAssociations'
    Deviations   = @(
        'The InvalidAssociationID.NotFound message wording is unverified; it follows EC2''s message for an unknown instance ID.'
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Find the association of an instance'
            Code    = 'Get-EC2IamInstanceProfileAssociation -Filter @{ Name = ''instance-id''; Values = $instanceId }'
            Remarks = 'Writes the association of the instance in $instanceId, with its AssociationId, State and IamInstanceProfile.Arn, or nothing when it has none.'
        }
        @{
            Title   = 'List all active associations'
            Code    = 'Get-EC2IamInstanceProfileAssociation -Filter @{ Name = ''state''; Values = ''associated'' } | Select-Object InstanceId, AssociationId, @{ Name = ''Profile''; Expression = { $_.IamInstanceProfile.Arn } }'
            Remarks = 'Shows which instance has which instance profile.'
        }
    )
    RelatedLinks = @('Register-EC2IamInstanceProfile', 'Set-EC2IamInstanceProfileAssociation', 'Unregister-EC2IamInstanceProfile')
}
