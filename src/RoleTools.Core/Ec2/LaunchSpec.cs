using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Amazon.EC2;
using Amazon.EC2.Model;
using RoleTools.Core.Errors;
using RoleTools.Core.Store;

namespace RoleTools.Core.Ec2
{
    /// <summary>
    /// A RunInstances request after validation, with every default applied. Its JSON form, minus the
    /// client token, is what an idempotent retry must repeat exactly.
    /// </summary>
    internal sealed class LaunchSpec
    {
        /// <summary>Most instances one RunInstances call may launch here.</summary>
        // NOTE: real accounts have per-type vCPU quotas instead; 100 keeps a runaway -MaxCount from filling the store.
        internal const int MaxInstancesPerLaunch = 100;

        private const int MaxUserDataBytes = 16384;
        private const string RootDeviceName = "/dev/xvda";
        private const string DefaultInstanceType = "m1.small";

        private static readonly HashSet<string> InstanceTypes = new HashSet<string>(
            typeof(InstanceType).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(InstanceType))
                .Select(f => ((InstanceType)f.GetValue(null)).Value),
            StringComparer.Ordinal);

        public string ImageId { get; set; }
        public int Count { get; set; }
        public int MinCount { get; set; }
        public string InstanceType { get; set; }
        public string KeyName { get; set; }
        public string SubnetId { get; set; }
        public string AvailabilityZone { get; set; }
        public bool ZoneChosen { get; set; }
        public string PrivateIpAddress { get; set; }
        public string UserData { get; set; }
        public string InstanceProfileArn { get; set; }
        public string InstanceProfileId { get; set; }
        public string HttpTokens { get; set; }
        public string HttpEndpoint { get; set; }
        public int HopLimit { get; set; }
        public string HttpProtocolIpv6 { get; set; }
        public string InstanceMetadataTags { get; set; }
        public List<KeyValuePair<string, string>> Tags { get; set; } = new List<KeyValuePair<string, string>>();
        public List<string> SecurityGroupNames { get; set; } = new List<string>();
        public List<string> SecurityGroupIds { get; set; } = new List<string>();
        public List<BlockDeviceDetail> BlockDevices { get; set; } = new List<BlockDeviceDetail>();
        public InstanceDetails Details { get; set; } = new InstanceDetails();

        /// <summary>Returns the SHA-256 of the spec's JSON, which idempotent retries compare.</summary>
        internal string Hash()
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(this);
            using (SHA256 sha = SHA256.Create())
            {
                return Convert.ToBase64String(sha.ComputeHash(json));
            }
        }

        /// <summary>Validates <paramref name="request"/> as RunInstances does and returns the normalised spec.</summary>
        internal static LaunchSpec Build(StoreSession session, string region, RunInstancesRequest request)
        {
            RejectNotEmulated(request);
            var spec = new LaunchSpec();

            SetCounts(spec, request);
            SetImageAndType(spec, request);
            SetPlacement(spec, session, region, request);
            SetSecurityGroups(spec, request);
            SetUserData(spec, request);
            SetMetadataOptions(spec, request.MetadataOptions);
            SetTags(spec, request.TagSpecifications);
            SetBlockDevices(spec, request.BlockDeviceMappings);
            SetDetails(spec, request);

            spec.KeyName = string.IsNullOrEmpty(request.KeyName) ? null : request.KeyName;
            bool wantsProfile = !string.IsNullOrEmpty(request.IamInstanceProfile?.Name) || !string.IsNullOrEmpty(request.IamInstanceProfile?.Arn);
            if (wantsProfile)
            {
                InstanceProfileReference profile = InstanceProfiles.Resolve(session, request.IamInstanceProfile);
                spec.InstanceProfileArn = profile.Arn;
                spec.InstanceProfileId = profile.Id;
            }

            return spec;
        }

        /// <summary>
        /// Rejects request members RoleTools does not emulate, naming the member, so nothing is dropped silently.
        /// </summary>
        private static void RejectNotEmulated(RunInstancesRequest request)
        {
            var members = new List<(string Name, bool IsSet)>
            {
                ("LaunchTemplate", request.LaunchTemplate != null),
                ("NetworkInterfaces", request.NetworkInterfaces?.Count > 0),
                ("Ipv6AddressCount", request.Ipv6AddressCount.HasValue),
                ("Ipv6Addresses", request.Ipv6Addresses?.Count > 0),
                ("EnablePrimaryIpv6", request.EnablePrimaryIpv6.HasValue),
                ("LicenseSpecifications", request.LicenseSpecifications?.Count > 0),
#pragma warning disable CS0618 // The SDK marks these obsolete, but AWS Tools still exposes them as parameters.
                ("ElasticGpuSpecification", request.ElasticGpuSpecification?.Count > 0),
                ("ElasticInferenceAccelerators", request.ElasticInferenceAccelerators?.Count > 0),
#pragma warning restore CS0618
                ("InstanceMarketOptions", request.InstanceMarketOptions != null),
                ("CapacityReservationSpecification", request.CapacityReservationSpecification != null),
                ("NetworkPerformanceOptions", request.NetworkPerformanceOptions != null),
                ("Operator", request.Operator != null),
                ("SecondaryInterfaces", request.SecondaryInterfaces?.Count > 0),
                ("Placement.Affinity", !string.IsNullOrEmpty(request.Placement?.Affinity)),
                ("Placement.GroupName", !string.IsNullOrEmpty(request.Placement?.GroupName)),
                ("Placement.GroupId", !string.IsNullOrEmpty(request.Placement?.GroupId)),
                ("Placement.HostId", !string.IsNullOrEmpty(request.Placement?.HostId)),
                ("Placement.HostResourceGroupArn", !string.IsNullOrEmpty(request.Placement?.HostResourceGroupArn)),
                ("Placement.PartitionNumber", request.Placement?.PartitionNumber != null),
                ("Placement.SpreadDomain", !string.IsNullOrEmpty(request.Placement?.SpreadDomain)),
                ("CpuOptions.AmdSevSnp", request.CpuOptions?.AmdSevSnp != null),
                ("CpuOptions.NestedVirtualization", request.CpuOptions?.NestedVirtualization != null),
            };

            foreach (var member in members.Where(m => m.IsSet))
            {
                throw new NotEmulatedException(
                    member.Name.Replace(".", "_"),
                    $"RunInstances member '{member.Name}' is not emulated by RoleTools. Launch without it.");
            }
        }

        private static void SetCounts(LaunchSpec spec, RunInstancesRequest request)
        {
            if (!request.MinCount.HasValue)
            {
                throw Ec2Faults.MissingParameter("MinCount");
            }

            if (!request.MaxCount.HasValue)
            {
                throw Ec2Faults.MissingParameter("MaxCount");
            }

            int min = request.MinCount.Value;
            int max = request.MaxCount.Value;
            if (min < 1)
            {
                throw Ec2Faults.InvalidParameterValue($"Value ({min}) for parameter minCount is invalid. Expected a value greater than zero.");
            }

            if (max < min)
            {
                throw Ec2Faults.InvalidParameterValue($"Value ({max}) for parameter maxCount is invalid. Expected a value greater than or equal to minCount ({min}).");
            }

            if (min > MaxInstancesPerLaunch)
            {
                throw Ec2Errors.Create(
                    "InstanceLimitExceeded",
                    $"You have requested more instances ({min}) than your current instance limit of {MaxInstancesPerLaunch} allows for the specified instance type.");
            }

            spec.MinCount = min;
            spec.Count = Math.Min(max, MaxInstancesPerLaunch);
        }

        private static void SetImageAndType(LaunchSpec spec, RunInstancesRequest request)
        {
            if (string.IsNullOrEmpty(request.ImageId))
            {
                throw Ec2Faults.MissingParameter("ImageId");
            }

            // NOTE: RoleTools keeps no image catalogue, so any well-formed image ID is accepted. The service returns
            // InvalidAMIID.NotFound for an image that does not exist. Key names are not checked either, where the
            // service returns InvalidKeyPair.NotFound.
            if (!Ec2Ids.IsWellFormed(request.ImageId, Ec2Ids.ImagePrefix))
            {
                throw Ec2Faults.ImageIdMalformed(request.ImageId);
            }

            spec.ImageId = request.ImageId;
            string type = string.IsNullOrEmpty(request.InstanceType?.Value) ? DefaultInstanceType : request.InstanceType.Value;
            if (!InstanceTypes.Contains(type))
            {
                throw Ec2Faults.InvalidParameterValue($"Invalid value '{type}' for InstanceType.");
            }

            spec.InstanceType = type;
        }

        private static void SetPlacement(LaunchSpec spec, StoreSession session, string region, RunInstancesRequest request)
        {
            string accountId = session.AccountId;
            IReadOnlyList<string> zones = Ec2Network.AvailabilityZones(region);
            string zone = string.IsNullOrEmpty(request.Placement?.AvailabilityZone) ? null : request.Placement.AvailabilityZone;
            if (zone != null && !zones.Contains(zone))
            {
                throw Ec2Faults.InvalidParameterValue($"Invalid availability zone: [{zone}]");
            }

            string subnet = string.IsNullOrEmpty(request.SubnetId) ? null : request.SubnetId;
            if (subnet != null && !Ec2Ids.IsWellFormed(subnet, "subnet-"))
            {
                throw Ec2Errors.Create("InvalidSubnetID.Malformed", $"Invalid id: \"{subnet}\" (expecting \"subnet-...\")");
            }

            spec.ZoneChosen = zone != null || subnet != null;
            spec.AvailabilityZone = zone ?? (subnet != null ? Ec2Network.ZoneOfSubnet(accountId, region, subnet) : null);
            spec.SubnetId = subnet;

            if (!string.IsNullOrEmpty(request.PrivateIpAddress))
            {
                if (!Ec2Network.IsIPv4(request.PrivateIpAddress))
                {
                    throw Ec2Faults.InvalidParameterValue($"Invalid value '{request.PrivateIpAddress}' for PrivateIpAddress.");
                }

                if (spec.Count > 1)
                {
                    throw Ec2Faults.InvalidParameterCombination("Cannot specify a primary private IP address when launching more than one instance.");
                }

                spec.PrivateIpAddress = request.PrivateIpAddress;
            }

            string tenancy = request.Placement?.Tenancy?.Value;
            if (tenancy != null && tenancy != "default" && tenancy != "dedicated" && tenancy != "host")
            {
                throw Ec2Faults.InvalidParameterValue($"Invalid value '{tenancy}' for tenancy.");
            }

            if (tenancy == "host")
            {
                throw new NotEmulatedException("Placement_Tenancy", "Tenancy 'host' needs a Dedicated Host, which RoleTools does not emulate.");
            }

            spec.Details.Tenancy = tenancy ?? "default";
        }

        private static void SetSecurityGroups(LaunchSpec spec, RunInstancesRequest request)
        {
            foreach (string id in request.SecurityGroupIds ?? new List<string>())
            {
                if (!Ec2Ids.IsWellFormed(id, "sg-"))
                {
                    throw Ec2Errors.Create("InvalidGroupId.Malformed", $"Invalid id: \"{id}\" (expecting \"sg-...\")");
                }

                spec.SecurityGroupIds.Add(id);
            }

            foreach (string name in request.SecurityGroups ?? new List<string>())
            {
                if (string.IsNullOrEmpty(name))
                {
                    throw Ec2Faults.InvalidParameterValue("Invalid value '' for groupName. The security group name is empty.");
                }

                spec.SecurityGroupNames.Add(name);
            }

            if (spec.SecurityGroupIds.Count == 0 && spec.SecurityGroupNames.Count == 0)
            {
                spec.SecurityGroupNames.Add("default");
            }
        }

        private static void SetUserData(LaunchSpec spec, RunInstancesRequest request)
        {
            if (string.IsNullOrEmpty(request.UserData))
            {
                return;
            }

            byte[] decoded;
            try
            {
                decoded = Convert.FromBase64String(request.UserData);
            }
            catch (FormatException)
            {
                throw Ec2Faults.InvalidParameterValue("Invalid BASE64 encoding of user data.");
            }

            if (decoded.Length > MaxUserDataBytes)
            {
                throw Ec2Faults.InvalidParameterValue($"User data is limited to {MaxUserDataBytes} bytes.");
            }

            spec.UserData = request.UserData;
        }

        private static void SetMetadataOptions(LaunchSpec spec, InstanceMetadataOptionsRequest options)
        {
            spec.HttpTokens = options?.HttpTokens?.Value ?? "optional";
            spec.HttpEndpoint = options?.HttpEndpoint?.Value ?? "enabled";
            spec.HopLimit = options?.HttpPutResponseHopLimit ?? 1;
            spec.HttpProtocolIpv6 = options?.HttpProtocolIpv6?.Value ?? "disabled";
            spec.InstanceMetadataTags = options?.InstanceMetadataTags?.Value ?? "disabled";
            Ec2Validation.CheckHopLimit(spec.HopLimit);

            Ec2Validation.CheckOneOf("HttpTokens", spec.HttpTokens, "optional", "required");
            Ec2Validation.CheckOneOf("HttpEndpoint", spec.HttpEndpoint, "enabled", "disabled");
            Ec2Validation.CheckOneOf("HttpProtocolIpv6", spec.HttpProtocolIpv6, "enabled", "disabled");
            Ec2Validation.CheckOneOf("InstanceMetadataTags", spec.InstanceMetadataTags, "enabled", "disabled");
        }

        private static void SetTags(LaunchSpec spec, List<TagSpecification> specifications)
        {
            foreach (TagSpecification specification in specifications ?? new List<TagSpecification>())
            {
                string resourceType = specification?.ResourceType?.Value;
                if (string.IsNullOrEmpty(resourceType))
                {
                    throw Ec2Faults.MissingParameter("TagSpecification.ResourceType");
                }

                if (resourceType != "instance")
                {
                    throw new NotEmulatedException(
                        "TagSpecification",
                        $"Tag specifications for resource type '{resourceType}' are not emulated by RoleTools; only 'instance' is.");
                }

                foreach (Tag tag in specification.Tags ?? new List<Tag>())
                {
                    Ec2Validation.CheckTag(tag?.Key, tag?.Value);
                    spec.Tags.RemoveAll(t => t.Key == tag.Key);
                    spec.Tags.Add(new KeyValuePair<string, string>(tag.Key, tag.Value ?? string.Empty));
                }
            }

            if (spec.Tags.Count > Ec2Validation.MaxTagsPerResource)
            {
                throw Ec2Faults.TagLimitExceeded();
            }
        }

        private static void SetBlockDevices(LaunchSpec spec, List<BlockDeviceMapping> mappings)
        {
            var root = new BlockDeviceDetail { DeviceName = RootDeviceName, DeleteOnTermination = true, VolumeSize = 8, VolumeType = "gp3" };
            spec.Details.RootDeviceName = RootDeviceName;
            var devices = new List<BlockDeviceDetail> { root };
            foreach (BlockDeviceMapping mapping in mappings ?? new List<BlockDeviceMapping>())
            {
                if (string.IsNullOrEmpty(mapping?.DeviceName))
                {
                    throw Ec2Faults.MissingParameter("BlockDeviceMapping.DeviceName");
                }

                if (!string.IsNullOrEmpty(mapping.VirtualName))
                {
                    throw new NotEmulatedException("BlockDeviceMapping_VirtualName", $"Instance store volume '{mapping.VirtualName}' on {mapping.DeviceName} is not emulated by RoleTools; map EBS volumes only.");
                }

                devices.RemoveAll(d => d.DeviceName == mapping.DeviceName);
                if (mapping.NoDevice != null)
                {
                    if (mapping.DeviceName == RootDeviceName)
                    {
                        throw Ec2Faults.InvalidParameterValue($"The device '{RootDeviceName}' is the root device and cannot be suppressed with NoDevice.");
                    }

                    continue;
                }

                EbsBlockDevice ebs = mapping.Ebs ?? new EbsBlockDevice();
                if (ebs.VolumeSize.HasValue && (ebs.VolumeSize < 1 || ebs.VolumeSize > 65536))
                {
                    throw Ec2Faults.InvalidParameterValue($"Volume of size {ebs.VolumeSize}GB is not within the allowed range of 1 to 65536 GiB.");
                }

                devices.Add(new BlockDeviceDetail
                {
                    DeviceName = mapping.DeviceName,
                    DeleteOnTermination = ebs.DeleteOnTermination ?? true,
                    VolumeSize = ebs.VolumeSize ?? (mapping.DeviceName == RootDeviceName ? 8 : (int?)null),
                    VolumeType = ebs.VolumeType?.Value ?? "gp3",
                    Iops = ebs.Iops,
                    Throughput = ebs.Throughput,
                    Encrypted = ebs.Encrypted ?? false,
                    KmsKeyId = ebs.KmsKeyId,
                    SnapshotId = ebs.SnapshotId,
                });
            }

            spec.BlockDevices = devices.OrderBy(d => d.DeviceName == RootDeviceName ? 0 : 1).ThenBy(d => d.DeviceName, StringComparer.Ordinal).ToList();
        }

        private static void SetDetails(LaunchSpec spec, RunInstancesRequest request)
        {
            InstanceDetails details = spec.Details;
            details.Monitoring = request.Monitoring ?? false;
            details.EbsOptimized = request.EbsOptimized ?? false;
            details.DisableApiTermination = request.DisableApiTermination ?? false;
            details.DisableApiStop = request.DisableApiStop ?? false;
            details.ShutdownBehavior = request.InstanceInitiatedShutdownBehavior?.Value ?? "stop";
            Ec2Validation.CheckOneOf("InstanceInitiatedShutdownBehavior", details.ShutdownBehavior, "stop", "terminate");
            details.KernelId = string.IsNullOrEmpty(request.KernelId) ? null : request.KernelId;
            details.RamdiskId = string.IsNullOrEmpty(request.RamdiskId) ? null : request.RamdiskId;
            details.AdditionalInfo = string.IsNullOrEmpty(request.AdditionalInfo) ? null : request.AdditionalInfo;
            details.CoreCount = request.CpuOptions?.CoreCount;
            details.ThreadsPerCore = request.CpuOptions?.ThreadsPerCore;
            details.CpuCredits = string.IsNullOrEmpty(request.CreditSpecification?.CpuCredits) ? null : request.CreditSpecification.CpuCredits;
            details.HibernationConfigured = request.HibernationOptions?.Configured ?? false;
            details.EnclaveEnabled = request.EnclaveOptions?.Enabled ?? false;
            details.AutoRecovery = request.MaintenanceOptions?.AutoRecovery?.Value ?? "default";
            details.HostnameType = request.PrivateDnsNameOptions?.HostnameType?.Value ?? "ip-name";
            details.EnableResourceNameDnsARecord = request.PrivateDnsNameOptions?.EnableResourceNameDnsARecord ?? false;
            details.EnableResourceNameDnsAAAARecord = request.PrivateDnsNameOptions?.EnableResourceNameDnsAAAARecord ?? false;
            if (details.HostnameType == "resource-name")
            {
                throw new NotEmulatedException("PrivateDnsNameOptions_HostnameType", "Resource-based host names are not emulated by RoleTools; use 'ip-name'.");
            }
        }
    }
}
