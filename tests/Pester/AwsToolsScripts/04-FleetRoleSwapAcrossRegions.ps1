# Swaps the role of every running instance tagged Team=web, in two regions, to the web-v2 profile:
# running instances get a replacement; stopped ones are detached and associated again.
Import-Module AWS.Tools.EC2, AWS.Tools.IdentityManagement

$newProfile = Get-IAMInstanceProfile -InstanceProfileName 'web-v2'
foreach ($region in 'us-east-1', 'eu-west-1') {
    $filter = New-Object Amazon.EC2.Model.Filter
    $filter.Name = 'tag:Team'
    # As in AWS Tools V5 (AWS SDK for .NET v4), collections of new SDK objects start as $null.
    $filter.Values = [System.Collections.Generic.List[string]] @('web')
    $instances = Get-EC2Instance -Region $region -Filter $filter | Select-Object -ExpandProperty Instances
    foreach ($instance in $instances) {
        $association = Get-EC2IamInstanceProfileAssociation -Region $region -Filter @{ Name = 'instance-id'; Values = @($instance.InstanceId) } |
            Where-Object State -eq 'associated'
        if ($instance.State.Name -eq 'running' -and $association) {
            Set-EC2IamInstanceProfileAssociation -Region $region -AssociationId $association.AssociationId -IamInstanceProfile_Arn $newProfile.Arn | Out-Null
        }
        elseif ($instance.State.Name -eq 'stopped') {
            if ($association) {
                Unregister-EC2IamInstanceProfile -Region $region -AssociationId $association.AssociationId | Out-Null
            }
            Register-EC2IamInstanceProfile -Region $region -InstanceId $instance.InstanceId -IamInstanceProfile_Name 'web-v2' | Out-Null
        }
        Write-Output "$region $($instance.InstanceId) -> web-v2"
    }
}
