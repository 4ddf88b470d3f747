@{
    Synopsis     = 'Creates an IAM instance profile, the container that gives an EC2 instance a role.'
    Description  = @(
        'New-IAMInstanceProfile creates an empty instance profile and writes it as an Amazon.IdentityManagement.Model.InstanceProfile (default -Select: InstanceProfile), with an ARN in the store''s account and an ID starting with AIPA. Add a role with Add-IAMRoleToInstanceProfile, then attach the profile to an instance with New-EC2Instance -IamInstanceProfile_Name or Register-EC2IamInstanceProfile.'
        'A name already in use, compared case-insensitively, fails with EntityAlreadyExists, and the account''s instance profile quota fails with LimitExceeded.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without creating the profile.'
    )
    AwsOperation = 'CreateInstanceProfile'
    Deviations   = @(
        'A $null -InstanceProfileName is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Create an instance profile and add a role'
            Code    = @'
New-IAMInstanceProfile -InstanceProfileName reports-profile
Add-IAMRoleToInstanceProfile -InstanceProfileName reports-profile -RoleName app-role
'@
            Remarks = 'Creates reports-profile, which has no role yet, and then adds the role app-role to it.'
        }
        @{
            Title   = 'Create a tagged profile under a path'
            Code    = 'New-IAMInstanceProfile -InstanceProfileName batch-profile -Path /apps/ -Tag @{ Key = ''team''; Value = ''data'' }'
            Remarks = 'The profile''s ARN includes the path: arn:aws:iam::<account>:instance-profile/apps/batch-profile.'
        }
    )
    RelatedLinks = @('Add-IAMRoleToInstanceProfile', 'Get-IAMInstanceProfile', 'Remove-IAMInstanceProfile', 'Register-EC2IamInstanceProfile')
}
