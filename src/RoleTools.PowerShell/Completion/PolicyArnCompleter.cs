using System.Collections;
using System.Collections.Generic;
using System.Linq;
using RoleTools.Core.Iam;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Completion
{
    /// <summary>
    /// Completes -PolicyArn with the ARNs of the customer managed policies in the current store and of
    /// the AWS managed policies RoleTools ships. A prefix matches the ARN or the policy name, so
    /// "AmazonS3" completes to arn:aws:iam::aws:policy/AmazonS3FullAccess.
    /// </summary>
    public sealed class PolicyArnCompleter : StoreArgumentCompleter
    {
        internal override IEnumerable<CompletionCandidate> ReadCandidates(RoleToolsStore store, string commandName, IDictionary fakeBoundParameters)
        {
            List<CompletionCandidate> customerManaged = store.Read(session => session.Query<(string Arn, string PolicyName)>(
                    "SELECT arn, policy_name FROM iam_managed_policies WHERE is_aws_managed = 0 ORDER BY lower(policy_name), arn")
                .Select(row => new CompletionCandidate(row.Arn, $"{row.PolicyName} (customer managed)", row.Arn, row.PolicyName))
                .ToList());
            return customerManaged.Concat(ReadWithoutStore());
        }

        /// <summary>Returns the AWS managed catalogue, which every store contains, so it is offered before the store exists.</summary>
        internal override IEnumerable<CompletionCandidate> ReadWithoutStore() =>
            ManagedPolicyCatalog.Policies
                .OrderBy(policy => policy.PolicyName, System.StringComparer.OrdinalIgnoreCase)
                .Select(policy => new CompletionCandidate(policy.Arn, $"{policy.PolicyName} (AWS managed)", policy.Arn, policy.PolicyName));
    }
}
