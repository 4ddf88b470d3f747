@{
    Synopsis     = 'Attaches an IAM instance profile to an emulated EC2 instance.'
    Description  = @(
        'Register-EC2IamInstanceProfile associates the instance profile with a running or stopped instance that has no association, and writes the new Amazon.EC2.Model.IamInstanceProfileAssociation in state associating (default -Select: IamInstanceProfileAssociation). It becomes associated once the store''s transition delay has passed on the emulated clock, and the instance''s metadata endpoint then serves the profile''s role credentials.'
        'Name the profile with -IamInstanceProfile_Name (the profile''s name, not its role''s) or -IamInstanceProfile_Arn. An unknown profile fails with InvalidParameterValue; an instance that already has an association fails with IncorrectState (use Set-EC2IamInstanceProfileAssociation to replace it); an instance that is not running or stopped fails with IncorrectInstanceState; an unknown instance fails with InvalidInstanceID.NotFound.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without attaching.'
    )
    AwsOperation = 'AssociateIamInstanceProfile'
    Deviations   = @(
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Give an instance a role'
            Code    = @'
$instance = (New-EC2Instance -ImageId ami-0abcdef1234567890 -InstanceType t3.micro).Instances[0]
Register-EC2IamInstanceProfile -InstanceId $instance.InstanceId -IamInstanceProfile_Name app-profile
'@
            Remarks = 'Launches an instance without a profile, then attaches app-profile; the output shows the association ID (iip-assoc-...) and its state.'
        }
        @{
            Title   = 'Attach by ARN and keep the association ID'
            Code    = @'
$profileArn = (Get-IAMInstanceProfile -InstanceProfileName app-profile).Arn
$other = (New-EC2Instance -ImageId ami-0abcdef1234567890).Instances[0].InstanceId
$associationId = (Register-EC2IamInstanceProfile -InstanceId $other -IamInstanceProfile_Arn $profileArn).AssociationId
'@
            Remarks = 'Set-EC2IamInstanceProfileAssociation and Unregister-EC2IamInstanceProfile take the association ID, not the instance ID.'
        }
    )
    RelatedLinks = @('Get-EC2IamInstanceProfileAssociation', 'Set-EC2IamInstanceProfileAssociation', 'Unregister-EC2IamInstanceProfile')
}
