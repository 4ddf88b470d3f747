using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.EC2;
using Amazon.EC2.Model;
using RoleTools.Core.Store;

namespace RoleTools.Core.Ec2
{
    public sealed partial class Ec2Service
    {
        /// <summary>Filter names DescribeInstances accepts, besides <c>tag:KEY</c>.</summary>
        private static readonly HashSet<string> InstanceFilterNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "instance-id", "instance-state-name", "instance-state-code", "instance-type", "image-id", "key-name",
            "subnet-id", "vpc-id", "availability-zone", "placement-availability-zone", "iam-instance-profile.arn",
            "iam-instance-profile.id", "private-ip-address", "private-dns-name", "reservation-id", "owner-id",
            "tag-key", "tag-value", "client-token", "launch-index", "root-device-type", "architecture",
            "metadata-options.http-tokens", "metadata-options.http-endpoint", "metadata-options.http-put-response-hop-limit",
            "metadata-options.instance-metadata-tags", "instance.group-id", "instance.group-name",
        };

        /// <summary>
        /// DescribeInstances: the region's visible instances, grouped in reservations, narrowed by instance IDs
        /// and filters. Pages count instances but never split a reservation.
        /// </summary>
        public DescribeInstancesResponse DescribeInstances(DescribeInstancesRequest request)
        {
            request = request ?? new DescribeInstancesRequest();
            bool hasIds = request.InstanceIds != null && request.InstanceIds.Count > 0;
            if (hasIds && request.MaxResults.HasValue)
            {
                throw Ec2Faults.InvalidParameterCombination("The parameter instancesSet cannot be used with the parameter maxResults");
            }

            Ec2Paging.CheckMaxResults(request.MaxResults, 5, 1000);
            Ec2Filters.Validate(request.Filters, name => InstanceFilterNames.Contains(name) || Ec2Filters.TagKeyOf(name) != null);

            return _store.Read(session =>
            {
                string owner = session.AccountId;
                List<InstanceRecord> rows;
                if (hasIds)
                {
                    // Unknown IDs fail the whole request; matches keep the store's order, not the request's.
                    RequireInstances(session, Region, request.InstanceIds);
                    var requested = new HashSet<string>(request.InstanceIds, StringComparer.Ordinal);
                    rows = LoadInstances(session, Region, requested.Count <= MaxNarrowingValues ? requested : null)
                        .Where(row => requested.Contains(row.InstanceId))
                        .ToList();
                }
                else
                {
                    rows = LoadInstances(
                        session,
                        Region,
                        ExactFilterValues(request.Filters, "instance-id"),
                        StoredStatesFor(ExactFilterValues(request.Filters, "instance-state-name")));
                }

                rows = rows.Where(row => Ec2Filters.Matches(request.Filters, name => InstanceFilterValues(row, name, owner))).ToList();
                List<List<InstanceRecord>> reservations = rows.GroupBy(row => row.ReservationId).Select(g => g.ToList()).ToList();

                int offset = Ec2Paging.OffsetOf(request.NextToken);
                var page = new List<InstanceRecord>();
                int next = offset;
                while (next < reservations.Count && (request.MaxResults == null || page.Count < request.MaxResults.Value))
                {
                    page.AddRange(reservations[next]);
                    next++;
                }

                return new DescribeInstancesResponse
                {
                    Reservations = ToReservations(session, page),
                    NextToken = Ec2Paging.TokenFor(next, reservations.Count),
                };
            });
        }

        private static IEnumerable<string> InstanceFilterValues(InstanceRecord row, string name, string ownerId)
        {
            string tagKey = Ec2Filters.TagKeyOf(name);
            if (tagKey != null)
            {
                return row.Tags.Where(t => t.Key == tagKey).Select(t => t.Value);
            }

            InstanceDetails details;
            switch (name)
            {
                case "instance-id": return new[] { row.InstanceId };
                case "instance-state-name": return new[] { row.Effective.Name };
                case "instance-state-code": return new[] { InstanceLifecycle.Code(row.Effective.Name).ToString(System.Globalization.CultureInfo.InvariantCulture) };
                case "instance-type": return new[] { row.InstanceType };
                case "image-id": return new[] { row.ImageId };
                case "key-name": return new[] { row.KeyName };
                case "subnet-id": return new[] { row.SubnetId };
                case "vpc-id": return new[] { row.VpcId };
                case "availability-zone":
                case "placement-availability-zone": return new[] { row.AvailabilityZone };
                case "iam-instance-profile.arn": return new[] { row.Association?.InstanceProfileArn };
                case "iam-instance-profile.id": return new[] { row.Association?.InstanceProfileId };
                case "private-ip-address": return new[] { row.PrivateIpAddress };
                case "private-dns-name": return new[] { Ec2Network.PrivateDnsName(row.Region, row.PrivateIpAddress) };
                case "reservation-id": return new[] { row.ReservationId };
                case "owner-id": return new[] { ownerId };
                case "tag-key": return row.Tags.Select(t => t.Key);
                case "tag-value": return row.Tags.Select(t => t.Value);
                case "client-token": return new[] { row.ClientToken };
                case "launch-index": return new[] { row.AmiLaunchIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                case "root-device-type": return new[] { "ebs" };
                case "architecture": return new[] { "x86_64" };
                case "metadata-options.http-tokens": return new[] { row.HttpTokens };
                case "metadata-options.http-endpoint": return new[] { row.HttpEndpoint };
                case "metadata-options.http-put-response-hop-limit": return new[] { row.HttpPutResponseHopLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                case "metadata-options.instance-metadata-tags": return new[] { row.InstanceMetadataTags };
                case "instance.group-id":
                    details = ReadDetails(row);
                    return details.SecurityGroups.Select(g => g.GroupId);
                case "instance.group-name":
                    details = ReadDetails(row);
                    return details.SecurityGroups.Select(g => g.GroupName);
                default: return Enumerable.Empty<string>();
            }
        }

        /// <summary>
        /// StartInstances: stopped instances enter pending; pending and running ones are left as they are.
        /// Any other state fails the whole request with IncorrectInstanceState.
        /// </summary>
        public StartInstancesResponse StartInstances(StartInstancesRequest request)
        {
            List<InstanceStateChange> changes = ChangeStates(request?.InstanceIds, (row, now) =>
            {
                switch (row.Effective.Name)
                {
                    case InstanceLifecycle.Stopped:
                        return new StateUpdate(InstanceLifecycle.Pending, reason: string.Empty, reasonCode: null);
                    case InstanceLifecycle.Pending:
                    case InstanceLifecycle.Running:
                        return null;
                    default:
                        throw Ec2Faults.CannotStart(row.InstanceId);
                }
            });
            return new StartInstancesResponse { StartingInstances = changes };
        }

        /// <summary>
        /// StopInstances: running instances enter stopping; stopping and stopped ones are left as they are.
        /// A pending, shutting-down or terminated instance fails the whole request with IncorrectInstanceState,
        /// as does a stop-protected instance (OperationNotPermitted) or hibernation without it configured.
        /// </summary>
        public StopInstancesResponse StopInstances(StopInstancesRequest request)
        {
            bool hibernate = request?.Hibernate == true;
            List<InstanceStateChange> changes = ChangeStates(request?.InstanceIds, (row, now) =>
            {
                InstanceDetails details = ReadDetails(row);
                switch (row.Effective.Name)
                {
                    case InstanceLifecycle.Running:
                        if (details.DisableApiStop)
                        {
                            throw Ec2Faults.StopProtected(row.InstanceId);
                        }

                        if (hibernate && !details.HibernationConfigured)
                        {
                            throw Ec2Faults.HibernationNotConfigured(row.InstanceId);
                        }

                        string verb = hibernate ? "User initiated hibernate" : "User initiated";
                        return new StateUpdate(
                            InstanceLifecycle.Stopping,
                            reason: $"{verb} ({Ec2Time.ToReasonText(now)})",
                            reasonCode: hibernate ? "Client.UserInitiatedHibernate" : "Client.UserInitiatedShutdown");
                    case InstanceLifecycle.Stopping:
                    case InstanceLifecycle.Stopped:
                        return null;
                    case InstanceLifecycle.Pending:
                        throw row.NeverRan ? Ec2Faults.NeverRunning(row.InstanceId) : Ec2Faults.CannotStop(row.InstanceId);
                    default:
                        throw Ec2Faults.CannotStop(row.InstanceId);
                }
            });
            return new StopInstancesResponse { StoppingInstances = changes };
        }

        /// <summary>
        /// TerminateInstances: every instance not already shutting down or terminated enters shutting-down,
        /// and its association starts disassociating. Repeating the call succeeds without a change.
        /// </summary>
        public TerminateInstancesResponse TerminateInstances(TerminateInstancesRequest request)
        {
            List<InstanceStateChange> changes = ChangeStates(request?.InstanceIds, (row, now) =>
            {
                switch (row.Effective.Name)
                {
                    case InstanceLifecycle.ShuttingDown:
                    case InstanceLifecycle.Terminated:
                        return null;
                    default:
                        if (ReadDetails(row).DisableApiTermination)
                        {
                            throw Ec2Faults.TerminationProtected(row.InstanceId);
                        }

                        return new StateUpdate(
                            InstanceLifecycle.ShuttingDown,
                            reason: $"User initiated ({Ec2Time.ToReasonText(now)})",
                            reasonCode: "Client.UserInitiatedShutdown");
                }
            });
            return new TerminateInstancesResponse { TerminatingInstances = changes };
        }

        /// <summary>A state an instance enters, with the StateTransitionReason and StateReason code to show.</summary>
        private sealed class StateUpdate
        {
            internal StateUpdate(string state, string reason, string reasonCode)
            {
                State = state;
                Reason = reason;
                ReasonCode = reasonCode;
            }

            internal string State { get; }

            internal string Reason { get; }

            internal string ReasonCode { get; }
        }

        /// <summary>
        /// Applies a state change to instances in one transaction. <paramref name="decide"/> returns the new
        /// state, null to leave an instance as it is, or throws to fail the whole request; every instance is
        /// checked before any is changed.
        /// </summary>
        private List<InstanceStateChange> ChangeStates(List<string> instanceIds, Func<InstanceRecord, DateTime, StateUpdate> decide)
        {
            if (instanceIds == null || instanceIds.Count == 0)
            {
                throw Ec2Faults.MissingParameter("InstanceId");
            }

            return _store.Write(session =>
            {
                DateTime now = session.Now;
                List<InstanceRecord> rows = RequireInstances(session, Region, instanceIds);
                List<StateUpdate> updates = rows.Select(row => decide(row, now)).ToList();

                var changes = new List<InstanceStateChange>();
                for (int i = 0; i < rows.Count; i++)
                {
                    InstanceRecord row = rows[i];
                    StateUpdate update = updates[i];
                    string current = update?.State ?? row.Effective.Name;
                    if (update != null)
                    {
                        session.Execute(
                            "UPDATE ec2_instances SET state = @state, state_changed_at = @now, state_transition_reason = @reason, " +
                            "state_reason_code = @reasonCode, terminated_at = CASE WHEN @state = 'shutting-down' THEN @now ELSE terminated_at END " +
                            "WHERE instance_id = @id",
                            new { state = update.State, now = Ec2Time.ToText(now), reason = update.Reason, reasonCode = update.ReasonCode, id = row.InstanceId });
                        if (update.State == InstanceLifecycle.ShuttingDown)
                        {
                            session.Execute(
                                "UPDATE ec2_iam_associations SET state = @state, state_changed_at = @now WHERE instance_id = @id AND state <> @state",
                                new { state = AssociationLifecycle.Disassociating, now = Ec2Time.ToText(now), id = row.InstanceId });
                        }
                    }

                    changes.Add(new InstanceStateChange
                    {
                        InstanceId = row.InstanceId,
                        PreviousState = ToInstanceState(row.Effective.Name),
                        CurrentState = ToInstanceState(current),
                    });
                }

                PurgeDisassociated(session);
                return changes;
            });
        }

        /// <summary>
        /// ModifyInstanceMetadataOptions: changes the given options and keeps the others. The response shows
        /// the change pending; readers see it applied once the transition delay has passed.
        /// </summary>
        public ModifyInstanceMetadataOptionsResponse ModifyInstanceMetadataOptions(ModifyInstanceMetadataOptionsRequest request)
        {
            if (string.IsNullOrEmpty(request?.InstanceId))
            {
                throw Ec2Faults.MissingParameter("InstanceId");
            }

            Ec2Validation.CheckHopLimit(request.HttpPutResponseHopLimit);
            return _store.Write(session =>
            {
                InstanceRecord row = RequireInstances(session, Region, new[] { request.InstanceId })[0];
                if (row.Effective.Name == InstanceLifecycle.ShuttingDown || row.Effective.Name == InstanceLifecycle.Terminated)
                {
                    throw Ec2Faults.MetadataOptionsNotModifiable(row.InstanceId, row.Effective.Name);
                }

                row.HttpTokens = request.HttpTokens?.Value ?? row.HttpTokens;
                row.HttpEndpoint = request.HttpEndpoint?.Value ?? row.HttpEndpoint;
                row.HttpPutResponseHopLimit = request.HttpPutResponseHopLimit ?? row.HttpPutResponseHopLimit;
                row.HttpProtocolIpv6 = request.HttpProtocolIpv6?.Value ?? row.HttpProtocolIpv6;
                row.InstanceMetadataTags = request.InstanceMetadataTags?.Value ?? row.InstanceMetadataTags;
                Ec2Validation.CheckOneOf("HttpTokens", row.HttpTokens, "optional", "required");
                Ec2Validation.CheckOneOf("HttpEndpoint", row.HttpEndpoint, "enabled", "disabled");
                Ec2Validation.CheckOneOf("HttpProtocolIpv6", row.HttpProtocolIpv6, "enabled", "disabled");
                Ec2Validation.CheckOneOf("InstanceMetadataTags", row.InstanceMetadataTags, "enabled", "disabled");
                row.MetadataOptionsChangedAt = Ec2Time.ToText(session.Now);

                session.Execute(
                    "UPDATE ec2_instances SET http_tokens = @HttpTokens, http_endpoint = @HttpEndpoint, " +
                    "http_put_response_hop_limit = @HttpPutResponseHopLimit, http_protocol_ipv6 = @HttpProtocolIpv6, " +
                    "instance_metadata_tags = @InstanceMetadataTags, metadata_options_changed_at = @MetadataOptionsChangedAt " +
                    "WHERE instance_id = @InstanceId",
                    row);

                InstanceMetadataOptionsResponse options = ToMetadataOptions(row, session.Now, session.TransitionDelay);
                options.State = InstanceMetadataOptionsState.Pending;
                return new ModifyInstanceMetadataOptionsResponse { InstanceId = row.InstanceId, InstanceMetadataOptions = options };
            });
        }
    }
}
