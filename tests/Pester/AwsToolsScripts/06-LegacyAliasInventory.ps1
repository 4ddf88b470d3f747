# An inventory report written years ago with the old plural cmdlet names, which the modules still
# ship as aliases.
Import-Module AWSPowerShell

$report = foreach ($role in Get-IAMRoles) {
    [pscustomobject]@{
        Role             = $role.RoleName
        InlinePolicies   = (Get-IAMRolePolicies -RoleName $role.RoleName) -join ';'
        ManagedPolicies  = ((Get-IAMAttachedRolePolicies -RoleName $role.RoleName).PolicyName) -join ';'
        InstanceProfiles = ((Get-IAMInstanceProfiles | Where-Object { $_.Roles.RoleName -contains $role.RoleName }).InstanceProfileName) -join ';'
    }
}
$awsManaged = @(Get-IAMPolicies -Scope AWS -OnlyAttached $true)
$report | ConvertTo-Csv -NoTypeInformation
Write-Output "attached-aws-policies=$($awsManaged.Count)"
