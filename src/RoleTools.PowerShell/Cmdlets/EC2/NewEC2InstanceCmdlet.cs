using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using Amazon.EC2;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using RoleTools.Core.Errors;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>
    /// New-EC2Instance (RunInstances): launches instances in one reservation and writes the Reservation.
    /// Every real parameter is accepted; the ones RoleTools does not emulate fail with the error ID
    /// RoleTools.NotEmulated.&lt;Parameter&gt; instead of being ignored.
    /// </summary>
    [Cmdlet("New", "EC2Instance", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Reservation))]
    public class NewEC2InstanceCmdlet : Ec2OperationCmdlet
    {
        /// <summary>Parameters RoleTools accepts for binding but does not emulate.</summary>
        private static readonly string[] NotEmulatedParameters =
        {
            nameof(AssociatePublicIp), nameof(NetworkInterface), nameof(LaunchTemplate), nameof(Ipv6AddressCount), nameof(Ipv6Address),
            nameof(EnablePrimaryIpv6), nameof(LicenseSpecification), nameof(ElasticGpuSpecification), nameof(ElasticInferenceAccelerator),
            nameof(InstanceMarketOption), nameof(CapacityReservationSpecification_CapacityReservationPreference),
            nameof(CapacityReservationTarget_CapacityReservationId), nameof(CapacityReservationTarget_CapacityReservationResourceGroupArn),
            nameof(Placement_Affinity), nameof(Placement_GroupName), nameof(Placement_GroupId), nameof(Placement_HostId),
            nameof(Placement_HostResourceGroupArn), nameof(Placement_PartitionNumber), nameof(Placement_SpreadDomain),
        };

        /// <summary>ID of the image to launch (ami- and 8 or 17 hex digits). Any well-formed ID is accepted.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public string ImageId { get; set; }

        /// <summary>Fewest instances to launch; 1 when omitted.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? MinCount { get; set; }

        /// <summary>Most instances to launch; -MinCount when omitted (so 1 when both are omitted).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? MaxCount { get; set; }

        /// <summary>Instance type, e.g. t3.micro; m1.small when omitted, as the API defaults.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public InstanceType InstanceType { get; set; }

        /// <summary>Name of the key pair to record on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string KeyName { get; set; }

        /// <summary>ID of the subnet to launch into; the region's default subnet of the zone when omitted.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string SubnetId { get; set; }

        /// <summary>Primary private IPv4 address; only with a single instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string PrivateIpAddress { get; set; }

        /// <summary>IDs of security groups (sg-...).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SecurityGroupIds")]
        public string[] SecurityGroupId { get; set; }

        /// <summary>Names of security groups; 'default' when no group is given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SecurityGroups")]
        public string[] SecurityGroup { get; set; }

        /// <summary>User data, base64-encoded unless -EncodeUserData is given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string UserData { get; set; }

        /// <summary>Path of a file whose text is the user data; combine with -EncodeUserData for plain text.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string UserDataFile { get; set; }

        /// <summary>Base64-encodes -UserData or the -UserDataFile text (as UTF-8) before sending it.</summary>
        [Parameter]
        public SwitchParameter EncodeUserData { get; set; }

        /// <summary>Requests a public IPv4 address on the primary network interface. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? AssociatePublicIp { get; set; }

        /// <summary>Unique token, up to 64 characters, that makes the launch idempotent.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string ClientToken { get; set; }

        /// <summary>Reserved by the RunInstances API; recorded on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string AdditionalInfo { get; set; }

        /// <summary>ID of the kernel to record on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string KernelId { get; set; }

        /// <summary>ID of the RAM disk to record on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string RamdiskId { get; set; }

        /// <summary>Enables detailed monitoring ($true) on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Monitoring_Enabled")]
        public bool? Monitoring { get; set; }

        /// <summary>Marks the instance EBS-optimized.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? EbsOptimized { get; set; }

        /// <summary>Protects the instance from Remove-EC2Instance ($true).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? DisableApiTermination { get; set; }

        /// <summary>Protects the instance from Stop-EC2Instance ($true).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? DisableApiStop { get; set; }

        /// <summary>'stop' or 'terminate': what a shutdown from inside the instance does. Recorded only.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public ShutdownBehavior InstanceInitiatedShutdownBehavior { get; set; }

        /// <summary>Assigns a primary IPv6 address. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? EnablePrimaryIpv6 { get; set; }

        /// <summary>Number of IPv6 addresses. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? Ipv6AddressCount { get; set; }

        /// <summary>IPv6 addresses. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Ipv6Addresses")]
        public InstanceIpv6Address[] Ipv6Address { get; set; }

        /// <summary>ARN of the IAM instance profile to attach.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("InstanceProfile_Arn")]
        public string IamInstanceProfile_Arn { get; set; }

        /// <summary>Name of the IAM instance profile to attach (not the role's name).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("InstanceProfile_Id", "InstanceProfile_Name")]
        [ArgumentCompleter(typeof(InstanceProfileNameCompleter))]
        public string IamInstanceProfile_Name { get; set; }

        /// <summary>'required' for IMDSv2 only, 'optional' to allow IMDSv1; 'optional' when omitted.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("MetadataOptions_HttpTokens")]
        public HttpTokensState MetadataOptions_HttpToken { get; set; }

        /// <summary>'enabled' (default) or 'disabled': whether the metadata endpoint responds.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public InstanceMetadataEndpointState MetadataOptions_HttpEndpoint { get; set; }

        /// <summary>Hop limit of IMDSv2 token responses, 1 to 64; 1 when omitted.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? MetadataOptions_HttpPutResponseHopLimit { get; set; }

        /// <summary>'enabled' or 'disabled' (default): whether the IPv6 metadata endpoint responds.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public InstanceMetadataProtocolState MetadataOptions_HttpProtocolIpv6 { get; set; }

        /// <summary>'enabled' or 'disabled' (default): whether instance tags are readable from metadata.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("MetadataOptions_InstanceMetadataTags")]
        public InstanceMetadataTagsState MetadataOptions_InstanceMetadataTag { get; set; }

        /// <summary>Tags to apply at launch, e.g. @{ResourceType='instance'; Tags=@{Key='Name'; Value='web'}}.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("TagSpecifications")]
        public TagSpecification[] TagSpecification { get; set; }

        /// <summary>EBS volumes to attach, e.g. @{DeviceName='/dev/sdf'; Ebs=@{VolumeSize=20}}; shown on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("BlockDeviceMappings")]
        public BlockDeviceMapping[] BlockDeviceMapping { get; set; }

        /// <summary>Network interfaces. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("NetworkInterfaces", "NetworkInterfaceSet")]
        public InstanceNetworkInterfaceSpecification[] NetworkInterface { get; set; }

        /// <summary>License configurations. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("LicenseSpecifications")]
        public LicenseConfigurationRequest[] LicenseSpecification { get; set; }

        /// <summary>Elastic graphics accelerators. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public ElasticGpuSpecification[] ElasticGpuSpecification { get; set; }

        /// <summary>Elastic inference accelerators. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ElasticInferenceAccelerators")]
        public ElasticInferenceAccelerator[] ElasticInferenceAccelerator { get; set; }

        /// <summary>Availability zone of the region, e.g. us-east-1a.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AvailabilityZone")]
        public string Placement_AvailabilityZone { get; set; }

        /// <summary>Dedicated host affinity. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Affinity")]
        public string Placement_Affinity { get; set; }

        /// <summary>Placement group name. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("PlacementGroup")]
        public string Placement_GroupName { get; set; }

        /// <summary>Placement group ID. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Placement_GroupId { get; set; }

        /// <summary>Dedicated host ID. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("HostId", "Placement_Host")]
        public string Placement_HostId { get; set; }

        /// <summary>Host resource group ARN. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Placement_HostResourceGroupArn { get; set; }

        /// <summary>Partition number in a partition placement group. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? Placement_PartitionNumber { get; set; }

        /// <summary>Spread domain. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Placement_SpreadDomain { get; set; }

        /// <summary>'default' or 'dedicated' tenancy ('host' is not emulated).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Tenancy")]
        public Tenancy Placement_Tenancy { get; set; }

        /// <summary>Launch template. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public LaunchTemplateSpecification LaunchTemplate { get; set; }

        /// <summary>Spot market options. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("InstanceMarketOptions")]
        public InstanceMarketOptionsRequest InstanceMarketOption { get; set; }

        /// <summary>Core count and threads per core, recorded on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("CpuOptions")]
        public CpuOptionsRequest CpuOption { get; set; }

        /// <summary>'standard' or 'unlimited' CPU credits for burstable types, recorded on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("CpuCredit", "CreditSpecification_CpuCredits")]
        public string CreditSpecification_CpuCredit { get; set; }

        /// <summary>Enables hibernation, which Stop-EC2Instance -Hibernate $true then allows.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? HibernationOptions_Configured { get; set; }

        /// <summary>Enables Nitro Enclaves, recorded on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? EnclaveOptions_Enabled { get; set; }

        /// <summary>'default' or 'disabled' automatic recovery, recorded on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public InstanceAutoRecoveryState MaintenanceOptions_AutoRecovery { get; set; }

        /// <summary>Capacity reservation preference. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public CapacityReservationPreference CapacityReservationSpecification_CapacityReservationPreference { get; set; }

        /// <summary>Capacity reservation ID. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string CapacityReservationTarget_CapacityReservationId { get; set; }

        /// <summary>Capacity reservation resource group ARN. Not emulated.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string CapacityReservationTarget_CapacityReservationResourceGroupArn { get; set; }

        /// <summary>Host name type: 'ip-name' ('resource-name' is not emulated).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public HostnameType PrivateDnsNameOptions_HostnameType { get; set; }

        /// <summary>Whether to answer DNS A queries for the resource name, recorded on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? PrivateDnsNameOptions_EnableResourceNameDnsARecord { get; set; }

        /// <summary>Whether to answer DNS AAAA queries for the resource name, recorded on the instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? PrivateDnsNameOptions_EnableResourceNameDnsAAAARecord { get; set; }

        /// <summary>What to write: 'Reservation' (default), another property path of RunInstancesResponse, '*', or '^ImageId'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "Reservation";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (string name in NotEmulatedParameters.Where(IsBound))
            {
                var error = new NotEmulatedException(name, $"New-EC2Instance -{name} is not emulated by RoleTools. Launch without it.");
                ThrowTerminatingError(new ErrorRecord(error, error.ErrorId, ErrorCategory.NotImplemented, name));
            }

            if (IsBound(nameof(UserData)) && IsBound(nameof(UserDataFile)))
            {
                ThrowArgumentError("-UserData and -UserDataFile cannot be used together. Give one of them.", nameof(UserDataFile), UserDataFile);
            }

            if (!ConfirmShouldProceed(Force, ImageId, "RunInstances"))
            {
                return;
            }

            RunInstancesRequest request = BuildRequest(ReadUserData());
            Ec2Service service = CreateService();
            RunInstancesResponse response = Invoke(() => service.RunInstances(request));
            WriteChange($"Launched {string.Join(", ", response.Reservation.Instances.Select(i => i.InstanceId))} in {service.Region} as {response.Reservation.ReservationId}.");
            WriteSelected(response, Select);
        }

        /// <summary>Returns the user data to send: -UserData or the file's text, base64-encoded when -EncodeUserData is given.</summary>
        private string ReadUserData()
        {
            string text = UserData;
            if (!string.IsNullOrEmpty(UserDataFile))
            {
                string path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(UserDataFile);
                try
                {
                    text = File.ReadAllText(path);
                }
                catch (IOException ex)
                {
                    ThrowTerminatingError(new ErrorRecord(ex, "UserDataFileUnreadable", ErrorCategory.ReadError, path));
                }
            }

            if (EncodeUserData && !string.IsNullOrEmpty(text))
            {
                text = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
            }

            return text;
        }

        private RunInstancesRequest BuildRequest(string userData)
        {
            int minCount = MinCount ?? 1;
            var request = new RunInstancesRequest
            {
                ImageId = ImageId,
                MinCount = minCount,
                MaxCount = MaxCount ?? minCount,
                InstanceType = InstanceType,
                KeyName = KeyName,
                SubnetId = SubnetId,
                PrivateIpAddress = PrivateIpAddress,
                SecurityGroupIds = ToList(SecurityGroupId),
                SecurityGroups = ToList(SecurityGroup),
                UserData = userData,
                ClientToken = ClientToken,
                AdditionalInfo = AdditionalInfo,
                KernelId = KernelId,
                RamdiskId = RamdiskId,
                Monitoring = Monitoring,
                EbsOptimized = EbsOptimized,
                DisableApiTermination = DisableApiTermination,
                DisableApiStop = DisableApiStop,
                InstanceInitiatedShutdownBehavior = InstanceInitiatedShutdownBehavior,
                TagSpecifications = ToList(TagSpecification),
                BlockDeviceMappings = ToList(BlockDeviceMapping),
                CpuOptions = CpuOption,
            };

            if (IamInstanceProfile_Arn != null || IamInstanceProfile_Name != null)
            {
                request.IamInstanceProfile = new IamInstanceProfileSpecification { Arn = IamInstanceProfile_Arn, Name = IamInstanceProfile_Name };
            }

            if (MetadataOptions_HttpToken != null || MetadataOptions_HttpEndpoint != null || MetadataOptions_HttpPutResponseHopLimit != null
                || MetadataOptions_HttpProtocolIpv6 != null || MetadataOptions_InstanceMetadataTag != null)
            {
                request.MetadataOptions = new InstanceMetadataOptionsRequest
                {
                    HttpTokens = MetadataOptions_HttpToken,
                    HttpEndpoint = MetadataOptions_HttpEndpoint,
                    HttpPutResponseHopLimit = MetadataOptions_HttpPutResponseHopLimit,
                    HttpProtocolIpv6 = MetadataOptions_HttpProtocolIpv6,
                    InstanceMetadataTags = MetadataOptions_InstanceMetadataTag,
                };
            }

            if (Placement_AvailabilityZone != null || Placement_Tenancy != null)
            {
                request.Placement = new Placement { AvailabilityZone = Placement_AvailabilityZone, Tenancy = Placement_Tenancy };
            }

            if (CreditSpecification_CpuCredit != null)
            {
                request.CreditSpecification = new CreditSpecificationRequest { CpuCredits = CreditSpecification_CpuCredit };
            }

            if (HibernationOptions_Configured != null)
            {
                request.HibernationOptions = new HibernationOptionsRequest { Configured = HibernationOptions_Configured };
            }

            if (EnclaveOptions_Enabled != null)
            {
                request.EnclaveOptions = new EnclaveOptionsRequest { Enabled = EnclaveOptions_Enabled };
            }

            if (MaintenanceOptions_AutoRecovery != null)
            {
                request.MaintenanceOptions = new InstanceMaintenanceOptionsRequest { AutoRecovery = MaintenanceOptions_AutoRecovery };
            }

            if (PrivateDnsNameOptions_HostnameType != null || PrivateDnsNameOptions_EnableResourceNameDnsARecord != null
                || PrivateDnsNameOptions_EnableResourceNameDnsAAAARecord != null)
            {
                request.PrivateDnsNameOptions = new PrivateDnsNameOptionsRequest
                {
                    HostnameType = PrivateDnsNameOptions_HostnameType,
                    EnableResourceNameDnsARecord = PrivateDnsNameOptions_EnableResourceNameDnsARecord,
                    EnableResourceNameDnsAAAARecord = PrivateDnsNameOptions_EnableResourceNameDnsAAAARecord,
                };
            }

            return request;
        }
    }
}
