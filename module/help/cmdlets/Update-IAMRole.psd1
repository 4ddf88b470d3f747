@{
    Synopsis     = 'Changes the description or maximum session duration of an IAM role.'
    Description  = @(
        'Update-IAMRole sets the role''s description, its maximum session duration, or both; a parameter you omit keeps its value. It writes nothing unless -Select is given.'
        'An unknown role fails with NoSuchEntity. A duration outside 3600 to 43200 seconds, or a description over 1,000 characters, fails with IAM''s validation error (ErrorCode ValidationError).'
        'The cmdlet asks for confirmation only when $ConfirmPreference is Medium or lower; -Force skips the prompt, and -WhatIf reports without changing the role.'
    )
    AwsOperation = 'UpdateRole'
    Deviations   = @(
        'A $null -RoleName is sent without the warning AWS Tools writes first, and fails with IAM''s validation error.'
    )
    Examples     = @(
        @{
            Title   = 'Allow longer sessions'
            Code    = 'Update-IAMRole -RoleName app-role -MaxSessionDuration 14400 -Description ''App servers, 4-hour sessions'''
            Remarks = 'Sets the maximum session duration to four hours and replaces the description.'
        }
    )
    RelatedLinks = @('Get-IAMRole', 'Update-IAMAssumeRolePolicy')
}
