using System.Collections;
using System.Collections.Generic;
using System.Linq;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Completion
{
    /// <summary>
    /// Completes -InstanceProfileName and -IamInstanceProfile_Name with the names of the instance profiles
    /// in the current store. The tooltip names the profile's role, if it has one.
    /// </summary>
    public sealed class InstanceProfileNameCompleter : StoreArgumentCompleter
    {
        internal override IEnumerable<CompletionCandidate> ReadCandidates(RoleToolsStore store, string commandName, IDictionary fakeBoundParameters) =>
            store.Read(session => session.Query<(string Name, string Arn, string RoleName)>(
                    @"SELECT p.instance_profile_name, p.arn, r.role_name
                      FROM iam_instance_profiles p
                      LEFT JOIN iam_instance_profile_roles pr ON pr.instance_profile_id = p.instance_profile_id
                      LEFT JOIN iam_roles r ON r.role_id = pr.role_id
                      ORDER BY p.name_lower")
                .Select(row => new CompletionCandidate(row.Name, row.RoleName == null ? row.Arn + " (no role)" : $"{row.Arn} (role {row.RoleName})"))
                .ToList());
    }
}
