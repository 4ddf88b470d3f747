using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Amazon.EC2;
using Amazon.EC2.Model;
using RoleTools.Core.Store;

namespace RoleTools.Core.Ec2
{
    /// <summary>
    /// The emulated EC2 API of one region on a store. Each operation takes and returns the AWS SDK's
    /// request and response types and runs in one store transaction, so a failed request changes nothing.
    /// Instances and associations of other regions are invisible to it.
    /// </summary>
    public sealed partial class Ec2Service
    {
        private static readonly JsonSerializerOptions DetailsJson = new JsonSerializerOptions();

        /// <summary>The most IDs or values a query puts in one IN list; larger sets load the whole region, well below SQLite's parameter limit.</summary>
        private const int MaxNarrowingValues = 500;

        private static readonly char[] WildcardCharacters = { '*', '?', '\\' };

        private readonly RoleToolsStore _store;

        public Ec2Service(RoleToolsStore store, string region)
        {
            _store = store ?? throw new ArgumentNullException(nameof(store));
            if (string.IsNullOrWhiteSpace(region))
            {
                throw new ArgumentException("The region is empty.", nameof(region));
            }

            Region = region;
        }

        /// <summary>The region this service works in, e.g. us-east-1.</summary>
        public string Region { get; }

        /// <summary>
        /// Returns the state a reader sees now for instance <paramref name="instanceId"/> (any region), or
        /// null when no such instance exists or it is no longer visible after termination.
        /// </summary>
        public static EffectiveState? GetEffectiveInstanceState(StoreSession session, string instanceId)
        {
            var row = session.QuerySingleOrDefault<InstanceRecord>(InstanceRecord.Sql + " WHERE instance_id = @instanceId", new { instanceId });
            if (row == null)
            {
                return null;
            }

            EffectiveState state = InstanceLifecycle.Effective(row.State, Ec2Time.Parse(row.StateChangedAt), session.Now, session.TransitionDelay);
            return InstanceLifecycle.IsVisible(state, session.Now) ? state : (EffectiveState?)null;
        }

        /// <summary>
        /// Returns the active association of instance <paramref name="instanceId"/> (any region): the one whose
        /// state is associated now, with the instance profile's ARN and ID. Returns null when the instance has
        /// none, including while an association is still associating or already disassociating.
        /// </summary>
        public static ActiveAssociation FindActiveAssociation(StoreSession session, string instanceId)
        {
            IEnumerable<AssociationRecord> rows = session.Query<AssociationRecord>(AssociationRecord.Sql + " WHERE instance_id = @instanceId", new { instanceId });
            foreach (AssociationRecord row in rows)
            {
                EffectiveState state = AssociationLifecycle.Effective(row.State, Ec2Time.Parse(row.StateChangedAt), session.Now, session.TransitionDelay);
                if (AssociationLifecycle.IsActive(state))
                {
                    return new ActiveAssociation
                    {
                        AssociationId = row.AssociationId,
                        InstanceId = row.InstanceId,
                        InstanceProfileArn = row.InstanceProfileArn,
                        InstanceProfileId = row.InstanceProfileId,
                        AssociatedSince = state.Since,
                    };
                }
            }

            return null;
        }

        /// <summary>Runs <see cref="FindActiveAssociation(StoreSession, string)"/> in its own read transaction.</summary>
        public static ActiveAssociation FindActiveAssociation(RoleToolsStore store, string instanceId) =>
            store.Read(session => FindActiveAssociation(session, instanceId));

        /// <summary>
        /// Loads the region's visible instances with their effective state, tags and association,
        /// ordered by launch time, reservation and launch index. <paramref name="instanceIds"/> and
        /// <paramref name="storedStates"/>, when not null, narrow the query to those IDs and stored states,
        /// so a lookup reads only the rows it needs; callers still apply their exact filters afterwards.
        /// </summary>
        private static List<InstanceRecord> LoadInstances(
            StoreSession session, string region, ICollection<string> instanceIds = null, ICollection<string> storedStates = null)
        {
            DateTime now = session.Now;
            TimeSpan delay = session.TransitionDelay;
            string where = " WHERE i.region = @region"
                + (instanceIds != null ? " AND i.instance_id IN @instanceIds" : string.Empty)
                + (storedStates != null ? " AND i.state IN @storedStates" : string.Empty);
            var parameters = new { region, instanceIds, storedStates };

            List<InstanceRecord> rows = session.Query<InstanceRecord>(
                InstanceRecord.Sql + " i" + where + " ORDER BY launch_time, reservation_id, ami_launch_index", parameters).ToList();
            foreach (InstanceRecord row in rows)
            {
                row.Effective = InstanceLifecycle.Effective(row.State, Ec2Time.Parse(row.StateChangedAt), now, delay);
            }

            rows = rows.Where(row => InstanceLifecycle.IsVisible(row.Effective, now)).ToList();
            Dictionary<string, InstanceRecord> byId = rows.ToDictionary(row => row.InstanceId, StringComparer.Ordinal);

            foreach (var tag in session.Query<(string ResourceId, string Key, string Value)>(
                "SELECT t.resource_id, t.key, t.value FROM ec2_tags t JOIN ec2_instances i ON i.instance_id = t.resource_id" + where + " ORDER BY t.key",
                parameters))
            {
                if (byId.TryGetValue(tag.ResourceId, out InstanceRecord row))
                {
                    row.Tags.Add(new KeyValuePair<string, string>(tag.Key, tag.Value));
                }
            }

            // A state-narrowed load reads only its instances' associations, unless there are too many to list.
            ICollection<string> associationScope = instanceIds
                ?? (storedStates != null && byId.Count <= MaxNarrowingValues ? byId.Keys : null);
            foreach (AssociationRecord association in LoadAssociations(session, region, associationScope))
            {
                if (byId.TryGetValue(association.InstanceId, out InstanceRecord row))
                {
                    row.Association = association;
                }
            }

            return rows;
        }

        /// <summary>
        /// Loads the region's existing associations (not yet disassociated) with their effective state, oldest
        /// first; only those of <paramref name="instanceIds"/> when it is not null.
        /// </summary>
        private static List<AssociationRecord> LoadAssociations(StoreSession session, string region, ICollection<string> instanceIds = null)
        {
            DateTime now = session.Now;
            TimeSpan delay = session.TransitionDelay;
            string where = " WHERE region = @region" + (instanceIds != null ? " AND instance_id IN @instanceIds" : string.Empty);
            List<AssociationRecord> rows = session.Query<AssociationRecord>(
                AssociationRecord.Sql + where + " ORDER BY created_at, association_id", new { region, instanceIds }).ToList();
            foreach (AssociationRecord row in rows)
            {
                row.Effective = AssociationLifecycle.Effective(row.State, Ec2Time.Parse(row.StateChangedAt), now, delay);
            }

            return rows.Where(row => AssociationLifecycle.Exists(row.Effective)).ToList();
        }

        /// <summary>
        /// Returns the exact values of the filters named <paramref name="filterName"/> when a store query can use
        /// them: one such filter, no wildcard or escape in its values, and at most <see cref="MaxNarrowingValues"/>
        /// of them. Returns null otherwise, and the caller then loads the whole region.
        /// </summary>
        private static List<string> ExactFilterValues(IEnumerable<Filter> filters, string filterName)
        {
            List<Filter> named = (filters ?? Enumerable.Empty<Filter>()).Where(f => f.Name == filterName).ToList();
            if (named.Count != 1)
            {
                return null;
            }

            List<string> values = named[0].Values;
            bool exact = values.Count <= MaxNarrowingValues && values.All(v => v != null && v.IndexOfAny(WildcardCharacters) < 0);
            return exact ? values.Distinct(StringComparer.Ordinal).ToList() : null;
        }

        /// <summary>
        /// Returns the stored states whose instances can show one of <paramref name="effectiveStates"/> now: each
        /// state itself and the transitional state that completes to it (pending for running, and so on).
        /// </summary>
        private static List<string> StoredStatesFor(IEnumerable<string> effectiveStates)
        {
            if (effectiveStates == null)
            {
                return null;
            }

            string[] transitional = { InstanceLifecycle.Pending, InstanceLifecycle.Stopping, InstanceLifecycle.ShuttingDown };
            var requested = new HashSet<string>(effectiveStates, StringComparer.Ordinal);
            return requested.Concat(transitional.Where(state => requested.Contains(InstanceLifecycle.CompletionOf(state)))).Distinct(StringComparer.Ordinal).ToList();
        }

        /// <summary>Deletes associations that have finished disassociating, so they stop counting anywhere.</summary>
        private static void PurgeDisassociated(StoreSession session)
        {
            DateTime now = session.Now;
            TimeSpan delay = session.TransitionDelay;
            foreach (AssociationRecord row in session.Query<AssociationRecord>(AssociationRecord.Sql + " WHERE state = @state", new { state = AssociationLifecycle.Disassociating }).ToList())
            {
                EffectiveState state = AssociationLifecycle.Effective(row.State, Ec2Time.Parse(row.StateChangedAt), now, delay);
                if (!AssociationLifecycle.Exists(state))
                {
                    session.Execute("DELETE FROM ec2_iam_associations WHERE association_id = @id", new { id = row.AssociationId });
                }
            }
        }

        /// <summary>
        /// Checks instance IDs and returns the matching visible instances of the region, in request order.
        /// The first malformed ID fails with InvalidInstanceID.Malformed; unknown IDs fail together with
        /// InvalidInstanceID.NotFound.
        /// </summary>
        private static List<InstanceRecord> RequireInstances(StoreSession session, string region, IEnumerable<string> instanceIds)
        {
            List<string> ids = (instanceIds ?? Enumerable.Empty<string>()).Distinct(StringComparer.Ordinal).ToList();
            foreach (string id in ids)
            {
                if (!Ec2Ids.IsWellFormed(id, Ec2Ids.InstancePrefix))
                {
                    throw Ec2Faults.InstanceIdMalformed(id);
                }
            }

            ICollection<string> narrowed = ids.Count <= MaxNarrowingValues ? ids : null;
            Dictionary<string, InstanceRecord> visible = LoadInstances(session, region, narrowed).ToDictionary(row => row.InstanceId, StringComparer.Ordinal);
            List<string> missing = ids.Where(id => !visible.ContainsKey(id)).ToList();
            if (missing.Count > 0)
            {
                throw Ec2Faults.InstanceIdsNotFound(missing);
            }

            return ids.Select(id => visible[id]).ToList();
        }

        private static InstanceState ToInstanceState(string name) =>
            new InstanceState { Code = InstanceLifecycle.Code(name), Name = InstanceStateName.FindValue(name) };

        private static InstanceDetails ReadDetails(InstanceRecord row) =>
            JsonSerializer.Deserialize<InstanceDetails>(row.DetailsJson, DetailsJson) ?? new InstanceDetails();

        private static string WriteDetails(InstanceDetails details) => JsonSerializer.Serialize(details, DetailsJson);

        /// <summary>Builds the SDK Instance object a Describe call returns for a loaded row.</summary>
        private static Instance ToInstance(InstanceRecord row, DateTime now, TimeSpan delay)
        {
            InstanceDetails details = ReadDetails(row);
            string state = row.Effective.Name;
            bool hasNetwork = state != InstanceLifecycle.Terminated;
            var instance = new Instance
            {
                InstanceId = row.InstanceId,
                ImageId = row.ImageId,
                InstanceType = InstanceType.FindValue(row.InstanceType),
                KeyName = row.KeyName,
                AmiLaunchIndex = (int)row.AmiLaunchIndex,
                LaunchTime = Ec2Time.Parse(row.LaunchTime),
                State = ToInstanceState(state),
                StateTransitionReason = row.StateTransitionReason ?? string.Empty,
                Placement = new Placement
                {
                    AvailabilityZone = row.AvailabilityZone,
                    GroupName = string.Empty,
                    Tenancy = Tenancy.FindValue(details.Tenancy ?? "default"),
                },
                PrivateIpAddress = hasNetwork ? row.PrivateIpAddress : null,
                PrivateDnsName = hasNetwork ? Ec2Network.PrivateDnsName(row.Region, row.PrivateIpAddress) : string.Empty,
                PublicDnsName = string.Empty,
                SubnetId = hasNetwork ? row.SubnetId : null,
                VpcId = hasNetwork ? row.VpcId : null,
                ClientToken = row.ClientToken ?? string.Empty,
                Architecture = ArchitectureValues.X86_64,
                Hypervisor = HypervisorType.Xen,
                VirtualizationType = VirtualizationType.Hvm,
                RootDeviceType = DeviceType.Ebs,
                RootDeviceName = details.RootDeviceName,
                EnaSupport = true,
                SourceDestCheck = true,
                EbsOptimized = details.EbsOptimized,
                KernelId = details.KernelId,
                RamdiskId = details.RamdiskId,
                PlatformDetails = "Linux/UNIX",
                UsageOperation = "RunInstances",
                UsageOperationUpdateTime = Ec2Time.Parse(row.LaunchTime),
                Monitoring = new Monitoring { State = details.Monitoring ? MonitoringState.Enabled : MonitoringState.Disabled },
                SecurityGroups = details.SecurityGroups.Select(g => new GroupIdentifier { GroupId = g.GroupId, GroupName = g.GroupName }).ToList(),
                BlockDeviceMappings = state == InstanceLifecycle.Terminated ? new List<InstanceBlockDeviceMapping>() : details.BlockDevices.Select(ToInstanceBlockDevice).ToList(),
                HibernationOptions = new HibernationOptions { Configured = details.HibernationConfigured },
                EnclaveOptions = new EnclaveOptions { Enabled = details.EnclaveEnabled },
                MaintenanceOptions = new InstanceMaintenanceOptions { AutoRecovery = InstanceAutoRecoveryState.FindValue(details.AutoRecovery ?? "default") },
                CpuOptions = details.CoreCount == null && details.ThreadsPerCore == null ? null : new CpuOptions { CoreCount = details.CoreCount, ThreadsPerCore = details.ThreadsPerCore },
                PrivateDnsNameOptions = new PrivateDnsNameOptionsResponse
                {
                    HostnameType = HostnameType.FindValue(details.HostnameType ?? "ip-name"),
                    EnableResourceNameDnsARecord = details.EnableResourceNameDnsARecord,
                    EnableResourceNameDnsAAAARecord = details.EnableResourceNameDnsAAAARecord,
                },
                MetadataOptions = ToMetadataOptions(row, now, delay),
                Tags = row.Tags.Count == 0 ? null : row.Tags.Select(t => new Tag(t.Key, t.Value)).ToList(),
            };

            if (row.StateReasonCode != null)
            {
                instance.StateReason = new StateReason { Code = row.StateReasonCode, Message = row.StateReasonCode + ": " + StateReasonMessage(row.StateReasonCode) };
            }

            if (row.Association != null)
            {
                instance.IamInstanceProfile = new IamInstanceProfile { Arn = row.Association.InstanceProfileArn, Id = row.Association.InstanceProfileId };
            }

            return instance;
        }

        private static string StateReasonMessage(string code)
        {
            switch (code)
            {
                case "Client.UserInitiatedShutdown":
                    return "User initiated shutdown";
                case "Client.UserInitiatedHibernate":
                    return "User initiated hibernate";
                default:
                    return code;
            }
        }

        private static InstanceBlockDeviceMapping ToInstanceBlockDevice(BlockDeviceDetail device) => new InstanceBlockDeviceMapping
        {
            DeviceName = device.DeviceName,
            Ebs = new EbsInstanceBlockDevice
            {
                VolumeId = device.VolumeId,
                Status = AttachmentStatus.Attached,
                AttachTime = device.AttachTime,
                DeleteOnTermination = device.DeleteOnTermination,
            },
        };

        /// <summary>
        /// Builds the instance's metadata options. A change stays pending until the transition delay has
        /// passed since it was made.
        /// </summary>
        private static InstanceMetadataOptionsResponse ToMetadataOptions(InstanceRecord row, DateTime now, TimeSpan delay)
        {
            bool pending = row.MetadataOptionsChangedAt != null && now < Ec2Time.Parse(row.MetadataOptionsChangedAt) + delay;
            return new InstanceMetadataOptionsResponse
            {
                HttpTokens = HttpTokensState.FindValue(row.HttpTokens),
                HttpEndpoint = InstanceMetadataEndpointState.FindValue(row.HttpEndpoint),
                HttpPutResponseHopLimit = (int)row.HttpPutResponseHopLimit,
                HttpProtocolIpv6 = InstanceMetadataProtocolState.FindValue(row.HttpProtocolIpv6),
                InstanceMetadataTags = InstanceMetadataTagsState.FindValue(row.InstanceMetadataTags),
                State = pending ? InstanceMetadataOptionsState.Pending : InstanceMetadataOptionsState.Applied,
            };
        }

        /// <summary>Groups loaded instances into the SDK Reservation objects a Describe call returns.</summary>
        private static List<Reservation> ToReservations(StoreSession session, IEnumerable<InstanceRecord> rows)
        {
            DateTime now = session.Now;
            TimeSpan delay = session.TransitionDelay;
            var reservations = new List<Reservation>();
            foreach (IGrouping<string, InstanceRecord> group in rows.GroupBy(row => row.ReservationId))
            {
                var owner = session.QuerySingleOrDefault<(string OwnerId, string RequesterId)>(
                    "SELECT owner_id, requester_id FROM ec2_reservations WHERE reservation_id = @id", new { id = group.Key });
                reservations.Add(new Reservation
                {
                    ReservationId = group.Key,
                    OwnerId = owner.OwnerId,
                    RequesterId = owner.RequesterId,
                    Groups = new List<GroupIdentifier>(),
                    Instances = group.OrderBy(row => row.AmiLaunchIndex).Select(row => ToInstance(row, now, delay)).ToList(),
                });
            }

            return reservations;
        }
    }

    /// <summary>The association that currently gives an instance its role.</summary>
    public sealed class ActiveAssociation
    {
        public string AssociationId { get; set; }

        public string InstanceId { get; set; }

        /// <summary>ARN of the associated IAM instance profile.</summary>
        public string InstanceProfileArn { get; set; }

        /// <summary>ID of the associated IAM instance profile (AIPA...).</summary>
        public string InstanceProfileId { get; set; }

        /// <summary>When the association became associated, on the emulated clock (UTC).</summary>
        public DateTime AssociatedSince { get; set; }
    }
}
