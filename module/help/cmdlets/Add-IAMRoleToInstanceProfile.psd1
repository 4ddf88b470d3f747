@{
    Synopsis     = 'Adds an IAM role to an instance profile.'
    Description  = @(
        'Add-IAMRoleToInstanceProfile puts the role into the instance profile. It writes nothing unless -Select is given. Instances that have the profile get the role''s credentials from their metadata endpoint on the next request.'
        'An instance profile holds one role: adding a second fails with LimitExceeded (quota InstanceSessionsPerInstanceProfile). An unknown profile or role fails with NoSuchEntity.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without changing the profile.'
    )
    AwsOperation = 'AddRoleToInstanceProfile'
    Deviations   = @(
        'A $null value for a required parameter is sent without the warning AWS Tools writes first, and fails with IAM''s validation error (ValidationError).'
    )
    Examples     = @(
        @{
            Title   = 'Add a role to a profile'
            Code    = @'
New-IAMInstanceProfile -InstanceProfileName worker-profile | Out-Null
Add-IAMRoleToInstanceProfile -InstanceProfileName worker-profile -RoleName app-role
'@
            Remarks = 'Creates worker-profile and adds app-role to it; the profile''s Roles property then lists app-role.'
        }
        @{
            Title   = 'Swap the role of a profile'
            Code    = @'
$profileName = 'worker-profile'
(Get-IAMInstanceProfile $profileName).Roles | ForEach-Object { Remove-IAMRoleFromInstanceProfile -InstanceProfileName $profileName -RoleName $_.RoleName -Force }
Add-IAMRoleToInstanceProfile -InstanceProfileName $profileName -RoleName app-role
'@
            Remarks = 'Because a profile holds only one role, the current role is removed first.'
        }
    )
    RelatedLinks = @('Remove-IAMRoleFromInstanceProfile', 'New-IAMInstanceProfile', 'Get-IAMInstanceProfile')
}
