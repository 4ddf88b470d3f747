@{
    Synopsis     = 'Shows the store''s emulated clock.'
    Description  = @(
        'Get-RoleToolsClock returns the emulated time now (UTC), its offset from real time, the real time it was read at, and the store it belongs to.'
    )
    AwsOperation = $null
    Deviations   = @()
    Examples     = @(
        @{
            Title   = 'Check the offset'
            Code    = '(Get-RoleToolsClock).Offset'
            Remarks = 'Returns a TimeSpan; zero means the store runs on real time.'
        }
    )
    RelatedLinks = @('Set-RoleToolsClock')
}
