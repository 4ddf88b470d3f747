using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Amazon.Runtime;
using RoleTools.Core.Common;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Common
{
    /// <summary>
    /// Get-AWSCredential: returns the session's credentials ($StoredAWSCredentials) or a stored profile's,
    /// or lists the profiles in the RoleTools store.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AWSCredential", DefaultParameterSetName = ShellSet)]
    [Alias("Get-AWSCredentials")]
    [OutputType(typeof(AWSCredentials), typeof(string), typeof(ProfileInfo))]
    public class GetAWSCredentialCmdlet : AwsShellCmdlet
    {
        private const string ShellSet = "Shell";
        private const string SingleProfileSet = "SingleProfile";
        private const string ListNameSet = "ListName";
        private const string ListDetailSet = "ListDetail";

        /// <summary>The StoreTypeName that profiles in the RoleTools store report.</summary>
        public const string StoreTypeName = "RoleToolsStore";

        /// <summary>Name of the stored profile whose credentials to return. A name that matches no profile returns nothing.</summary>
        [Parameter(Position = 1, ParameterSetName = SingleProfileSet, ValueFromPipelineByPropertyName = true)]
        [Alias("StoredCredentials")]
        public string ProfileName { get; set; }

        /// <summary>The -ProfileLocation the profiles were saved under; omit it for the default profile set.</summary>
        [Parameter(ParameterSetName = SingleProfileSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = ListNameSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = ListDetailSet, ValueFromPipelineByPropertyName = true)]
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        public string ProfileLocation { get; set; }

        /// <summary>Lists profile names only. Deprecated in AWS Tools in favour of -ListProfileDetail.</summary>
        [Parameter(ParameterSetName = ListNameSet, ValueFromPipelineByPropertyName = true)]
        [Alias("ListStoredCredentials", "ListProfiles")]
        public SwitchParameter ListProfile { get; set; }

        /// <summary>Lists each profile's name, store type and location.</summary>
        [Parameter(ParameterSetName = ListDetailSet, ValueFromPipelineByPropertyName = true)]
        public SwitchParameter ListProfileDetail { get; set; }

        protected override void ProcessRecord()
        {
            string location = ProfileLocationKey(ProfileLocation);
            if (ListProfile.IsPresent)
            {
                WriteWarning("The ListProfile switch is deprecated and will be removed from a future release.  Please use ListProfileDetail instead.");
                WriteObject(ListProfiles(location).Select(p => p.Name), enumerateCollection: true);
                return;
            }

            if (ListProfileDetail.IsPresent)
            {
                WriteObject(ListProfiles(location).Select(ToProfileInfo), enumerateCollection: true);
                return;
            }

            if (string.IsNullOrEmpty(ProfileName))
            {
                if (SessionState.PSVariable.GetValue(SessionDefaults.CredentialsVariableName) is AWSPSCredentials stored)
                {
                    WriteObject(stored.Credentials);
                }

                return;
            }

            CredentialProfile profile = RunOnStore(() => CredentialProfiles.Find(Store, location, ProfileName));
            if (profile != null && profile.HasKeys)
            {
                WriteObject(CredentialChain.ToSdkCredentials(profile.AccessKeyId, profile.SecretAccessKey, profile.SessionToken));
            }
        }

        private IReadOnlyList<CredentialProfile> ListProfiles(string location) => RunOnStore(() => CredentialProfiles.List(Store, location));

        private static ProfileInfo ToProfileInfo(CredentialProfile profile) => new ProfileInfo
        {
            ProfileName = profile.Name,
            StoreTypeName = StoreTypeName,
            ProfileLocation = profile.Location,
        };
    }
}
