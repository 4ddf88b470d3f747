using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using Amazon.Runtime;
using RoleTools.Core.Common;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Common
{
    /// <summary>
    /// Initialize-AWSDefaultConfiguration: saves credentials and a region as the store's 'default' profile
    /// and makes them the session's defaults ($StoredAWSCredentials, $StoredAWSRegion).
    /// </summary>
    /// <remarks>
    /// Credentials come from the key parameters, -ProfileName (copied into 'default') or -Credential.
    /// Without them they come from $StoredAWSCredentials, the AWS_* environment variables or the existing
    /// 'default' profile. When none of those has keys, the user is prompted for keys, as in AWS Tools. The region comes from
    /// -Region, $StoredAWSRegion, the 'default' profile, the environment, then the store's default region,
    /// which takes the place of AWS Tools' instance-metadata lookup and region prompt.
    /// </remarks>
    [Cmdlet(VerbsData.Initialize, "AWSDefaultConfiguration", DefaultParameterSetName = InstanceProfileSet)]
    [Alias("Initialize-AWSDefaults")]
    [OutputType("None")]
    public class InitializeAWSDefaultConfigurationCmdlet : AWSCredentialArgumentsCmdlet
    {
        public const string InstanceProfileSet = "InstanceProfile";
        public const string RegionOnlySet = "RegionOnly";

        private const string AccessKeyFieldName = "AWS Access Key";
        private const string SecretKeyFieldName = "AWS Secret Key";

        /// <summary>A region system name or an AWSRegion object to save in the 'default' profile and set for the session.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 210, ParameterSetName = BasicOrSessionSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 210, ParameterSetName = AssumeRoleSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 210, ParameterSetName = AWSCredentialsObjectSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 210, ParameterSetName = StoredProfileSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Mandatory = true, Position = 210, ParameterSetName = RegionOnlySet)]
        [Alias("RegionToCall")]
        public object Region { get; set; }

        /// <summary>
        /// Names a separate set of profiles, as AWS Tools names a credential file. RoleTools keeps that set in
        /// its store under the full path and never reads or writes a file there.
        /// </summary>
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 201, ParameterSetName = BasicOrSessionSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 201, ParameterSetName = AssumeRoleSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 201, ParameterSetName = AWSCredentialsObjectSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 201, ParameterSetName = StoredProfileSet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 201, ParameterSetName = RegionOnlySet)]
        [Parameter(ValueFromPipelineByPropertyName = true, Position = 201, ParameterSetName = InstanceProfileSet)]
        public override string ProfileLocation { get; set; }

        /// <summary>The scope of the session variables to set; the caller's scope when omitted.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public VariableScope Scope { get; set; }

        protected override void ProcessRecord()
        {
            RejectAssumeRole();
            if (Region != null && SessionDefaults.RegionName(Region) == null)
            {
                ThrowArgumentError("Unsupported parameter type; Region must be a string containing the system name for a region, or an AWSRegion instance");
            }

            string location = ProfileLocationKey(ProfileLocation);
            AWSPSCredentials credentials = RunOnStore(() => CreateCredentialChain().Resolve(SessionState, Store));
            if (credentials == null && !string.IsNullOrEmpty(ProfileName))
            {
                ThrowArgumentError("Cannot determine credentials from supplied parameters");
            }

            if (credentials == null)
            {
                credentials = PromptForKeys();
            }

            WriteVerbose($"{MyInvocation.MyCommand.Name}: Credentials for this shell were set from {CredentialChain.Describe(credentials)}.");

            ResolvedRegion region = RunOnStore(() => SessionDefaults.ResolveRegion(SessionState, Region, Store, location));
            string regionName = AwsRegions.Get(region.Name).SystemName;
            WriteVerbose($"{MyInvocation.MyCommand.Name}: Region '{regionName}' was set for this shell from {region.Source}.");

            CredentialProfile saved = RunOnStore(() => SaveDefaultProfile(location, credentials, regionName));
            WriteVerbose($"Default credentials and/or region have been stored to credentials profile '{saved.Name}' in the RoleTools store '{Store.Path}' and set active for this shell.");

            VariableScope? scope = ParameterWasBound(nameof(Scope)) ? Scope : (VariableScope?)null;
            SessionDefaults.SetVariable(SessionState, SessionDefaults.CredentialsVariableName, credentials, scope);
            SessionDefaults.SetVariable(SessionState, SessionDefaults.RegionVariableName, regionName, scope);
        }

        private CredentialProfile SaveDefaultProfile(string location, AWSPSCredentials credentials, string regionName)
        {
            const string target = CredentialProfiles.DefaultProfileName;
            if (ParameterSetName == StoredProfileSet)
            {
                return CredentialProfiles.Copy(Store, location, ProfileName, target, regionName);
            }

            var profile = new CredentialProfile { Name = target, Location = location, Region = regionName };
            ImmutableCredentials keys = SavableKeys(credentials.Credentials);
            if (keys != null)
            {
                profile.AccessKeyId = keys.AccessKey;
                profile.SecretAccessKey = keys.SecretKey;
                profile.SessionToken = keys.UseToken ? keys.Token : null;
            }
            else if (CredentialProfiles.Find(Store, location, target) is CredentialProfile existing)
            {
                // Credentials that hold no plain keys are set for the session only; the profile keeps its own.
                profile.AccessKeyId = existing.AccessKeyId;
                profile.SecretAccessKey = existing.SecretAccessKey;
                profile.SessionToken = existing.SessionToken;
            }

            return CredentialProfiles.Save(Store, profile);
        }

        private ImmutableCredentials SavableKeys(AWSCredentials credentials)
        {
            try
            {
                return CredentialChain.ExtractKeys(credentials);
            }
            catch (InvalidOperationException ex) when (ParameterSetName == AWSCredentialsObjectSet)
            {
                ThrowTerminatingError(new ErrorRecord(ex, "InvalidOperationException", ErrorCategory.InvalidArgument, credentials));
                return null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        /// <summary>Asks for keys through the host, as AWS Tools does when no source has credentials.</summary>
        private AWSPSCredentials PromptForKeys()
        {
            var fields = new Collection<FieldDescription> { new FieldDescription(AccessKeyFieldName), new FieldDescription(SecretKeyFieldName) };
            Dictionary<string, PSObject> response = Host.UI.Prompt("Credentials", "Please enter your AWS Access and Secret Keys", fields);
            string accessKey = response != null && response.TryGetValue(AccessKeyFieldName, out PSObject access) ? access?.BaseObject as string : null;
            string secretKey = response != null && response.TryGetValue(SecretKeyFieldName, out PSObject secret) ? secret?.BaseObject as string : null;
            if (string.IsNullOrEmpty(accessKey))
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentOutOfRangeException(AccessKeyFieldName + " is not set"), "ArgumentOutOfRangeException", ErrorCategory.InvalidArgument, this));
            }

            if (string.IsNullOrEmpty(secretKey))
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentOutOfRangeException(SecretKeyFieldName + " is not set"), "ArgumentOutOfRangeException", ErrorCategory.InvalidArgument, this));
            }

            return new AWSPSCredentials(new BasicAWSCredentials(accessKey, secretKey), CredentialProfiles.DefaultProfileName, CredentialsSource.Profile);
        }
    }
}
