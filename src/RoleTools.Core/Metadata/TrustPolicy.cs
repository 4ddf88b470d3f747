using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace RoleTools.Core.Metadata
{
    /// <summary>
    /// Decides whether a role's trust policy lets the EC2 service assume it, as EC2 checks before it
    /// hands out instance-profile credentials.
    /// </summary>
    // TODO: switch to the IAM area's trust-policy check once both branches are merged.
    public static class TrustPolicy
    {
        public const string Ec2ServicePrincipal = "ec2.amazonaws.com";
        private const string AssumeRoleAction = "sts:AssumeRole";

        /// <summary>
        /// Returns true when a statement allows sts:AssumeRole (or a matching wildcard) to the
        /// ec2.amazonaws.com service principal and no statement denies it. The document may be
        /// URL-encoded, as IAM returns it. Conditions are not evaluated: a statement with a
        /// Condition still counts, because EC2's own request carries no keys they could test.
        /// </summary>
        public static bool AllowsEc2(string policyDocument)
        {
            if (string.IsNullOrWhiteSpace(policyDocument))
            {
                return false;
            }

            string json = policyDocument.TrimStart().StartsWith("{", StringComparison.Ordinal)
                ? policyDocument
                : Uri.UnescapeDataString(policyDocument);

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json);
            }
            catch (JsonException)
            {
                return false;
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !TryGetProperty(document.RootElement, "Statement", out JsonElement statements))
                {
                    return false;
                }

                bool allowed = false;
                foreach (JsonElement statement in AsArray(statements))
                {
                    if (!MatchesEc2AssumeRole(statement))
                    {
                        continue;
                    }

                    string effect = TryGetProperty(statement, "Effect", out JsonElement effectElement) && effectElement.ValueKind == JsonValueKind.String
                        ? effectElement.GetString()
                        : null;
                    if (effect == "Deny")
                    {
                        return false;
                    }

                    allowed |= effect == "Allow";
                }

                return allowed;
            }
        }

        private static bool MatchesEc2AssumeRole(JsonElement statement)
        {
            if (statement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            bool principalMatches = TryGetProperty(statement, "Principal", out JsonElement principal) && PrincipalIncludesEc2(principal);
            bool actionMatches = TryGetProperty(statement, "Action", out JsonElement action)
                && Strings(action).Any(pattern => WildcardMatches(pattern, AssumeRoleAction));
            return principalMatches && actionMatches;
        }

        private static bool PrincipalIncludesEc2(JsonElement principal)
        {
            if (principal.ValueKind == JsonValueKind.String)
            {
                return principal.GetString() == "*";
            }

            if (principal.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            return (TryGetProperty(principal, "Service", out JsonElement service)
                    && Strings(service).Any(name => string.Equals(name, Ec2ServicePrincipal, StringComparison.OrdinalIgnoreCase)))
                || (TryGetProperty(principal, "AWS", out JsonElement aws) && Strings(aws).Any(name => name == "*"));
        }

        /// <summary>Matches IAM action wildcards: '*' any run of characters, '?' one character, case-insensitive.</summary>
        internal static bool WildcardMatches(string pattern, string value)
        {
            if (pattern == null)
            {
                return false;
            }

            return MatchFrom(pattern.ToLowerInvariant(), 0, value.ToLowerInvariant(), 0);
        }

        private static bool MatchFrom(string pattern, int p, string value, int v)
        {
            while (p < pattern.Length)
            {
                char c = pattern[p];
                if (c == '*')
                {
                    for (int skip = v; skip <= value.Length; skip++)
                    {
                        if (MatchFrom(pattern, p + 1, value, skip))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                if (v >= value.Length || (c != '?' && c != value[v]))
                {
                    return false;
                }

                p++;
                v++;
            }

            return v == value.Length;
        }

        private static IEnumerable<JsonElement> AsArray(JsonElement element) =>
            element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().ToList() : new List<JsonElement> { element };

        private static IEnumerable<string> Strings(JsonElement element) =>
            AsArray(element).Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString());

        /// <summary>Finds a property by name, ignoring case as IAM does for policy element names.</summary>
        private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
