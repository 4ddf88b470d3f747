using System;
using System.Collections.Generic;

namespace RoleTools.Core.Ec2
{
    /// <summary>One row of ec2_instances, with column names mapped to properties by the SELECT in <see cref="Sql"/>.</summary>
    internal sealed class InstanceRecord
    {
        internal const string Columns =
            "instance_id AS InstanceId, reservation_id AS ReservationId, region AS Region, ami_launch_index AS AmiLaunchIndex, " +
            "image_id AS ImageId, instance_type AS InstanceType, key_name AS KeyName, subnet_id AS SubnetId, vpc_id AS VpcId, " +
            "availability_zone AS AvailabilityZone, private_ip_address AS PrivateIpAddress, mac_address AS MacAddress, " +
            "launch_time AS LaunchTime, state AS State, state_changed_at AS StateChangedAt, " +
            "state_transition_reason AS StateTransitionReason, state_reason_code AS StateReasonCode, user_data AS UserData, " +
            "client_token AS ClientToken, http_tokens AS HttpTokens, http_endpoint AS HttpEndpoint, " +
            "http_put_response_hop_limit AS HttpPutResponseHopLimit, http_protocol_ipv6 AS HttpProtocolIpv6, " +
            "instance_metadata_tags AS InstanceMetadataTags, metadata_options_changed_at AS MetadataOptionsChangedAt, " +
            "details_json AS DetailsJson, terminated_at AS TerminatedAt";

        internal const string Sql = "SELECT " + Columns + " FROM ec2_instances";

        public string InstanceId { get; set; }
        public string ReservationId { get; set; }
        public string Region { get; set; }
        public long AmiLaunchIndex { get; set; }
        public string ImageId { get; set; }
        public string InstanceType { get; set; }
        public string KeyName { get; set; }
        public string SubnetId { get; set; }
        public string VpcId { get; set; }
        public string AvailabilityZone { get; set; }
        public string PrivateIpAddress { get; set; }
        public string MacAddress { get; set; }
        public string LaunchTime { get; set; }
        public string State { get; set; }
        public string StateChangedAt { get; set; }
        public string StateTransitionReason { get; set; }
        public string StateReasonCode { get; set; }
        public string UserData { get; set; }
        public string ClientToken { get; set; }
        public string HttpTokens { get; set; }
        public string HttpEndpoint { get; set; }
        public long HttpPutResponseHopLimit { get; set; }
        public string HttpProtocolIpv6 { get; set; }
        public string InstanceMetadataTags { get; set; }
        public string MetadataOptionsChangedAt { get; set; }
        public string DetailsJson { get; set; }
        public string TerminatedAt { get; set; }

        /// <summary>The state a reader sees now; set by the loader.</summary>
        internal EffectiveState Effective { get; set; }

        /// <summary>Tags of the instance, in key order; set by the loader.</summary>
        internal List<KeyValuePair<string, string>> Tags { get; set; } = new List<KeyValuePair<string, string>>();

        /// <summary>The instance's association while one exists; set by the loader.</summary>
        internal AssociationRecord Association { get; set; }

        /// <summary>True when the instance entered pending by launch and has not been running since.</summary>
        internal bool NeverRan => State == InstanceLifecycle.Pending && StateChangedAt == LaunchTime;
    }

    /// <summary>One row of ec2_iam_associations.</summary>
    internal sealed class AssociationRecord
    {
        internal const string Sql =
            "SELECT association_id AS AssociationId, instance_id AS InstanceId, region AS Region, " +
            "instance_profile_arn AS InstanceProfileArn, instance_profile_id AS InstanceProfileId, state AS State, " +
            "state_changed_at AS StateChangedAt, created_at AS CreatedAt FROM ec2_iam_associations";

        public string AssociationId { get; set; }
        public string InstanceId { get; set; }
        public string Region { get; set; }
        public string InstanceProfileArn { get; set; }
        public string InstanceProfileId { get; set; }
        public string State { get; set; }
        public string StateChangedAt { get; set; }
        public string CreatedAt { get; set; }

        internal EffectiveState Effective { get; set; }
    }

    /// <summary>
    /// Launch settings that no state rule reads, kept as JSON in ec2_instances.details_json so they show on
    /// the instance exactly as launched.
    /// </summary>
    internal sealed class InstanceDetails
    {
        public List<GroupDetail> SecurityGroups { get; set; } = new List<GroupDetail>();
        public List<BlockDeviceDetail> BlockDevices { get; set; } = new List<BlockDeviceDetail>();
        public string RootDeviceName { get; set; }
        public bool Monitoring { get; set; }
        public bool EbsOptimized { get; set; }
        public bool DisableApiTermination { get; set; }
        public bool DisableApiStop { get; set; }
        public string ShutdownBehavior { get; set; }
        public string KernelId { get; set; }
        public string RamdiskId { get; set; }
        public string AdditionalInfo { get; set; }
        public string Tenancy { get; set; }
        public int? CoreCount { get; set; }
        public int? ThreadsPerCore { get; set; }
        public string CpuCredits { get; set; }
        public bool HibernationConfigured { get; set; }
        public bool EnclaveEnabled { get; set; }
        public string AutoRecovery { get; set; }
        public string HostnameType { get; set; }
        public bool EnableResourceNameDnsARecord { get; set; }
        public bool EnableResourceNameDnsAAAARecord { get; set; }
    }

    /// <summary>A security group the instance was launched into.</summary>
    internal sealed class GroupDetail
    {
        public string GroupId { get; set; }
        public string GroupName { get; set; }
    }

    /// <summary>An EBS volume attached at launch, from the image's root device or -BlockDeviceMapping.</summary>
    internal sealed class BlockDeviceDetail
    {
        public string DeviceName { get; set; }
        public string VolumeId { get; set; }
        public bool DeleteOnTermination { get; set; }
        public int? VolumeSize { get; set; }
        public string VolumeType { get; set; }
        public int? Iops { get; set; }
        public int? Throughput { get; set; }
        public bool Encrypted { get; set; }
        public string KmsKeyId { get; set; }
        public string SnapshotId { get; set; }
        public DateTime AttachTime { get; set; }
    }
}
