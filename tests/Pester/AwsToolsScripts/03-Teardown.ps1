# Tears down every role under the /app/ path: roles leave their instance profiles first, policies
# are detached and deleted, then profiles and roles are removed.
Import-Module AWS.Tools.IdentityManagement

foreach ($role in Get-IAMRoleList -PathPrefix '/app/') {
    foreach ($instanceProfile in Get-IAMInstanceProfileForRole -RoleName $role.RoleName) {
        Remove-IAMRoleFromInstanceProfile -InstanceProfileName $instanceProfile.InstanceProfileName -RoleName $role.RoleName -Force
        Remove-IAMInstanceProfile -InstanceProfileName $instanceProfile.InstanceProfileName -Force
    }
    foreach ($attached in Get-IAMAttachedRolePolicyList -RoleName $role.RoleName) {
        Unregister-IAMRolePolicy -RoleName $role.RoleName -PolicyArn $attached.PolicyArn
    }
    foreach ($policyName in Get-IAMRolePolicyList -RoleName $role.RoleName) {
        Remove-IAMRolePolicy -RoleName $role.RoleName -PolicyName $policyName -Confirm:$false
    }
    Remove-IAMRole -RoleName $role.RoleName -Force
    Write-Output "Removed $($role.RoleName)"
}
