@{
    Synopsis     = 'Saves credentials and a region as the default profile and makes them the session''s defaults.'
    Description  = @(
        'Initialize-AWSDefaultConfiguration saves credentials and a region as the profile named default in the RoleTools store, and sets $StoredAWSCredentials and $StoredAWSRegion for the session. It writes nothing.'
        'Credentials come from -AccessKey and -SecretKey, from -ProfileName (copied into default) or from -Credential. Without those it uses $StoredAWSCredentials, the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables or the existing default profile, and when none has keys it prompts for them, as AWS Tools does. The region comes from -Region, $StoredAWSRegion, the default profile, AWS_REGION or AWS_DEFAULT_REGION, and finally the store''s default region.'
        'This cmdlet calls no AWS API: it only changes session state and the store''s profiles. The assume-role parameters fail with the error ID RoleTools.NotEmulated.AssumeRoleProfile.'
    )
    AwsOperation = $null
    Deviations   = @(
        'Without a region from the parameters, the session, the default profile or the environment, it takes the store''s default region, where AWS Tools asks instance metadata and then prompts for a region.'
        'It never reads credentials from an EC2 instance metadata service.'
        'The default profile is saved in the RoleTools store, not in ~/.aws/credentials or the .NET SDK credential store.'
        'Assume-role profiles are not emulated and fail with RoleTools.NotEmulated.AssumeRoleProfile.'
    )
    Examples     = @(
        @{
            Title   = 'Set up defaults for a test session'
            Code    = 'Initialize-AWSDefaultConfiguration -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY -Region us-west-2'
            Remarks = 'Saves the example keys and us-west-2 as the default profile; EC2 cmdlets of this session then work in us-west-2.'
        }
    )
    RelatedLinks = @('Set-AWSCredential', 'Set-DefaultAWSRegion')
}
