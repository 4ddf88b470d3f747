using System.Collections;
using System.Collections.Generic;
using System.Linq;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Completion
{
    /// <summary>
    /// Completes -AssociationId with the IAM instance profile associations of the region the command would
    /// use. The tooltip names the instance, the instance profile and the stored state.
    /// </summary>
    public sealed class AssociationIdCompleter : StoreArgumentCompleter
    {
        // NOTE: the filter reads the stored state. An association whose transition delay has passed may
        // already read as associated, or be gone, when Get-EC2IamInstanceProfileAssociation runs.
        internal override IEnumerable<CompletionCandidate> ReadCandidates(RoleToolsStore store, string commandName, IDictionary fakeBoundParameters)
        {
            string region = StoreCompletion.ResolveRegion(store, fakeBoundParameters);
            return store.Read(session => session.Query<(string AssociationId, string InstanceId, string ProfileArn, string State)>(
                    @"SELECT association_id, instance_id, instance_profile_arn, state
                      FROM ec2_iam_associations
                      WHERE region = @region AND state <> 'disassociated'
                      ORDER BY created_at, association_id",
                    new { region })
                .Select(row => new CompletionCandidate(row.AssociationId, $"{row.AssociationId} ({row.State}: {row.InstanceId}, {row.ProfileArn})"))
                .ToList());
        }
    }
}
