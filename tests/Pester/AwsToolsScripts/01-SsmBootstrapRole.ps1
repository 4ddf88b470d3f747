# Creates an SSM-managed instance role and launches a web server with it, as a bootstrap script
# written for the AWS Tools modules would.
Import-Module AWS.Tools.Common, AWS.Tools.IdentityManagement, AWS.Tools.EC2

Set-DefaultAWSRegion -Region us-west-2

$trustPolicy = @{
    Version   = '2012-10-17'
    Statement = @(
        @{
            Effect    = 'Allow'
            Principal = @{ Service = @('ec2.amazonaws.com') }
            Action    = 'sts:AssumeRole'
        }
    )
} | ConvertTo-Json -Depth 5

$role = New-IAMRole -RoleName 'SSMInstanceRole' -AssumeRolePolicyDocument $trustPolicy -Description 'EC2 role for Systems Manager'
Register-IAMRolePolicy -RoleName $role.RoleName -PolicyArn 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'
Register-IAMRolePolicy -RoleName $role.RoleName -PolicyArn 'arn:aws:iam::aws:policy/service-role/AmazonEC2RoleforSSM'
Register-IAMRolePolicy -RoleName $role.RoleName -PolicyArn 'arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy'

New-IAMInstanceProfile -InstanceProfileName 'SSMInstanceProfile' | Out-Null
Add-IAMRoleToInstanceProfile -InstanceProfileName 'SSMInstanceProfile' -RoleName $role.RoleName

$userData = @'
#!/bin/bash
yum install -y httpd
systemctl enable --now httpd
'@

$reservation = New-EC2Instance -ImageId 'ami-0c55b159cbfafe1f0' -InstanceType ([Amazon.EC2.InstanceType]::T3Micro) `
    -MinCount 1 -MaxCount 1 -InstanceProfile_Name 'SSMInstanceProfile' -UserData $userData -EncodeUserData `
    -TagSpecification @{ ResourceType = 'instance'; Tags = @(@{ Key = 'Name'; Value = 'ssm-web' }) }

Write-Output $reservation.Instances[0].InstanceId
