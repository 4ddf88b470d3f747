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
        private static readonly HashSet<string> AssociationFilterNames = new HashSet<string>(StringComparer.Ordinal) { "instance-id", "state" };

        /// <summary>
        /// AssociateIamInstanceProfile: associates a profile with an instance that has no association. The
        /// instance must be running or stopped. Returns the new association in state associating.
        /// </summary>
        public AssociateIamInstanceProfileResponse AssociateIamInstanceProfile(AssociateIamInstanceProfileRequest request)
        {
            if (string.IsNullOrEmpty(request?.InstanceId))
            {
                throw Ec2Faults.MissingParameter("InstanceId");
            }

            return _store.Write(session =>
            {
                PurgeDisassociated(session);
                InstanceRecord instance = RequireInstances(session, Region, new[] { request.InstanceId })[0];
                InstanceProfileReference profile = InstanceProfiles.Resolve(session, request.IamInstanceProfile);
                if (instance.Association != null)
                {
                    throw Ec2Faults.ExistingAssociation(instance.InstanceId);
                }

                if (instance.Effective.Name != InstanceLifecycle.Running && instance.Effective.Name != InstanceLifecycle.Stopped)
                {
                    throw Ec2Faults.NotRunningOrStopped(instance.InstanceId);
                }

                AssociationRecord association = InsertAssociation(session, instance.InstanceId, profile.Arn, profile.Id);
                return new AssociateIamInstanceProfileResponse { IamInstanceProfileAssociation = ToAssociation(association) };
            });
        }

        /// <summary>
        /// ReplaceIamInstanceProfileAssociation: gives a running instance another profile without detaching
        /// first. The old association ends at once and a new one, with a new ID, starts associating. Replacing
        /// on an instance that is not running fails with IncorrectState.
        /// </summary>
        public ReplaceIamInstanceProfileAssociationResponse ReplaceIamInstanceProfileAssociation(ReplaceIamInstanceProfileAssociationRequest request)
        {
            return _store.Write(session =>
            {
                PurgeDisassociated(session);
                AssociationRecord current = RequireAssociation(session, request?.AssociationId);
                InstanceProfileReference profile = InstanceProfiles.Resolve(session, request.IamInstanceProfile);
                EffectiveState? instanceState = GetEffectiveInstanceState(session, current.InstanceId);
                bool replaceable = current.Effective.Name != AssociationLifecycle.Disassociating
                    && instanceState?.Name == InstanceLifecycle.Running;
                if (!replaceable)
                {
                    throw Ec2Faults.NotActiveAssociation(current.AssociationId);
                }

                session.Execute("DELETE FROM ec2_iam_associations WHERE association_id = @id", new { id = current.AssociationId });
                AssociationRecord replacement = InsertAssociation(session, current.InstanceId, profile.Arn, profile.Id);
                return new ReplaceIamInstanceProfileAssociationResponse { IamInstanceProfileAssociation = ToAssociation(replacement) };
            });
        }

        /// <summary>
        /// DisassociateIamInstanceProfile: starts ending an association, on a running or stopped instance alike.
        /// Returns it in state disassociating; it disappears once the transition delay has passed.
        /// </summary>
        public DisassociateIamInstanceProfileResponse DisassociateIamInstanceProfile(DisassociateIamInstanceProfileRequest request)
        {
            return _store.Write(session =>
            {
                PurgeDisassociated(session);
                AssociationRecord association = RequireAssociation(session, request?.AssociationId);
                if (association.Effective.Name != AssociationLifecycle.Disassociating)
                {
                    association.State = AssociationLifecycle.Disassociating;
                    association.StateChangedAt = Ec2Time.ToText(session.Now);
                    session.Execute(
                        "UPDATE ec2_iam_associations SET state = @State, state_changed_at = @StateChangedAt WHERE association_id = @AssociationId",
                        association);
                }

                association.Effective = new EffectiveState(AssociationLifecycle.Disassociating, Ec2Time.Parse(association.StateChangedAt));
                return new DisassociateIamInstanceProfileResponse { IamInstanceProfileAssociation = ToAssociation(association) };
            });
        }

        /// <summary>
        /// DescribeIamInstanceProfileAssociations: the region's existing associations, by ID and filters
        /// (instance-id, state), paged with MaxResults 5 to 1000.
        /// </summary>
        public DescribeIamInstanceProfileAssociationsResponse DescribeIamInstanceProfileAssociations(DescribeIamInstanceProfileAssociationsRequest request)
        {
            request = request ?? new DescribeIamInstanceProfileAssociationsRequest();
            bool hasIds = request.AssociationIds != null && request.AssociationIds.Count > 0;
            if (hasIds && request.MaxResults.HasValue)
            {
                throw Ec2Faults.InvalidParameterCombination("The parameter associationIds cannot be used with the parameter maxResults");
            }

            Ec2Paging.CheckMaxResults(request.MaxResults, 5, 1000);
            Ec2Filters.Validate(request.Filters, AssociationFilterNames.Contains);

            return _store.Read(session =>
            {
                List<AssociationRecord> associations = VisibleAssociations(session, ExactFilterValues(request.Filters, "instance-id"));
                if (hasIds)
                {
                    var byId = associations.ToDictionary(a => a.AssociationId, StringComparer.Ordinal);
                    foreach (string id in request.AssociationIds)
                    {
                        CheckAssociationId(id);
                        if (!byId.ContainsKey(id))
                        {
                            throw Ec2Faults.AssociationNotFound(id);
                        }
                    }

                    var requested = new HashSet<string>(request.AssociationIds, StringComparer.Ordinal);
                    associations = associations.Where(a => requested.Contains(a.AssociationId)).ToList();
                }

                associations = associations.Where(a => Ec2Filters.Matches(request.Filters, name =>
                    name == "instance-id" ? new[] { a.InstanceId } : new[] { a.Effective.Name })).ToList();
                List<AssociationRecord> page = Ec2Paging.Page(associations, request.NextToken, request.MaxResults, out string nextToken);
                return new DescribeIamInstanceProfileAssociationsResponse
                {
                    IamInstanceProfileAssociations = page.Select(ToAssociation).ToList(),
                    NextToken = nextToken,
                };
            });
        }

        /// <summary>
        /// Returns the region's associations whose instance is still visible; only those of
        /// <paramref name="instanceIds"/> when it is not null.
        /// </summary>
        private List<AssociationRecord> VisibleAssociations(StoreSession session, ICollection<string> instanceIds = null)
        {
            var instances = new HashSet<string>(LoadInstances(session, Region, instanceIds).Select(row => row.InstanceId), StringComparer.Ordinal);
            return LoadAssociations(session, Region, instanceIds).Where(a => instances.Contains(a.InstanceId)).ToList();
        }

        private static void CheckAssociationId(string associationId)
        {
            if (string.IsNullOrEmpty(associationId))
            {
                throw Ec2Faults.MissingParameter("AssociationId");
            }

            if (!Ec2Ids.IsWellFormed(associationId, Ec2Ids.AssociationPrefix))
            {
                throw Ec2Faults.AssociationIdInvalid();
            }
        }

        /// <summary>Returns the region's existing association with this ID, or throws InvalidAssociationID.NotFound.</summary>
        private AssociationRecord RequireAssociation(StoreSession session, string associationId)
        {
            CheckAssociationId(associationId);
            string instanceId = session.QuerySingleOrDefault<string>(
                "SELECT instance_id FROM ec2_iam_associations WHERE association_id = @associationId", new { associationId });
            List<AssociationRecord> candidates = instanceId == null ? new List<AssociationRecord>() : VisibleAssociations(session, new[] { instanceId });
            return candidates.FirstOrDefault(a => a.AssociationId == associationId)
                ?? throw Ec2Faults.AssociationNotFound(associationId);
        }

        /// <summary>Inserts a new association in state associating and returns it.</summary>
        private AssociationRecord InsertAssociation(StoreSession session, string instanceId, string profileArn, string profileId)
        {
            string now = Ec2Time.ToText(session.Now);
            var association = new AssociationRecord
            {
                AssociationId = Ec2Ids.NewId(Ec2Ids.AssociationPrefix),
                InstanceId = instanceId,
                Region = Region,
                InstanceProfileArn = profileArn,
                InstanceProfileId = profileId,
                State = AssociationLifecycle.Associating,
                StateChangedAt = now,
                CreatedAt = now,
            };
            session.Execute(
                "INSERT INTO ec2_iam_associations (association_id, instance_id, region, instance_profile_arn, instance_profile_id, state, state_changed_at, created_at) " +
                "VALUES (@AssociationId, @InstanceId, @Region, @InstanceProfileArn, @InstanceProfileId, @State, @StateChangedAt, @CreatedAt)",
                association);
            association.Effective = new EffectiveState(association.State, session.Now);
            return association;
        }

        private static IamInstanceProfileAssociation ToAssociation(AssociationRecord association) => new IamInstanceProfileAssociation
        {
            AssociationId = association.AssociationId,
            InstanceId = association.InstanceId,
            IamInstanceProfile = new IamInstanceProfile { Arn = association.InstanceProfileArn, Id = association.InstanceProfileId },
            State = IamInstanceProfileAssociationState.FindValue(association.Effective.Name),
            Timestamp = Ec2Time.Parse(association.CreatedAt),
        };
    }
}
