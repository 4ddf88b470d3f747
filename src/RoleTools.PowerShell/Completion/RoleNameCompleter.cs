using System.Collections;
using System.Collections.Generic;
using System.Linq;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Completion
{
    /// <summary>Completes -RoleName with the names of the IAM roles in the current store.</summary>
    public sealed class RoleNameCompleter : StoreArgumentCompleter
    {
        internal override IEnumerable<CompletionCandidate> ReadCandidates(RoleToolsStore store, string commandName, IDictionary fakeBoundParameters) =>
            store.Read(session => session.Query<(string RoleName, string Arn)>(
                    "SELECT role_name, arn FROM iam_roles ORDER BY role_name_lower")
                .Select(row => new CompletionCandidate(row.RoleName, row.Arn))
                .ToList());
    }
}
