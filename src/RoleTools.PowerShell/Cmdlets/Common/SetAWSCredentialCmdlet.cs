using System;
using System.Management.Automation;
using Amazon.Runtime;
using RoleTools.Core.Common;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Common
{
    /// <summary>
    /// Set-AWSCredential: sets the session's credentials ($StoredAWSCredentials), or with -StoreAs saves
    /// them as a profile in the RoleTools store. Nothing is written to ~/.aws and nothing is sent anywhere.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AWSCredential")]
    [Alias("Set-AWSCredentials")]
    [OutputType("None")]
    public class SetAWSCredentialCmdlet : AWSCredentialArgumentsCmdlet
    {
        /// <summary>Saves the credentials in the store as a profile of this name instead of setting them for the session.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = BasicOrSessionSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = AssumeRoleSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = AWSCredentialsObjectSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = StoredProfileSet)]
        public string StoreAs { get; set; }

        /// <summary>The scope of the $StoredAWSCredentials variable to set. Cannot be combined with -StoreAs.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = BasicOrSessionSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = AssumeRoleSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = AWSCredentialsObjectSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = StoredProfileSet)]
        public VariableScope Scope { get; set; }

        protected override void ProcessRecord()
        {
            RejectAssumeRole();
            AWSPSCredentials credentials = RunOnStore(() => CreateCredentialChain().Resolve(SessionState, Store));
            if (credentials == null)
            {
                ThrowArgumentError("Cannot determine credentials from supplied parameters");
            }

            WriteVerbose($"Credentials loaded from {CredentialChain.Describe(credentials)}.");
            if (string.IsNullOrEmpty(StoreAs))
            {
                VariableScope? scope = ParameterWasBound(nameof(Scope)) ? Scope : (VariableScope?)null;
                SessionDefaults.SetVariable(SessionState, SessionDefaults.CredentialsVariableName, credentials, scope);
                return;
            }

            if (ParameterWasBound(nameof(Scope)))
            {
                ThrowArgumentError("Parameters Scope and StoreAs cannot be used together.");
            }

            string location = ProfileLocationKey(ProfileLocation);
            RunOnStore(() => ParameterSetName == StoredProfileSet
                ? CredentialProfiles.Copy(Store, location, ProfileName, StoreAs)
                : CredentialProfiles.Save(Store, NewProfile(location, credentials.Credentials)));
            WriteVerbose($"Saved credential profile '{StoreAs}' in the RoleTools store '{Store.Path}'.");
        }

        private CredentialProfile NewProfile(string location, AWSCredentials credentials)
        {
            ImmutableCredentials keys;
            try
            {
                keys = CredentialChain.ExtractKeys(credentials);
            }
            catch (InvalidOperationException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, "InvalidOperationException", ErrorCategory.InvalidArgument, credentials));
                return null;
            }

            return new CredentialProfile
            {
                Name = StoreAs,
                Location = location,
                AccessKeyId = keys.AccessKey,
                SecretAccessKey = keys.SecretKey,
                SessionToken = keys.UseToken ? keys.Token : null,
            };
        }
    }
}
