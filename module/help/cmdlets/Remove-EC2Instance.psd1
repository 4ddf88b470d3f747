@{
    Synopsis     = 'Terminates emulated EC2 instances.'
    Description  = @(
        'Remove-EC2Instance moves instances to shutting-down, and to terminated once the store''s transition delay has passed on the emulated clock. It writes an Amazon.EC2.Model.InstanceStateChange per instance (default -Select: TerminatingInstances). Terminating drops the instance''s instance profile association, and terminated instances stay visible to Get-EC2Instance for an hour of emulated time. Terminating a terminated instance changes nothing.'
        'An instance launched with -DisableApiTermination $true fails with OperationNotPermitted. An unknown ID fails the whole call with InvalidInstanceID.NotFound and no instance changes.'
        'The cmdlet has ConfirmImpact High, so it prompts for confirmation unless -Force or -Confirm:$false is given; -WhatIf reports without terminating anything.'
    )
    AwsOperation = 'TerminateInstances'
    Deviations   = @(
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Terminate an instance without a prompt'
            Code    = @'
$scratch = (New-EC2Instance -ImageId ami-0abcdef1234567890).Instances[0].InstanceId
Remove-EC2Instance -InstanceId $scratch -Force
'@
            Remarks = 'Launches an instance and terminates it; the output shows its state change to shutting-down.'
        }
        @{
            Title   = 'Terminate all instances of a reservation'
            Code    = @'
$reservation = New-EC2Instance -ImageId ami-0abcdef1234567890 -MinCount 3
$reservation | Remove-EC2Instance -Force
'@
            Remarks = 'A Reservation from the pipeline binds to -InstanceId, so all three instances are terminated.'
        }
    )
    RelatedLinks = @('New-EC2Instance', 'Stop-EC2Instance')
}
