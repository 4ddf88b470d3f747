<#
.SYNOPSIS
Gives every running EC2 instance with a given tag the application's instance profile, replacing any other.

.DESCRIPTION
A runbook written for the AWS Tools for PowerShell modules (AWS.Tools.EC2 and
AWS.Tools.IdentityManagement). For each running instance whose tag TagKey equals TagValue:
  - with no instance profile, it associates InstanceProfileName;
  - with another profile, it replaces that association (running instances only, as EC2 requires);
  - with the wanted profile already, it leaves the instance alone.
It writes one report object per instance: InstanceId, Action (Associated, Replaced or Unchanged),
PreviousProfileArn and AssociationId. Under -WhatIf it only says what it would change.

.PARAMETER TagKey
The tag key that selects instances.

.PARAMETER TagValue
The tag value that selects instances. Wildcards * and ? are allowed, as in EC2 filters.

.PARAMETER InstanceProfileName
The instance profile every selected instance should have.

.PARAMETER Region
The region to work in. Default: the session's default region.

.EXAMPLE
./Set-TaggedInstanceProfile.ps1 -TagKey app -TagValue billing -InstanceProfileName billing-app -Region eu-west-1

Gives every running billing instance in eu-west-1 the billing-app instance profile and reports what changed.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string] $TagKey,
    [Parameter(Mandatory)] [string] $TagValue,
    [Parameter(Mandatory)] [string] $InstanceProfileName,
    [string] $Region
)

$ErrorActionPreference = 'Stop'
Import-Module AWS.Tools.EC2, AWS.Tools.IdentityManagement

$regionParameter = @{}
if ($Region) { $regionParameter.Region = $Region }

$instanceProfile = Get-IAMInstanceProfile -InstanceProfileName $InstanceProfileName
$filters = @(
    @{ Name = "tag:$TagKey"; Values = @($TagValue) }
    @{ Name = 'instance-state-name'; Values = @('running') }
)
$instances = (Get-EC2Instance -Filter $filters @regionParameter).Instances

foreach ($instance in $instances) {
    $current = Get-EC2IamInstanceProfileAssociation @regionParameter -Filter @{ Name = 'instance-id'; Values = $instance.InstanceId } |
        Where-Object { $_.State -in 'associating', 'associated' } |
        Select-Object -First 1

    $report = [pscustomobject]@{
        InstanceId         = $instance.InstanceId
        Action             = 'Unchanged'
        PreviousProfileArn = $null
        AssociationId      = $null
    }

    if (-not $current) {
        if (-not $PSCmdlet.ShouldProcess($instance.InstanceId, "Associate $InstanceProfileName")) {
            continue
        }
        $association = Register-EC2IamInstanceProfile -InstanceId $instance.InstanceId -IamInstanceProfile_Arn $instanceProfile.Arn @regionParameter
        $report.Action = 'Associated'
        $report.AssociationId = $association.AssociationId
    }
    elseif ($current.IamInstanceProfile.Arn -ne $instanceProfile.Arn) {
        if (-not $PSCmdlet.ShouldProcess($instance.InstanceId, "Replace $($current.IamInstanceProfile.Arn) with $InstanceProfileName")) {
            continue
        }
        $association = Set-EC2IamInstanceProfileAssociation -AssociationId $current.AssociationId -IamInstanceProfile_Arn $instanceProfile.Arn @regionParameter
        $report.Action = 'Replaced'
        $report.PreviousProfileArn = $current.IamInstanceProfile.Arn
        $report.AssociationId = $association.AssociationId
    }
    else {
        $report.AssociationId = $current.AssociationId
    }

    Write-Verbose "$($report.InstanceId): $($report.Action)"
    $report
}
