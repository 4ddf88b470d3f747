using System.Management.Automation;
using RoleTools.Core.Common;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Common
{
    /// <summary>
    /// Set-DefaultAWSRegion: sets $StoredAWSRegion, which AWS cmdlets use when -Region is not given.
    /// Without -Region it takes the region the other sources give (default profile, environment, store default).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "DefaultAWSRegion")]
    [OutputType("None")]
    public class SetDefaultAWSRegionCmdlet : AwsShellCmdlet
    {
        /// <summary>
        /// A region system name such as us-west-2, or an AWSRegion object. As in AWS Tools, a name missing from
        /// the SDK's region list is accepted, so regions launched after this build can be named.
        /// </summary>
        [Parameter(Position = 210, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("RegionToCall")]
        public object Region { get; set; }

        /// <summary>The -ProfileLocation whose default profile supplies the region when -Region is omitted.</summary>
        [Parameter(Position = 211, ValueFromPipelineByPropertyName = true)]
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        public string ProfileLocation { get; set; }

        /// <summary>The scope of the $StoredAWSRegion variable to set; the caller's scope when omitted.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public VariableScope Scope { get; set; }

        protected override void ProcessRecord()
        {
            if (Region != null && SessionDefaults.RegionName(Region) == null)
            {
                ThrowArgumentError("Unsupported parameter type; Region must be a string containing the system name for a region, or an AWSRegion instance");
            }

            ResolvedRegion region = RunOnStore(() => SessionDefaults.ResolveRegion(SessionState, Region, Store, ProfileLocationKey(ProfileLocation)));
            string systemName = AwsRegions.Get(region.Name).SystemName;
            VariableScope? scope = ParameterWasBound(nameof(Scope)) ? Scope : (VariableScope?)null;
            SessionDefaults.SetVariable(SessionState, SessionDefaults.RegionVariableName, systemName, scope);
            WriteVerbose($"${SessionDefaults.RegionVariableName} is now '{systemName}' (from {region.Source}).");
        }
    }
}
