using System;
using System.Management.Automation;
using Amazon;
using Amazon.PowerShell.Common;
using RoleTools.Core.Common;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// The shell variables that AWS Tools keeps per session ($StoredAWSRegion, $StoredAWSCredentials)
    /// and the region lookup that every emulated cmdlet shares.
    /// </summary>
    public static class SessionDefaults
    {
        /// <summary>Name of the variable holding the session's default region system name.</summary>
        public const string RegionVariableName = "StoredAWSRegion";

        /// <summary>Name of the variable holding the session's credentials (an <see cref="AWSPSCredentials"/>).</summary>
        public const string CredentialsVariableName = "StoredAWSCredentials";

        /// <summary>
        /// Returns the region system name that a -Region argument names: a string, an <see cref="AWSRegion"/>
        /// (as Get-AWSRegion writes) or an SDK <see cref="RegionEndpoint"/>; null when none is given.
        /// </summary>
        public static string RegionName(object value)
        {
            if (value is PSObject wrapped)
            {
                value = wrapped.BaseObject;
            }

            switch (value)
            {
                case null:
                    return null;
                case AWSRegion region:
                    return NonBlank(region.Region);
                case RegionEndpoint endpoint:
                    return endpoint.SystemName;
                default:
                    return NonBlank(value.ToString());
            }
        }

        /// <summary>Returns $StoredAWSRegion as seen from the caller's scope, or null. Only a string counts, as in AWS Tools.</summary>
        public static string StoredRegion(SessionState sessionState) =>
            sessionState.PSVariable.GetValue(RegionVariableName) is string name ? NonBlank(name) : null;

        /// <summary>
        /// Resolves the region for a cmdlet: -Region, $StoredAWSRegion, the store's default profile,
        /// $env:AWS_REGION, $env:AWS_DEFAULT_REGION, then the store's default region.
        /// </summary>
        public static ResolvedRegion ResolveRegion(SessionState sessionState, object regionParameter, RoleToolsStore store, string profileLocation)
        {
            return AwsRegions.Resolve(
                RegionName(regionParameter),
                StoredRegion(sessionState),
                () => CredentialProfiles.DefaultRegion(store, profileLocation),
                Environment.GetEnvironmentVariable,
                () => store.GetInfo().DefaultRegion);
        }

        /// <summary>
        /// Sets a session variable in the caller's scope, or in <paramref name="scope"/> when given,
        /// the way AWS Tools' -Scope parameter does.
        /// </summary>
        public static void SetVariable(SessionState sessionState, string name, object value, VariableScope? scope)
        {
            string qualified = scope.HasValue ? scope.Value + ":" + name : name;
            sessionState.PSVariable.Set(qualified, value);
        }

        private static string NonBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
