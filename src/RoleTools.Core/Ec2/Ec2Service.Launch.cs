using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.EC2.Model;
using RoleTools.Core.Store;

namespace RoleTools.Core.Ec2
{
    public sealed partial class Ec2Service
    {
        /// <summary>
        /// RunInstances: launches MaxCount instances in one new reservation, all pending, with their tags and,
        /// when the request names an instance profile, an association in state associating. A retry with the
        /// same client token and the same arguments returns the first launch's reservation; different
        /// arguments fail with IdempotentParameterMismatch.
        /// </summary>
        public RunInstancesResponse RunInstances(RunInstancesRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            return _store.Write(session =>
            {
                LaunchSpec spec = LaunchSpec.Build(session, Region, request);
                string hash = spec.Hash();
                string clientToken = string.IsNullOrEmpty(request.ClientToken) ? null : request.ClientToken;
                if (clientToken != null)
                {
                    if (clientToken.Length > 64)
                    {
                        throw Ec2Faults.InvalidParameterValue($"Value ({clientToken}) for parameter clientToken is invalid. It must be at most 64 characters long.");
                    }

                    var earlier = session.QuerySingleOrDefault<(string ReservationId, string RequestHash)>(
                        "SELECT reservation_id, request_hash FROM ec2_reservations WHERE region = @region AND client_token = @clientToken",
                        new { region = Region, clientToken });
                    if (earlier.ReservationId != null)
                    {
                        if (earlier.RequestHash != hash)
                        {
                            throw Ec2Faults.IdempotentMismatch();
                        }

                        return new RunInstancesResponse { Reservation = ToReservations(session, LoadReservation(session, earlier.ReservationId)).Single() };
                    }
                }

                string reservationId = InsertLaunch(session, spec, clientToken, hash);
                return new RunInstancesResponse { Reservation = ToReservations(session, LoadReservation(session, reservationId, asWritten: true)).Single() };
            });
        }

        /// <summary>Returns true when an instance of the region that is not terminated now has <paramref name="address"/>.</summary>
        private bool IsAddressInUse(StoreSession session, string address)
        {
            DateTime now = session.Now;
            TimeSpan delay = session.TransitionDelay;
            IEnumerable<(string State, string ChangedAt)> rows = session.Query<(string, string)>(
                "SELECT state, state_changed_at FROM ec2_instances WHERE region = @region AND private_ip_address = @address AND state <> @terminated",
                new { region = Region, address, terminated = InstanceLifecycle.Terminated });
            return rows.Any(row => InstanceLifecycle.Effective(row.State, Ec2Time.Parse(row.ChangedAt), now, delay).Name != InstanceLifecycle.Terminated);
        }

        /// <summary>Writes the reservation, its instances, tags and associations; returns the reservation ID.</summary>
        private string InsertLaunch(StoreSession session, LaunchSpec spec, string clientToken, string hash)
        {
            DateTime now = session.Now;
            string nowText = Ec2Time.ToText(now);
            string accountId = session.AccountId;
            string reservationId = Ec2Ids.NewId(Ec2Ids.ReservationPrefix);
            session.Execute(
                "INSERT INTO ec2_reservations (reservation_id, region, owner_id, requester_id, client_token, request_hash, create_time) " +
                "VALUES (@reservationId, @region, @accountId, NULL, @clientToken, @hash, @nowText)",
                new { reservationId, region = Region, accountId, clientToken, hash, nowText });

            // Each candidate address is looked up in the store, so a launch costs the same however many instances exist.
            var launchedAddresses = new HashSet<string>(StringComparer.Ordinal);
            bool IsTaken(string address) => launchedAddresses.Contains(address) || IsAddressInUse(session, address);
            if (spec.PrivateIpAddress != null && IsTaken(spec.PrivateIpAddress))
            {
                throw Ec2Faults.AddressInUse(spec.PrivateIpAddress);
            }

            IReadOnlyList<string> zones = Ec2Network.AvailabilityZones(Region);
            string zone = spec.AvailabilityZone ?? zones[Math.Abs(reservationId.GetHashCode() % zones.Count)];
            string subnetId = spec.SubnetId ?? Ec2Network.DefaultSubnetId(accountId, zone);
            string vpcId = Ec2Network.VpcOfSubnet(accountId, Region, subnetId);

            for (int index = 0; index < spec.Count; index++)
            {
                string instanceId = Ec2Ids.NewId(Ec2Ids.InstancePrefix);
                string address = spec.PrivateIpAddress ?? Ec2Network.NewPrivateAddress(accountId, Region, subnetId, zone, IsTaken);
                launchedAddresses.Add(address);

                InstanceDetails details = spec.Details;
                details.SecurityGroups = spec.SecurityGroupNames
                    .Select(name => new GroupDetail { GroupName = name, GroupId = Ec2Ids.StableId("sg-", vpcId + "/" + name) })
                    .Concat(spec.SecurityGroupIds.Select(id => new GroupDetail { GroupId = id }))
                    .ToList();
                details.BlockDevices = spec.BlockDevices.Select(device => new BlockDeviceDetail
                {
                    DeviceName = device.DeviceName,
                    VolumeId = Ec2Ids.NewId(Ec2Ids.VolumePrefix),
                    DeleteOnTermination = device.DeleteOnTermination,
                    VolumeSize = device.VolumeSize,
                    VolumeType = device.VolumeType,
                    Iops = device.Iops,
                    Throughput = device.Throughput,
                    Encrypted = device.Encrypted,
                    KmsKeyId = device.KmsKeyId,
                    SnapshotId = device.SnapshotId,
                    AttachTime = now,
                }).ToList();

                session.Execute(
                    "INSERT INTO ec2_instances (instance_id, reservation_id, region, ami_launch_index, image_id, instance_type, key_name, " +
                    "subnet_id, vpc_id, availability_zone, private_ip_address, mac_address, launch_time, state, state_changed_at, " +
                    "state_transition_reason, user_data, client_token, http_tokens, http_endpoint, http_put_response_hop_limit, " +
                    "http_protocol_ipv6, instance_metadata_tags, details_json) VALUES (@instanceId, @reservationId, @region, @index, " +
                    "@ImageId, @InstanceType, @KeyName, @subnetId, @vpcId, @zone, @address, @mac, @nowText, @state, @nowText, '', " +
                    "@UserData, @clientToken, @HttpTokens, @HttpEndpoint, @HopLimit, @HttpProtocolIpv6, @InstanceMetadataTags, @detailsJson)",
                    new
                    {
                        instanceId, reservationId, region = Region, index, spec.ImageId, spec.InstanceType, spec.KeyName, subnetId, vpcId, zone,
                        address, mac = Ec2Network.NewMacAddress(), nowText, state = InstanceLifecycle.Pending, spec.UserData, clientToken,
                        spec.HttpTokens, spec.HttpEndpoint, spec.HopLimit, spec.HttpProtocolIpv6, spec.InstanceMetadataTags,
                        detailsJson = WriteDetails(details),
                    });

                foreach (KeyValuePair<string, string> tag in spec.Tags)
                {
                    session.Execute("INSERT INTO ec2_tags (resource_id, key, value) VALUES (@instanceId, @key, @value)", new { instanceId, key = tag.Key, value = tag.Value });
                }

                if (spec.InstanceProfileArn != null)
                {
                    InsertAssociation(session, instanceId, spec.InstanceProfileArn, spec.InstanceProfileId);
                }
            }

            return reservationId;
        }

        /// <summary>
        /// Loads one reservation's instances. With <paramref name="asWritten"/>, states are shown as stored,
        /// not completed, so a launch reports its instances pending even with a transition delay of zero.
        /// </summary>
        private List<InstanceRecord> LoadReservation(StoreSession session, string reservationId, bool asWritten = false)
        {
            List<InstanceRecord> rows = session.Query<InstanceRecord>(
                InstanceRecord.Sql + " WHERE reservation_id = @reservationId ORDER BY ami_launch_index", new { reservationId }).ToList();
            DateTime now = session.Now;
            TimeSpan delay = session.TransitionDelay;
            foreach (InstanceRecord row in rows)
            {
                DateTime changedAt = Ec2Time.Parse(row.StateChangedAt);
                row.Effective = asWritten ? new EffectiveState(row.State, changedAt) : InstanceLifecycle.Effective(row.State, changedAt, now, delay);
                row.Tags = session.Query<(string Key, string Value)>("SELECT key, value FROM ec2_tags WHERE resource_id = @id ORDER BY key", new { id = row.InstanceId })
                    .Select(t => new KeyValuePair<string, string>(t.Key, t.Value)).ToList();
                row.Association = session.Query<AssociationRecord>(AssociationRecord.Sql + " WHERE instance_id = @id", new { id = row.InstanceId })
                    .Select(a =>
                    {
                        a.Effective = AssociationLifecycle.Effective(a.State, Ec2Time.Parse(a.StateChangedAt), now, delay);
                        return a;
                    })
                    .FirstOrDefault(a => AssociationLifecycle.Exists(a.Effective));
            }

            return rows;
        }
    }
}
