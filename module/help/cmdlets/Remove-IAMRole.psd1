@{
    Synopsis     = 'Deletes an IAM role.'
    Description  = @(
        'Remove-IAMRole deletes a role from the RoleTools store. It writes nothing unless -Select is given.'
        'As in IAM, a role that is still in an instance profile, has attached managed policies or has inline policies cannot be deleted: the call fails with DeleteConflict and nothing changes. Remove the role from its instance profiles (Remove-IAMRoleFromInstanceProfile), detach its policies (Unregister-IAMRolePolicy) and delete its inline policies (Remove-IAMRolePolicy) first. An unknown name fails with NoSuchEntity.'
        'The cmdlet has ConfirmImpact High, so it prompts for confirmation unless -Force or -Confirm:$false is given; -WhatIf reports without deleting.'
    )
    AwsOperation = 'DeleteRole'
    Deviations   = @(
        'A $null -RoleName is sent without the warning AWS Tools writes first, and fails with IAM''s validation error.'
    )
    Examples     = @(
        @{
            Title   = 'Delete a role without a prompt'
            Code    = @'
New-IAMRole -RoleName old-role -AssumeRolePolicyDocument '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' | Out-Null
Remove-IAMRole -RoleName old-role -Force
'@
            Remarks = 'Creates the role old-role and deletes it at once; -Force skips the confirmation prompt.'
        }
        @{
            Title   = 'Empty a role and delete it'
            Code    = @'
$role = 'app-role'
Get-IAMInstanceProfileForRole -RoleName $role | ForEach-Object { Remove-IAMRoleFromInstanceProfile -InstanceProfileName $_.InstanceProfileName -RoleName $role -Force }
Get-IAMAttachedRolePolicyList -RoleName $role | ForEach-Object { Unregister-IAMRolePolicy -RoleName $role -PolicyArn $_.PolicyArn -Force }
Get-IAMRolePolicyList -RoleName $role | ForEach-Object { Remove-IAMRolePolicy -RoleName $role -PolicyName $_ -Force }
Remove-IAMRole -RoleName $role -Force
'@
            Remarks = 'Removes everything that would make DeleteRole fail with DeleteConflict, then deletes the role.'
        }
    )
    RelatedLinks = @('New-IAMRole', 'Remove-IAMRoleFromInstanceProfile', 'Unregister-IAMRolePolicy', 'Remove-IAMRolePolicy')
}
