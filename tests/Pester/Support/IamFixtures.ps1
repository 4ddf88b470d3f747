# Test fixtures for the IAM entities that the EC2 tests need, made with the IAM cmdlets.

function New-TestInstanceProfile {
    <#
    .SYNOPSIS
    Creates an instance profile, optionally holding a role that EC2 may assume, and returns its name, ID and ARN.
    #>
    param(
        [Parameter(Mandatory)] [string] $Name,
        [string] $RoleName
    )

    $trustPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
    if ($RoleName) { $null = New-IAMRole -RoleName $RoleName -AssumeRolePolicyDocument $trustPolicy -Force }
    $instanceProfile = New-IAMInstanceProfile -InstanceProfileName $Name -Force
    if ($RoleName) { Add-IAMRoleToInstanceProfile -InstanceProfileName $Name -RoleName $RoleName -Force }
    [pscustomobject]@{ Name = $instanceProfile.InstanceProfileName; Id = $instanceProfile.InstanceProfileId; Arn = $instanceProfile.Arn }
}
