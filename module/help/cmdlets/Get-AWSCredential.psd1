@{
    Synopsis     = 'Gets the session''s AWS credentials or a stored profile''s, or lists the stored profiles.'
    Description  = @(
        'Get-AWSCredential without parameters writes $StoredAWSCredentials, the session''s credentials, if set. With -ProfileName it writes the credentials object of that profile in the RoleTools store, or nothing when no such profile exists. -ListProfileDetail writes a ProfileInfo per stored profile with ProfileName, StoreTypeName and ProfileLocation, and -ListProfile writes the names only, with AWS Tools'' deprecation warning.'
        'This cmdlet calls no AWS API: it only reads session state or the store''s profiles.'
    )
    AwsOperation = $null
    Deviations   = @(
        'Profiles come from the RoleTools store, not from ~/.aws/credentials or the .NET SDK credential store, and their StoreTypeName is RoleToolsStore.'
        '-ProfileLocation only names a separate set of profiles in the store; no file is read at that path.'
    )
    Examples     = @(
        @{
            Title   = 'List the stored profiles'
            Code    = 'Get-AWSCredential -ListProfileDetail'
            Remarks = 'Writes the name, store type and location of every profile in the RoleTools store.'
        }
        @{
            Title   = 'Read a profile''s access key ID'
            Code    = @'
Set-AWSCredential -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY -StoreAs test-profile
(Get-AWSCredential -ProfileName test-profile).GetCredentials().AccessKey
'@
            Remarks = 'Saves a profile and then reads back its access key ID from the credentials object.'
        }
    )
    RelatedLinks = @('Set-AWSCredential', 'Remove-AWSCredentialProfile')
}
