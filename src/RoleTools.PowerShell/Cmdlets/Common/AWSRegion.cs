using System;
using System.Management.Automation;
using Amazon;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Common
{
    /// <summary>An AWS region as Get-AWSRegion and Get-DefaultAWSRegion write it.</summary>
    public class AWSRegion
    {
        private readonly SessionState _sessionState;

        internal AWSRegion(RegionEndpoint endpoint, SessionState sessionState)
        {
            Region = endpoint.SystemName;
            Name = endpoint.DisplayName;
            _sessionState = sessionState;
        }

        /// <summary>The region's system name, e.g. <c>us-west-2</c>.</summary>
        public string Region { get; private set; }

        /// <summary>The region's display name, e.g. <c>US West (Oregon)</c>; "Unknown" for a name the SDK does not list.</summary>
        public string Name { get; private set; }

        /// <summary>True when $StoredAWSRegion, read when this property is read, names this region.</summary>
        public bool IsShellDefault =>
            string.Equals(SessionDefaults.StoredRegion(_sessionState), Region, StringComparison.OrdinalIgnoreCase);

        public override string ToString() => Region;
    }
}
