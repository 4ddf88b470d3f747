@{
    Synopsis     = 'Deletes a credential profile from the RoleTools store.'
    Description  = @(
        'Remove-AWSCredentialProfile deletes the named profile from the RoleTools store. Profile names are case-sensitive. A name that matches no profile fails with "The CredentialProfile ''<name>'' does not exist."'
        'This cmdlet calls no AWS API: it only changes the store''s profiles. It has ConfirmImpact High, so it prompts for confirmation unless -Force or -Confirm:$false is given; -WhatIf reports without deleting.'
    )
    AwsOperation = $null
    Deviations   = @(
        'Profiles are deleted from the RoleTools store, never from ~/.aws/credentials or the .NET SDK credential store.'
        '-ProfileLocation only names a separate set of profiles in the store; no file is changed at that path.'
    )
    Examples     = @(
        @{
            Title   = 'Delete a profile'
            Code    = @'
Set-AWSCredential -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY -StoreAs old-profile
Remove-AWSCredentialProfile -ProfileName old-profile -Force
'@
            Remarks = 'Saves the profile old-profile and deletes it without a prompt.'
        }
    )
    RelatedLinks = @('Set-AWSCredential', 'Get-AWSCredential')
}
