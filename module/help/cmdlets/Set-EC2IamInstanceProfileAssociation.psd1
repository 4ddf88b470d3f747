@{
    Synopsis     = 'Replaces the IAM instance profile of a running emulated EC2 instance.'
    Description  = @(
        'Set-EC2IamInstanceProfileAssociation gives a running instance another instance profile without detaching first. It writes the new Amazon.EC2.Model.IamInstanceProfileAssociation, which has a new association ID and starts in state associating (default -Select: IamInstanceProfileAssociation). The metadata endpoint serves the new role''s credentials once the association is associated.'
        'It takes the ID of the association to replace (iip-assoc-...), not an instance ID: something that is not an association ID fails with InvalidParameterValue, and an unknown association with InvalidAssociationID.NotFound. On an instance that is not running, or for an association that is not the active one, it fails with IncorrectState; on a stopped instance use Unregister-EC2IamInstanceProfile and then Register-EC2IamInstanceProfile. An unknown profile fails with InvalidParameterValue.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without replacing.'
    )
    AwsOperation = 'ReplaceIamInstanceProfileAssociation'
    Deviations   = @(
        'The replaced association disappears at once instead of passing through disassociating.'
        'The InvalidAssociationID.NotFound message wording is unverified; it follows EC2''s message for an unknown instance ID.'
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Switch an instance to another profile'
            Code    = @'
New-IAMInstanceProfile -InstanceProfileName audit-profile | Out-Null
Add-IAMRoleToInstanceProfile -InstanceProfileName audit-profile -RoleName app-role
$current = Get-EC2IamInstanceProfileAssociation -Filter @{ Name = 'instance-id'; Values = $instanceId }
Set-EC2IamInstanceProfileAssociation -AssociationId $current.AssociationId -IamInstanceProfile_Name audit-profile
'@
            Remarks = 'Looks up the association of the running instance in $instanceId and replaces its profile with audit-profile; the output shows the new association ID.'
        }
    )
    RelatedLinks = @('Get-EC2IamInstanceProfileAssociation', 'Register-EC2IamInstanceProfile', 'Unregister-EC2IamInstanceProfile')
}
