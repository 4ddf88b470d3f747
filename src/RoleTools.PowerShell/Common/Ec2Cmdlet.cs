using System;
using System.Linq;
using System.Management.Automation;
using Amazon;

namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// Base of the emulated AWS.Tools.EC2 cmdlets. EC2 is regional: the region comes from -Region, then
    /// the session default ($StoredAWSRegion), then $env:AWS_REGION, then $env:AWS_DEFAULT_REGION,
    /// then the store's default region.
    /// </summary>
    public abstract class Ec2Cmdlet : AwsServiceCmdlet
    {
        /// <summary>Returns the region this call works in, validated against the SDK's region list.</summary>
        protected string ResolveRegion()
        {
            string region = RegionName(Region)
                ?? RegionName(SessionState.PSVariable.GetValue("StoredAWSRegion"))
                ?? NonEmpty(Environment.GetEnvironmentVariable("AWS_REGION"))
                ?? NonEmpty(Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION"))
                ?? Store.GetInfo().DefaultRegion;

            if (!RegionEndpoint.EnumerableAllRegions.Any(r => string.Equals(r.SystemName, region, StringComparison.OrdinalIgnoreCase)))
            {
                string supported = string.Join(", ", RegionEndpoint.EnumerableAllRegions.Select(r => r.SystemName));
                var error = new ArgumentOutOfRangeException("Region", region, "Unsupported Region value. Supported values: " + supported);
                ThrowTerminatingError(new ErrorRecord(error, "ArgumentOutOfRangeException", ErrorCategory.InvalidArgument, region));
            }

            return region.ToLowerInvariant();
        }

        private static string RegionName(object value)
        {
            if (value is PSObject wrapped)
            {
                value = wrapped.BaseObject;
            }

            switch (value)
            {
                case null:
                    return null;
                case RegionEndpoint endpoint:
                    return endpoint.SystemName;
                default:
                    return NonEmpty(value.ToString());
            }
        }

        private static string NonEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
