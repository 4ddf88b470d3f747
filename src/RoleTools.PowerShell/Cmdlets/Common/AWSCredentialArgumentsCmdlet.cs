using System.Management.Automation;
using Amazon.Runtime;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Common
{
    /// <summary>
    /// The credential parameters shared by Set-AWSCredential and Initialize-AWSDefaultConfiguration, with
    /// AWS Tools' parameter sets, positions and aliases.
    /// </summary>
    public abstract class AWSCredentialArgumentsCmdlet : AwsShellCmdlet
    {
        public const string BasicOrSessionSet = "BasicOrSession";
        public const string AssumeRoleSet = "AssumeRole";
        public const string AWSCredentialsObjectSet = "AWSCredentialsObject";
        public const string StoredProfileSet = "StoredProfile";

        /// <summary>The AWS access key ID; a temporary one when -SessionToken is also given.</summary>
        [Alias("AK")]
        [Parameter(ValueFromPipelineByPropertyName = true, Mandatory = true, ParameterSetName = BasicOrSessionSet)]
        public string AccessKey { get; set; }

        /// <summary>The AWS secret access key; a temporary one when -SessionToken is also given.</summary>
        [Alias("SK", "SecretAccessKey")]
        [Parameter(ValueFromPipelineByPropertyName = true, Mandatory = true, ParameterSetName = BasicOrSessionSet)]
        public string SecretKey { get; set; }

        /// <summary>The session token of temporary credentials.</summary>
        [Alias("ST")]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = BasicOrSessionSet)]
        public string SessionToken { get; set; }

        /// <summary>External ID for an assume-role profile. RoleTools does not emulate assume-role profiles.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = AssumeRoleSet)]
        public string ExternalID { get; set; }

        /// <summary>MFA device serial number for an assume-role profile. RoleTools does not emulate assume-role profiles.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = AssumeRoleSet)]
        public string MfaSerial { get; set; }

        /// <summary>ARN of the role of an assume-role profile. RoleTools does not emulate assume-role profiles.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, Mandatory = true, ParameterSetName = AssumeRoleSet)]
        public string RoleArn { get; set; }

        /// <summary>Source profile of an assume-role profile. RoleTools does not emulate assume-role profiles.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, Mandatory = true, ParameterSetName = AssumeRoleSet)]
        public string SourceProfile { get; set; }

        /// <summary>Name of a credential profile saved in the RoleTools store (Set-AWSCredential -StoreAs).</summary>
        [Alias("StoredCredentials", "AWSProfileName")]
        [Parameter(ValueFromPipelineByPropertyName = true, Mandatory = true, ParameterSetName = StoredProfileSet, Position = 200)]
        public string ProfileName { get; set; }

        /// <summary>
        /// Names a separate set of profiles, as AWS Tools names a credential file. RoleTools keeps that set in
        /// its store under the full path and never reads or writes a file there.
        /// </summary>
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 201, ParameterSetName = BasicOrSessionSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 201, ParameterSetName = AssumeRoleSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 201, ParameterSetName = AWSCredentialsObjectSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 201, ParameterSetName = StoredProfileSet)]
        public virtual string ProfileLocation { get; set; }

        /// <summary>An SDK credentials object. Only basic and session credentials can be saved with -StoreAs.</summary>
        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true, ParameterSetName = AWSCredentialsObjectSet)]
        public AWSCredentials Credential { get; set; }

        /// <summary>Network credentials for SAML role profiles. Accepted for compatibility; RoleTools has no SAML profiles.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = StoredProfileSet)]
        public PSCredential NetworkCredential { get; set; }

        /// <summary>Builds the credential lookup from the bound parameters.</summary>
        internal CredentialChain CreateCredentialChain() => new CredentialChain
        {
            AccessKey = AccessKey,
            SecretKey = SecretKey,
            SessionToken = SessionToken,
            ProfileName = ProfileName,
            ProfileLocation = ProfileLocationKey(ProfileLocation),
            Credential = Credential,
        };

        /// <summary>Fails with RoleTools.NotEmulated.AssumeRoleProfile when the assume-role parameter set was chosen.</summary>
        protected void RejectAssumeRole()
        {
            if (ParameterSetName == AssumeRoleSet)
            {
                ThrowNotEmulated(
                    "AssumeRoleProfile",
                    "RoleTools does not emulate assume-role credential profiles (-RoleArn, -SourceProfile). Save the role's keys with -AccessKey and -SecretKey instead.");
            }
        }
    }
}
