# Test fixtures for IAM entities that the EC2 tests need. With the IAM cmdlets loaded it uses them;
# without them it writes the same rows through the Core store API.
# TODO: drop the SQL fallback once the IAM cmdlets are part of this module.

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
    if (Get-Command New-IAMInstanceProfile -ErrorAction Ignore) {
        if ($RoleName) { $null = New-IAMRole -RoleName $RoleName -AssumeRolePolicyDocument $trustPolicy -Force }
        $profile = New-IAMInstanceProfile -InstanceProfileName $Name -Force
        if ($RoleName) { Add-IAMRoleToInstanceProfile -InstanceProfileName $Name -RoleName $RoleName -Force }
        return [pscustomobject]@{ Name = $profile.InstanceProfileName; Id = $profile.InstanceProfileId; Arn = $profile.Arn }
    }

    $store = [RoleTools.Core.Store.RoleToolsStore]::Open((Get-RoleToolsStore).Path)
    $now = [DateTime]::UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'")
    $profileId = 'AIPA' + (New-TestUniqueSuffix)
    $arn = "arn:aws:iam::123456789012:instance-profile/$Name"
    $connection = $store.OpenConnection()
    try {
        $transaction = $connection.BeginTransaction()
        Invoke-TestSql $connection $transaction 'INSERT INTO iam_instance_profiles (instance_profile_id, instance_profile_name, name_lower, path, arn, create_date) VALUES ($id, $name, $lower, ''/'', $arn, $now)' @{
            '$id' = $profileId; '$name' = $Name; '$lower' = $Name.ToLowerInvariant(); '$arn' = $arn; '$now' = $now
        }
        if ($RoleName) {
            $roleId = 'AROA' + (New-TestUniqueSuffix)
            Invoke-TestSql $connection $transaction 'INSERT INTO iam_roles (role_id, role_name, role_name_lower, path, arn, assume_role_policy, create_date) VALUES ($id, $name, $lower, ''/'', $arn, $doc, $now)' @{
                '$id' = $roleId; '$name' = $RoleName; '$lower' = $RoleName.ToLowerInvariant(); '$arn' = "arn:aws:iam::123456789012:role/$RoleName"; '$doc' = $trustPolicy; '$now' = $now
            }
            Invoke-TestSql $connection $transaction 'INSERT INTO iam_instance_profile_roles (instance_profile_id, role_id) VALUES ($profile, $role)' @{ '$profile' = $profileId; '$role' = $roleId }
        }
        $transaction.Commit()
    }
    finally {
        $connection.Dispose()
    }

    [pscustomobject]@{ Name = $Name; Id = $profileId; Arn = $arn }
}

function New-TestUniqueSuffix {
    -join (1..17 | ForEach-Object { [char[]]'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567' | Get-Random })
}

function Invoke-TestSql($Connection, $Transaction, [string] $Sql, [hashtable] $Parameters) {
    $command = $Connection.CreateCommand()
    $command.Transaction = $Transaction
    $command.CommandText = $Sql
    foreach ($key in $Parameters.Keys) { $null = $command.Parameters.AddWithValue($key, $Parameters[$key]) }
    $null = $command.ExecuteNonQuery()
}
