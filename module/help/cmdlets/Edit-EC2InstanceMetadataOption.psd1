@{
    Synopsis     = 'Changes the instance metadata options of an emulated EC2 instance.'
    Description  = @(
        'Edit-EC2InstanceMetadataOption changes how the instance''s metadata endpoint answers: whether IMDSv1 requests without a session token are allowed (-HttpToken), whether it answers at all (-HttpEndpoint), the hop limit, IPv6 and tag access. Options you omit keep their values. It writes the ModifyInstanceMetadataOptionsResponse with InstanceId and InstanceMetadataOptions (default -Select: *). Running metadata endpoints apply the change on their next request.'
        'An unknown instance fails with InvalidInstanceID.NotFound, a terminated one with IncorrectInstanceState, and a hop limit outside 1 to 64 with InvalidParameterValue.'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without changing anything.'
    )
    AwsOperation = 'ModifyInstanceMetadataOptions'
    Deviations   = @(
        'The hop limit (HttpPutResponseHopLimit) is stored but not enforced, because every client of the loopback endpoint is one hop away.'
        'Without a region from -Region, Set-DefaultAWSRegion, the default profile or AWS_REGION, the store''s default region is used, where AWS Tools fails with "No region specified or obtained from persisted/shell defaults."'
    )
    Examples     = @(
        @{
            Title   = 'Require IMDSv2'
            Code    = 'Edit-EC2InstanceMetadataOption -InstanceId $instanceId -HttpToken required'
            Remarks = 'From now on the metadata endpoint of the instance in $instanceId answers 401 to requests without a session token.'
        }
        @{
            Title   = 'Turn the metadata endpoint off and on'
            Code    = @'
Edit-EC2InstanceMetadataOption -InstanceId $instanceId -HttpEndpoint disabled | Out-Null
Edit-EC2InstanceMetadataOption -InstanceId $instanceId -HttpEndpoint enabled -Select InstanceMetadataOptions.HttpEndpoint
'@
            Remarks = 'Disables the endpoint, which then answers 403 to every request, and enables it again; the second command writes only the new HttpEndpoint value.'
        }
    )
    RelatedLinks = @('New-EC2Instance', 'Start-RoleToolsMetadataEndpoint')
}
