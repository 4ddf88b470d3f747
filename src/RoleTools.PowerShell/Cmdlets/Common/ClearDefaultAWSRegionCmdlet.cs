using System.Management.Automation;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Common
{
    /// <summary>Clear-DefaultAWSRegion: sets $StoredAWSRegion to $null, so cmdlets fall back to the other region sources.</summary>
    [Cmdlet(VerbsCommon.Clear, "DefaultAWSRegion")]
    [OutputType("None")]
    public class ClearDefaultAWSRegionCmdlet : AwsShellCmdlet
    {
        /// <summary>The scope of the $StoredAWSRegion variable to clear; the caller's scope when omitted.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public VariableScope Scope { get; set; }

        protected override void ProcessRecord()
        {
            VariableScope? scope = ParameterWasBound(nameof(Scope)) ? Scope : (VariableScope?)null;
            SessionDefaults.SetVariable(SessionState, SessionDefaults.RegionVariableName, null, scope);
        }
    }
}
