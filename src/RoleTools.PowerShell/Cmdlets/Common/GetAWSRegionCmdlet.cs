using System;
using System.Management.Automation;
using Amazon;
using RoleTools.Core.Common;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Common
{
    /// <summary>
    /// Get-AWSRegion: lists the regions of the AWS SDK's catalogue (public regions by default; China and
    /// GovCloud on request), or returns the one region named by -SystemName.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AWSRegion", DefaultParameterSetName = PublicOnlySet)]
    [OutputType(typeof(AWSRegion))]
    public class GetAWSRegionCmdlet : AwsShellCmdlet
    {
        private const string PublicOnlySet = "PublicOnly";
        private const string PublicAndGovCloudSet = "PublicAndGovCloud";
        private const string GovCloudOnlySet = "GovCloudOnly";

        /// <summary>Returns only this region, e.g. us-west-2. China and GovCloud regions can be named here too.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PublicOnlySet)]
        [Parameter(ParameterSetName = PublicAndGovCloudSet, ValueFromPipelineByPropertyName = true)]
        public string SystemName { get; set; }

        /// <summary>Includes the China regions (cn-*) in the list. Ignored with -SystemName.</summary>
        [Parameter(ParameterSetName = PublicOnlySet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = PublicAndGovCloudSet, ValueFromPipelineByPropertyName = true)]
        public SwitchParameter IncludeChina { get; set; }

        /// <summary>Includes the GovCloud regions (us-gov-*) in the list.</summary>
        [Parameter(ParameterSetName = PublicAndGovCloudSet, ValueFromPipelineByPropertyName = true)]
        public SwitchParameter IncludeGovCloud { get; set; }

        /// <summary>Lists only the GovCloud regions.</summary>
        [Parameter(ParameterSetName = GovCloudOnlySet, ValueFromPipelineByPropertyName = true)]
        public SwitchParameter GovCloudOnly { get; set; }

        protected override void ProcessRecord()
        {
            if (!string.IsNullOrEmpty(SystemName))
            {
                WriteObject(new AWSRegion(AwsRegions.Get(SystemName), SessionState));
                return;
            }

            foreach (RegionEndpoint region in AwsRegions.All)
            {
                if (IsListed(region.SystemName))
                {
                    WriteObject(new AWSRegion(region, SessionState));
                }
            }
        }

        private bool IsListed(string systemName)
        {
            if (systemName.StartsWith("us-gov-", StringComparison.OrdinalIgnoreCase))
            {
                return IncludeGovCloud.IsPresent || GovCloudOnly.IsPresent;
            }

            if (GovCloudOnly.IsPresent)
            {
                return false;
            }

            return IncludeChina.IsPresent || !systemName.StartsWith("cn-", StringComparison.OrdinalIgnoreCase);
        }
    }
}
