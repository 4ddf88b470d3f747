@{
    Synopsis     = 'Starts stopped emulated EC2 instances.'
    Description  = @(
        'Start-EC2Instance moves stopped instances to pending, and to running once the store''s transition delay has passed on the emulated clock. It writes an Amazon.EC2.Model.InstanceStateChange per instance with its previous and current state (default -Select: StartingInstances). Starting a running instance changes nothing.'
        'An instance in another state, such as stopping or terminated, fails with IncorrectInstanceState. An unknown ID fails the whole call with InvalidInstanceID.NotFound and no instance changes. A stopped instance''s metadata endpoint serves again once the instance runs.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without starting anything.'
    )
    AwsOperation = 'StartInstances'
    Deviations   = @(
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Stop and start an instance'
            Code    = @'
Stop-EC2Instance -InstanceId $instanceId | Out-Null
Start-EC2Instance -InstanceId $instanceId
'@
            Remarks = 'Stops the instance in $instanceId and starts it again; the output shows the state change, such as stopped to pending.'
        }
        @{
            Title   = 'Start every stopped instance'
            Code    = 'Get-EC2Instance -Filter @{ Name = ''instance-state-name''; Values = ''stopped'' } | Start-EC2Instance'
            Remarks = 'Reservations from the pipeline bind to -InstanceId, so all their instances are started.'
        }
    )
    RelatedLinks = @('Stop-EC2Instance', 'Get-EC2Instance')
}
