@{
    Synopsis     = 'Moves the store''s emulated clock, for cmdlets and metadata endpoints alike.'
    Description  = @(
        'RoleTools keeps an emulated clock in the store. Every time-dependent rule reads it: instance and association state transitions, how long terminated instances stay visible, credential expiry and rotation, and IMDSv2 token lifetimes.'
        'Set-RoleToolsClock -Offset sets the clock''s offset from real time, and -Offset 0 returns to real time. -Advance adds to the current offset. Running metadata endpoints see the change on their next request.'
    )
    AwsOperation = $null
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'Let credentials rotate'
            Code    = 'Set-RoleToolsClock -Advance (New-TimeSpan -Hours 2)'
            Remarks = 'Moves the clock two hours ahead. The next credentials request to a metadata endpoint returns a new set whose Expiration is still hours ahead.'
        }
        @{
            Title   = 'Return to real time'
            Code    = 'Set-RoleToolsClock -Offset 0'
            Remarks = 'Removes any offset.'
        }
    )
    RelatedLinks = @('Get-RoleToolsClock')
}
