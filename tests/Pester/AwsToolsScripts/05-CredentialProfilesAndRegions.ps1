# Sets up credentials and a default region the way a CI job does, then launches into that region.
Import-Module AWS.Tools.Common, AWS.Tools.EC2

Set-AWSCredential -AccessKey 'AKIAIOSFODNN7EXAMPLE' -SecretKey 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' -StoreAs 'ci-deploy'
Initialize-AWSDefaultConfiguration -ProfileName 'ci-deploy' -Region 'eu-central-1'
if ((Get-DefaultAWSRegion).Region -ne 'eu-central-1') { throw 'The default region was not set.' }

$regionNames = Get-AWSRegion | ForEach-Object Region
if ($regionNames -notcontains 'eu-central-1') { throw 'Get-AWSRegion does not list eu-central-1.' }

$profiles = Get-AWSCredential -ListProfileDetail
if (-not ($profiles | Where-Object ProfileName -eq 'ci-deploy')) { throw 'The ci-deploy profile is missing.' }

$reservation = New-EC2Instance -ImageId 'ami-0abcdef1234567890' -InstanceType t3.small -ProfileName 'ci-deploy'
Write-Output $reservation.Instances[0].InstanceId
Write-Output $reservation.Instances[0].Placement.AvailabilityZone

Set-AWSCredential -AccessKey 'AKIAI44QH8DHBEXAMPLE' -SecretKey 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY' -SessionToken 'FwoGZXIvYXdzEXAMPLE'
Clear-DefaultAWSRegion
