# An idempotent setup: every entity is created only when missing, so the script can run again.
Import-Module AWSPowerShell.NetCore

$roleName = 'app-server'
$profileName = 'app-server-profile'
$trustPolicy = @"
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }
  ]
}
"@

try {
    $role = Get-IAMRole -RoleName $roleName
    Write-Output "Role $roleName exists"
}
catch {
    if ($_.Exception.InnerException.ErrorCode -ne 'NoSuchEntity') { throw }
    $role = New-IAMRole -RoleName $roleName -AssumeRolePolicyDocument $trustPolicy -Path '/app/'
    Write-Output "Created role $roleName"
}

try {
    New-IAMInstanceProfile -InstanceProfileName $profileName -Path '/app/' | Out-Null
    Write-Output "Created instance profile $profileName"
}
catch [System.InvalidOperationException] {
    if ($_.Exception.InnerException -isnot [Amazon.IdentityManagement.Model.EntityAlreadyExistsException]) { throw }
    Write-Output "Instance profile $profileName exists"
}

$instanceProfile = Get-IAMInstanceProfile -InstanceProfileName $profileName
if (-not ($instanceProfile.Roles | Where-Object RoleName -eq $roleName)) {
    Add-IAMRoleToInstanceProfile -InstanceProfileName $profileName -RoleName $roleName
    Write-Output "Added $roleName to $profileName"
}

try {
    Add-IAMRoleToInstanceProfile -InstanceProfileName $profileName -RoleName $roleName
}
catch {
    # Re-adding the same role hits the one-role quota, which a careful script tolerates.
    if ($_.Exception.InnerException.ErrorCode -ne 'LimitExceeded') { throw }
}

Write-IAMRolePolicy -RoleName $roleName -PolicyName 'read-config' -PolicyDocument (@{
    Version   = '2012-10-17'
    Statement = @(@{ Effect = 'Allow'; Action = @('s3:GetObject'); Resource = @('arn:aws:s3:::app-config/*') })
} | ConvertTo-Json -Depth 4)
