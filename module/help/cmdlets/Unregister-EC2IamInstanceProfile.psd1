@{
    Synopsis     = 'Detaches the IAM instance profile from an emulated EC2 instance.'
    Description  = @(
        'Unregister-EC2IamInstanceProfile ends an association, on a running or stopped instance, and writes the Amazon.EC2.Model.IamInstanceProfileAssociation in state disassociating (default -Select: IamInstanceProfileAssociation). The association disappears once the store''s transition delay has passed on the emulated clock, and from then on the instance''s metadata endpoint serves no role credentials.'
        'It takes the association ID (iip-assoc-...), not an instance ID: something that is not an association ID fails with InvalidParameterValue, and an unknown association with InvalidAssociationID.NotFound.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without detaching.'
    )
    AwsOperation = 'DisassociateIamInstanceProfile'
    Deviations   = @(
        'The InvalidAssociationID.NotFound message wording is unverified; it follows EC2''s message for an unknown instance ID.'
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Detach the profile of an instance'
            Code    = 'Get-EC2IamInstanceProfileAssociation -Filter @{ Name = ''instance-id''; Values = $instanceId } | Unregister-EC2IamInstanceProfile'
            Remarks = 'The association from the pipeline binds to -AssociationId by property name, so the profile of the instance in $instanceId is detached.'
        }
    )
    RelatedLinks = @('Register-EC2IamInstanceProfile', 'Get-EC2IamInstanceProfileAssociation')
}
