# Launches an instance with a larger encrypted root volume and tags, building SDK objects by name.
Import-Module AWS.Tools.EC2

$ebs = New-Object Amazon.EC2.Model.EbsBlockDevice
$ebs.VolumeSize = 50
$ebs.VolumeType = 'gp3'
$ebs.Encrypted = $true
$ebs.DeleteOnTermination = $true

$rootDevice = New-Object Amazon.EC2.Model.BlockDeviceMapping
$rootDevice.DeviceName = '/dev/xvda'
$rootDevice.Ebs = $ebs

$nameTag = New-Object Amazon.EC2.Model.Tag
$nameTag.Key = 'Name'
$nameTag.Value = 'db-01'
$tagSpecification = New-Object Amazon.EC2.Model.TagSpecification
$tagSpecification.ResourceType = 'instance'
$tagSpecification.Tags = @($nameTag)   # a new SDK object's collections are $null in AWS Tools V5

$reservation = New-EC2Instance -Region ap-southeast-2 -ImageId 'ami-0123456789abcdef0' -InstanceType ([Amazon.EC2.InstanceType]::M5Large) `
    -BlockDeviceMapping $rootDevice -TagSpecification $tagSpecification -KeyName 'ops' `
    -MetadataOptions_HttpToken required -MetadataOptions_HttpPutResponseHopLimit 2
$instanceId = $reservation.Instances[0].InstanceId
New-EC2Tag -Region ap-southeast-2 -Resource $instanceId -Tag @{ Key = 'Backup'; Value = 'daily' }
Write-Output $instanceId
