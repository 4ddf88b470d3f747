using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace RoleTools.Core.Policies
{
    /// <summary>Action matching, and the trust-policy check that the metadata endpoint runs before it issues credentials.</summary>
    public static class PolicyMatcher
    {
        /// <summary>
        /// Returns true when the action pattern <paramref name="pattern"/> (which may hold * and ?) matches
        /// <paramref name="action"/>. IAM compares actions case-insensitively.
        /// </summary>
        public static bool ActionMatches(string pattern, string action)
        {
            var regex = new StringBuilder("^");
            foreach (char c in pattern)
            {
                if (c == '*')
                {
                    regex.Append(".*");
                }
                else if (c == '?')
                {
                    regex.Append('.');
                }
                else
                {
                    regex.Append(Regex.Escape(c.ToString()));
                }
            }

            regex.Append('$');
            return Regex.IsMatch(action, regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        /// <summary>
        /// Returns true when the trust policy lets the service principal <paramref name="service"/>
        /// (e.g. ec2.amazonaws.com) call <paramref name="action"/> (default sts:AssumeRole): some Allow
        /// statement matches the principal and the action, and no Deny statement does.
        /// </summary>
        /// <remarks>NOTE: Condition blocks are not evaluated; a statement with conditions counts as matching.</remarks>
        public static bool AllowsService(PolicyDocument trustPolicy, string service, string action = "sts:AssumeRole")
        {
            if (trustPolicy == null)
            {
                throw new ArgumentNullException(nameof(trustPolicy));
            }

            IEnumerable<PolicyStatement> matching = trustPolicy.Statements
                .Where(s => s.Principal != null && s.Principal.MatchesService(service) && StatementCoversAction(s, action));
            bool allowed = false;
            foreach (PolicyStatement statement in matching)
            {
                if (statement.Effect == PolicyEffect.Deny)
                {
                    return false;
                }

                allowed = true;
            }

            return allowed;
        }

        /// <summary>Parses <paramref name="trustPolicyText"/> as a trust policy and applies <see cref="AllowsService(PolicyDocument, string, string)"/>.</summary>
        public static bool AllowsService(string trustPolicyText, string service, string action = "sts:AssumeRole") =>
            AllowsService(PolicyParser.Parse(trustPolicyText, PolicyKind.Trust), service, action);

        private static bool StatementCoversAction(PolicyStatement statement, string action)
        {
            if (statement.Actions != null)
            {
                return statement.Actions.Any(pattern => ActionMatches(pattern, action));
            }

            return statement.NotActions != null && !statement.NotActions.Any(pattern => ActionMatches(pattern, action));
        }
    }
}
