@{
    Synopsis     = 'Stops running emulated EC2 instances.'
    Description  = @(
        'Stop-EC2Instance moves running instances to stopping, and to stopped once the store''s transition delay has passed on the emulated clock. It writes an Amazon.EC2.Model.InstanceStateChange per instance (default -Select: StoppingInstances). Stopping a stopped instance changes nothing. The instance keeps its instance profile association.'
        'An instance that never reached running fails with IncorrectInstanceState; one launched with -DisableApiStop $true fails with OperationNotPermitted; -Hibernate $true on an instance launched without hibernation fails with UnsupportedHibernationConfiguration. An unknown ID fails the whole call with InvalidInstanceID.NotFound and no instance changes.'
        '-Force only skips the confirmation prompt; -Enforce $true is the API''s forced stop. The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower, and -WhatIf reports without stopping anything.'
    )
    AwsOperation = 'StopInstances'
    Deviations   = @(
        'A forced stop (-Enforce), a hibernation and a stop without OS shutdown all behave like a plain stop.'
        'While an instance is stopped its metadata endpoint answers 503, where a stopped EC2 instance has no metadata service at all.'
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Stop an instance'
            Code    = 'Stop-EC2Instance -InstanceId $instanceId'
            Remarks = 'Stops the instance in $instanceId and writes its state change from running to stopping.'
        }
        @{
            Title   = 'Stop the instances with a tag'
            Code    = 'Get-EC2Instance -Filter @{ Name = ''tag:env''; Values = ''test'' }, @{ Name = ''instance-state-name''; Values = ''running'' } | Stop-EC2Instance'
            Remarks = 'Stops every running instance tagged env=test.'
        }
    )
    RelatedLinks = @('Start-EC2Instance', 'Remove-EC2Instance')
}
