using System;
using System.Collections.Generic;

namespace RoleTools.Core.Metadata
{
    /// <summary>
    /// What the metadata endpoint serves for one emulated instance at one instant: the instance's
    /// launch settings, metadata options, tags and the IAM role reached through its active association.
    /// </summary>
    public sealed class InstanceView
    {
        public string InstanceId { get; set; }
        public string AccountId { get; set; }
        public string Region { get; set; }
        public string ReservationId { get; set; }
        public string ImageId { get; set; }
        public string InstanceType { get; set; }
        public string AvailabilityZone { get; set; }
        public string PrivateIpAddress { get; set; }
        public string MacAddress { get; set; }
        public int AmiLaunchIndex { get; set; }
        public string KeyName { get; set; }
        public string SubnetId { get; set; }
        public string VpcId { get; set; }
        public DateTime LaunchTime { get; set; }

        /// <summary>The effective instance state (pending transitions completed on the emulated clock).</summary>
        public string State { get; set; }

        /// <summary>User data as given at launch (base64 text), or null when none.</summary>
        public string UserData { get; set; }

        /// <summary>HttpTokens: "optional" or "required".</summary>
        public string HttpTokens { get; set; }

        /// <summary>HttpEndpoint: "enabled" or "disabled".</summary>
        public string HttpEndpoint { get; set; }

        public int HttpPutResponseHopLimit { get; set; }

        /// <summary>InstanceMetadataTags: "enabled" exposes the tags/instance category.</summary>
        public string InstanceMetadataTags { get; set; }

        /// <summary>Security group names from the launch settings, in launch order.</summary>
        public IReadOnlyList<string> SecurityGroupNames { get; set; } = Array.Empty<string>();

        /// <summary>Security group IDs from the launch settings, in launch order.</summary>
        public IReadOnlyList<string> SecurityGroupIds { get; set; } = Array.Empty<string>();

        /// <summary>The instance's tags, ordered by key.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Tags { get; set; } = Array.Empty<KeyValuePair<string, string>>();

        /// <summary>The instance profile of the active association, or null when no role is attached.</summary>
        public AttachedProfile Profile { get; set; }

        public bool TokensRequired => string.Equals(HttpTokens, "required", StringComparison.Ordinal);

        public bool EndpointDisabled => string.Equals(HttpEndpoint, "disabled", StringComparison.Ordinal);

        public bool TagsExposed => string.Equals(InstanceMetadataTags, "enabled", StringComparison.Ordinal);

        /// <summary>True while the instance runs (or is starting), the only states in which EC2 serves metadata.</summary>
        public bool IsServing => State == "running" || State == "pending";
    }

    /// <summary>The instance profile named by an instance's active association, and the role it contains.</summary>
    public sealed class AttachedProfile
    {
        public string AssociationId { get; set; }
        public string InstanceProfileArn { get; set; }
        public string InstanceProfileId { get; set; }

        /// <summary>When the association was made; iam/info reports it as LastUpdated.</summary>
        public DateTime AssociatedAt { get; set; }

        /// <summary>False when the profile named by the association has since been deleted.</summary>
        public bool ProfileExists { get; set; }

        /// <summary>The profile's role, or null when the profile contains none.</summary>
        public AttachedRole Role { get; set; }
    }

    /// <summary>The role inside an attached instance profile.</summary>
    public sealed class AttachedRole
    {
        public string RoleId { get; set; }
        public string RoleName { get; set; }
        public string Arn { get; set; }
        public string AssumeRolePolicy { get; set; }
    }
}
