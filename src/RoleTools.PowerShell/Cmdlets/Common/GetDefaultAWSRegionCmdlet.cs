using System.Management.Automation;
using RoleTools.Core.Common;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Common
{
    /// <summary>Get-DefaultAWSRegion: returns the region in $StoredAWSRegion as an AWSRegion, or nothing when it is not set.</summary>
    [Cmdlet(VerbsCommon.Get, "DefaultAWSRegion")]
    [OutputType(typeof(AWSRegion))]
    public class GetDefaultAWSRegionCmdlet : AwsShellCmdlet
    {
        protected override void ProcessRecord()
        {
            string name = SessionDefaults.StoredRegion(SessionState);
            if (name != null)
            {
                WriteObject(new AWSRegion(AwsRegions.Get(name), SessionState));
            }
        }
    }
}
