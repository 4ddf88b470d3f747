using System;
using System.Linq;
using System.Management.Automation;
using Amazon;
using RoleTools.Core.Common;

namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// Base of the emulated AWS.Tools.EC2 cmdlets. EC2 is regional: the region comes from -Region, then
    /// the session default ($StoredAWSRegion), then the region of the store's 'default' credential profile,
    /// then $env:AWS_REGION, then $env:AWS_DEFAULT_REGION, then the store's default region.
    /// </summary>
    public abstract class Ec2Cmdlet : AwsServiceCmdlet
    {
        /// <summary>Settings of the EC2 service client. Accepted for compatibility; RoleTools calls no endpoint, so they have no effect.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Amazon.EC2.AmazonEC2Config ClientConfig { get; set; }

        /// <summary>Returns the region this call works in, validated against the SDK's region list.</summary>
        protected string ResolveRegion()
        {
            string location = string.IsNullOrWhiteSpace(ProfileLocation) ? null : GetUnresolvedProviderPathFromPSPath(ProfileLocation);
            string region = SessionDefaults.ResolveRegion(SessionState, Region, Store, location).Name;

            if (!AwsRegions.IsKnown(region))
            {
                string supported = string.Join(", ", AwsRegions.All.Select(r => r.SystemName));
                var error = new ArgumentOutOfRangeException("Region", region, "Unsupported Region value. Supported values: " + supported);
                ThrowTerminatingError(new ErrorRecord(error, "ArgumentOutOfRangeException", ErrorCategory.InvalidArgument, region));
            }

            return region.ToLowerInvariant();
        }
    }
}
