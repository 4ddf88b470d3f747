using System;
using System.Collections.Concurrent;
using Amazon.IdentityManagement;
using RoleTools.Core.Policies;

namespace RoleTools.Core.Metadata
{
    /// <summary>
    /// Decides whether a role's trust policy lets the EC2 service assume it, as EC2 checks before it
    /// hands out instance-profile credentials.
    /// </summary>
    public static class TrustPolicy
    {
        public const string Ec2ServicePrincipal = "ec2.amazonaws.com";

        /// <summary>
        /// Returns true when the trust policy allows sts:AssumeRole to ec2.amazonaws.com and denies it
        /// nowhere (see <see cref="PolicyMatcher.AllowsService(string, string, string)"/>). A document that IAM
        /// would reject as malformed trusts no one.
        /// </summary>
        public static bool AllowsEc2(string policyDocument)
        {
            if (string.IsNullOrWhiteSpace(policyDocument))
            {
                return false;
            }

            // The result depends only on the text, and the metadata endpoint checks it on every credentials request.
            if (Decisions.TryGetValue(policyDocument, out bool known))
            {
                return known;
            }

            bool allowed;
            try
            {
                allowed = PolicyMatcher.AllowsService(policyDocument, Ec2ServicePrincipal);
            }
            catch (AmazonIdentityManagementServiceException)
            {
                allowed = false;
            }

            if (Decisions.Count >= MaxCachedDecisions)
            {
                Decisions.Clear();
            }

            Decisions[policyDocument] = allowed;
            return allowed;
        }

        private const int MaxCachedDecisions = 256;

        private static readonly ConcurrentDictionary<string, bool> Decisions = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
    }
}
