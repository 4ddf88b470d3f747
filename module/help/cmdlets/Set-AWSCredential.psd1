@{
    Synopsis     = 'Sets the session''s AWS credentials, or saves them as a profile in the RoleTools store.'
    Description  = @(
        'Set-AWSCredential sets $StoredAWSCredentials, the credentials that AWS cmdlets of this session use when no credential parameter is given. With -StoreAs it instead saves the keys as a named profile in the RoleTools store, where -ProfileName can find them later. It writes nothing.'
        'This cmdlet calls no AWS API: it only changes session state or the store''s profiles. RoleTools cmdlets need no credentials to run, but scripts written for AWS Tools set them, and -ProfileName on any cmdlet fails when the profile does not exist, as in AWS Tools.'
        'When the bound parameters give no usable credentials it fails with the ArgumentException "Cannot determine credentials from supplied parameters", and -Scope with -StoreAs fails with an ArgumentException too. The assume-role parameters (-RoleArn, -SourceProfile, -ExternalID, -MfaSerial) fail with the error ID RoleTools.NotEmulated.AssumeRoleProfile.'
    )
    AwsOperation = $null
    Deviations   = @(
        'Profiles are saved in the RoleTools store, not in ~/.aws/credentials or the .NET SDK credential store, and Get-AWSCredential reports their StoreTypeName as RoleToolsStore.'
        '-ProfileLocation only names a separate set of profiles in the store; no file is read or written at that path.'
        'Assume-role profiles are not emulated and fail with RoleTools.NotEmulated.AssumeRoleProfile.'
        'SAML profiles are not emulated; -NetworkCredential is accepted and not used.'
    )
    Examples     = @(
        @{
            Title   = 'Save a profile and use it'
            Code    = @'
Set-AWSCredential -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY -StoreAs test-profile
Get-IAMRoleList -ProfileName test-profile
'@
            Remarks = 'Saves example keys as the profile test-profile in the RoleTools store and names it on an AWS cmdlet, as a script written for AWS Tools would.'
        }
        @{
            Title   = 'Use a profile for the rest of the session'
            Code    = 'Set-AWSCredential -ProfileName test-profile'
            Remarks = 'Sets $StoredAWSCredentials to the credentials of test-profile.'
        }
    )
    RelatedLinks = @('Get-AWSCredential', 'Remove-AWSCredentialProfile', 'Initialize-AWSDefaultConfiguration')
}
