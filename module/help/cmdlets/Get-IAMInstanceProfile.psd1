@{
    Synopsis     = 'Gets an IAM instance profile with its role.'
    Description  = @(
        'Get-IAMInstanceProfile writes one instance profile as an Amazon.IdentityManagement.Model.InstanceProfile (default -Select: InstanceProfile). Its Roles property holds the profile''s role, if any, with the role''s trust policy URL-encoded.'
        'A name that matches no instance profile fails with NoSuchEntity.'
    )
    AwsOperation = 'GetInstanceProfile'
    Deviations   = @(
        'A $null -InstanceProfileName is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'See which role a profile gives'
            Code    = '(Get-IAMInstanceProfile -InstanceProfileName app-profile).Roles.RoleName'
            Remarks = 'Writes the name of the role in app-profile, or nothing when the profile is empty.'
        }
    )
    RelatedLinks = @('Get-IAMInstanceProfileList', 'Get-IAMInstanceProfileForRole', 'New-IAMInstanceProfile')
}
