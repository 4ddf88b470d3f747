using System;
using System.Collections.Generic;

namespace RoleTools.Core.Policies
{
    /// <summary>Which grammar a policy document follows.</summary>
    public enum PolicyKind
    {
        /// <summary>A permissions policy (inline or managed): no Principal, Resource required.</summary>
        Identity,

        /// <summary>A role trust policy: Principal required, Resource prohibited, only STS actions.</summary>
        Trust,
    }

    /// <summary>The effect of a statement.</summary>
    public enum PolicyEffect
    {
        Allow,
        Deny,
    }

    /// <summary>A validated IAM policy document in parsed form.</summary>
    public sealed class PolicyDocument
    {
        internal PolicyDocument(string version, string id, IReadOnlyList<PolicyStatement> statements)
        {
            Version = version;
            Id = id;
            Statements = statements;
        }

        /// <summary>The policy language version: 2012-10-17 or 2008-10-17.</summary>
        public string Version { get; }

        /// <summary>The optional Id element.</summary>
        public string Id { get; }

        /// <summary>The statements, in document order. A single statement object becomes a list of one.</summary>
        public IReadOnlyList<PolicyStatement> Statements { get; }
    }

    /// <summary>
    /// One statement. Each of Action/NotAction, Resource/NotResource and Principal/NotPrincipal is set on at
    /// most one side; an element given as a single string becomes a list of one.
    /// </summary>
    public sealed class PolicyStatement
    {
        public string Sid { get; internal set; }

        public PolicyEffect Effect { get; internal set; }

        public PolicyPrincipal Principal { get; internal set; }

        public PolicyPrincipal NotPrincipal { get; internal set; }

        public IReadOnlyList<string> Actions { get; internal set; }

        public IReadOnlyList<string> NotActions { get; internal set; }

        public IReadOnlyList<string> Resources { get; internal set; }

        public IReadOnlyList<string> NotResources { get; internal set; }

        /// <summary>Condition operator (e.g. StringEquals) to condition key to values, as written.</summary>
        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Conditions { get; internal set; }
    }

    /// <summary>
    /// A Principal element: either the wildcard "*" or principal types (AWS, Service, Federated,
    /// CanonicalUser) mapped to their values.
    /// </summary>
    public sealed class PolicyPrincipal
    {
        internal PolicyPrincipal(bool isWildcard, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
        {
            IsWildcard = isWildcard;
            Values = values;
        }

        /// <summary>True when the element is the string "*", which matches every principal.</summary>
        public bool IsWildcard { get; }

        /// <summary>Principal type to values; empty when <see cref="IsWildcard"/> is true.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; }

        /// <summary>Returns true when this element names the service principal <paramref name="service"/>, or every principal.</summary>
        public bool MatchesService(string service)
        {
            if (IsWildcard)
            {
                return true;
            }

            if (Values.TryGetValue("AWS", out IReadOnlyList<string> aws) && Contains(aws, "*"))
            {
                return true;
            }

            return Values.TryGetValue("Service", out IReadOnlyList<string> services)
                && (Contains(services, service) || Contains(services, "*"));
        }

        private static bool Contains(IReadOnlyList<string> values, string value)
        {
            foreach (string item in values)
            {
                if (string.Equals(item, value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
