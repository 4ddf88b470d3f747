using System.Management.Automation;
using RoleTools.Core.Common;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Common
{
    /// <summary>Remove-AWSCredentialProfile: deletes a credential profile from the RoleTools store.</summary>
    [Cmdlet(VerbsCommon.Remove, "AWSCredentialProfile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType("None")]
    public class RemoveAWSCredentialProfileCmdlet : AwsShellCmdlet
    {
        /// <summary>Name of the profile to delete (case-sensitive).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("StoredCredentials")]
        public string ProfileName { get; set; }

        /// <summary>The -ProfileLocation the profile was saved under; omit it for the default profile set.</summary>
        [Parameter(Position = 2, ValueFromPipelineByPropertyName = true)]
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        public string ProfileLocation { get; set; }

        /// <summary>Deletes without asking for confirmation. -WhatIf still only reports.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            string location = ProfileLocationKey(ProfileLocation);
            if (RunOnStore(() => CredentialProfiles.Find(Store, location, ProfileName)) == null)
            {
                ThrowArgumentError("The CredentialProfile '" + ProfileName + "' does not exist.");
            }

            if (!ConfirmShouldProceed())
            {
                return;
            }

            RunOnStore(() => CredentialProfiles.Remove(Store, location, ProfileName));
            WriteVerbose($"Removed credential profile '{ProfileName}' from the RoleTools store '{Store.Path}'.");
        }

        /// <summary>AWS Tools' rule: with -WhatIf ShouldProcess decides, otherwise -Force or ShouldProcess.</summary>
        private bool ConfirmShouldProceed()
        {
            const string action = "Remove-AWSCredentialProfile";
            if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out object whatIf) && whatIf is SwitchParameter whatIfSwitch && whatIfSwitch.IsPresent)
            {
                return ShouldProcess(ProfileName, action);
            }

            return Force.IsPresent || ShouldProcess(ProfileName, action);
        }
    }
}
