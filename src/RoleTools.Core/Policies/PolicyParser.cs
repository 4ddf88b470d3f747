using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Amazon.IdentityManagement.Model;

namespace RoleTools.Core.Policies
{
    /// <summary>
    /// Parses and validates IAM policy documents the way IAM does before it stores them. Every rejection is a
    /// <see cref="MalformedPolicyDocumentException"/> carrying IAM's message. A leading UTF-8 byte order mark
    /// and CRLF line ends are accepted.
    /// </summary>
    public static class PolicyParser
    {
        public const string InvalidJsonMessage = "This policy contains invalid Json";
        public const string SyntaxErrorMessage = "Syntax errors in policy.";
        public const string LegacyParsingMessage = "The policy failed legacy parsing";
        public const string MissingActionMessage = "Policy statement must contain actions.";
        public const string MissingResourceMessage = "Policy statement must contain resources.";
        public const string IdentityPrincipalMessage = "Policy document should not specify a principal.";
        public const string TrustActionMessage = "AssumeRole policy may only specify STS AssumeRole actions.";
        public const string VendorMessage = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
        public const string SidPatternMessage = "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*";
        public const string DuplicateSidMessage = "Statement IDs (SID) in a single policy must be unique.";

        /// <summary>The actions a trust policy may name (STS operations that act on the role).</summary>
        public static readonly IReadOnlyList<string> TrustActions = new[]
        {
            "sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity",
            "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext",
        };

        private static readonly HashSet<string> TopLevelKeys = new HashSet<string>(StringComparer.Ordinal) { "Version", "Id", "Statement" };

        private static readonly HashSet<string> StatementKeys = new HashSet<string>(StringComparer.Ordinal)
        {
            "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
        };

        private static readonly Regex ActionPattern = new Regex(@"^[A-Za-z0-9_.-]+:[A-Za-z0-9_*?.-]*$", RegexOptions.CultureInvariant);
        private static readonly Regex SidPattern = new Regex("^[0-9A-Za-z]*$", RegexOptions.CultureInvariant);
        private static readonly Regex AccountIdPattern = new Regex(@"^\d{12}$", RegexOptions.CultureInvariant);
        private static readonly Regex AwsPrincipalArnPattern = new Regex(
            @"^arn:aws[a-z-]*:(iam::(\d{12}|\*):(root|(user|role|federated-user)/.+)|sts::\d{12}:(assumed-role/.+/.+|federated-user/.+))$",
            RegexOptions.CultureInvariant);
        private static readonly Regex ServicePrincipalPattern = new Regex(@"^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$", RegexOptions.CultureInvariant);
        private static readonly Regex CanonicalUserPattern = new Regex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant);

        /// <summary>Parses <paramref name="text"/> as a policy of the given kind, or throws MalformedPolicyDocumentException.</summary>
        public static PolicyDocument Parse(string text, PolicyKind kind)
        {
            JsonNode root;
            try
            {
                root = JsonNode.Parse(StripByteOrderMark(text ?? string.Empty));
            }
            catch (FormatException)
            {
                throw Malformed(InvalidJsonMessage);
            }

            if (root.Kind != JsonKind.Object)
            {
                throw Malformed(SyntaxErrorMessage);
            }

            Dictionary<string, JsonNode> members = UniqueMembers(root, TopLevelKeys);
            string version = ReadVersion(members);
            string id = members.TryGetValue("Id", out JsonNode idNode) ? RequireString(idNode) : null;
            if (!members.TryGetValue("Statement", out JsonNode statementNode))
            {
                throw Malformed("Missing required field Statement");
            }

            List<JsonNode> statementNodes = statementNode.Kind == JsonKind.Array ? statementNode.Items.ToList()
                : statementNode.Kind == JsonKind.Object ? new List<JsonNode> { statementNode }
                : throw Malformed(SyntaxErrorMessage);

            var statements = statementNodes.Select(node => ParseStatement(node, kind)).ToList();
            CheckUniqueSids(statements);
            return new PolicyDocument(version, id, statements);
        }

        /// <summary>Removes a leading U+FEFF, which a file read without BOM detection keeps.</summary>
        public static string StripByteOrderMark(string text) =>
            text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;

        /// <summary>
        /// Returns the length IAM counts against its policy size quotas: the characters of the document
        /// that are not whitespace.
        /// </summary>
        public static int CountedLength(string text)
        {
            int count = 0;
            foreach (char c in StripByteOrderMark(text ?? string.Empty))
            {
                if (!char.IsWhiteSpace(c))
                {
                    count++;
                }
            }

            return count;
        }

        private static string ReadVersion(Dictionary<string, JsonNode> members)
        {
            // NOTE: IAM documents Version as optional (default 2008-10-17), but RoleTools requires it. A script
            // that omits it fails here instead of silently getting the legacy policy language.
            if (!members.TryGetValue("Version", out JsonNode versionNode))
            {
                throw Malformed("Missing required field Version");
            }

            if (versionNode.Kind != JsonKind.String || (versionNode.Text != "2012-10-17" && versionNode.Text != "2008-10-17"))
            {
                throw Malformed(LegacyParsingMessage);
            }

            return versionNode.Text;
        }

        private static PolicyStatement ParseStatement(JsonNode node, PolicyKind kind)
        {
            if (node.Kind != JsonKind.Object)
            {
                throw Malformed(SyntaxErrorMessage);
            }

            Dictionary<string, JsonNode> members = UniqueMembers(node, StatementKeys);
            var statement = new PolicyStatement();
            if (members.TryGetValue("Sid", out JsonNode sid))
            {
                statement.Sid = RequireString(sid);
                if (kind == PolicyKind.Identity && !SidPattern.IsMatch(statement.Sid))
                {
                    throw Malformed(SidPatternMessage);
                }
            }

            if (!members.TryGetValue("Effect", out JsonNode effect))
            {
                throw Malformed("Missing required field Effect");
            }

            statement.Effect = ParseEffect(RequireString(effect));
            ParsePrincipals(statement, members, kind);
            ParseActions(statement, members, kind);
            ParseResources(statement, members, kind);
            if (members.TryGetValue("Condition", out JsonNode condition))
            {
                statement.Conditions = ParseConditions(condition);
            }

            return statement;
        }

        private static PolicyEffect ParseEffect(string effect)
        {
            switch (effect)
            {
                case "Allow":
                    return PolicyEffect.Allow;
                case "Deny":
                    return PolicyEffect.Deny;
                default:
                    throw Malformed($"Invalid effect: {effect}");
            }
        }

        private static void ParsePrincipals(PolicyStatement statement, Dictionary<string, JsonNode> members, PolicyKind kind)
        {
            bool hasPrincipal = members.TryGetValue("Principal", out JsonNode principal);
            bool hasNotPrincipal = members.TryGetValue("NotPrincipal", out JsonNode notPrincipal);
            if (kind == PolicyKind.Identity)
            {
                if (hasPrincipal || hasNotPrincipal)
                {
                    throw Malformed(IdentityPrincipalMessage);
                }

                return;
            }

            if (hasNotPrincipal)
            {
                throw Malformed("Has prohibited field NotPrincipal");
            }

            if (!hasPrincipal)
            {
                throw Malformed("Missing required field Principal");
            }

            statement.Principal = ParsePrincipal(principal);
        }

        private static PolicyPrincipal ParsePrincipal(JsonNode node)
        {
            if (node.Kind == JsonKind.String)
            {
                if (node.Text != "*")
                {
                    throw Malformed($"Invalid principal in policy: \"{node.Text}\"");
                }

                return new PolicyPrincipal(true, new Dictionary<string, IReadOnlyList<string>>());
            }

            if (node.Kind != JsonKind.Object)
            {
                throw Malformed(SyntaxErrorMessage);
            }

            var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, JsonNode> member in UniqueMembers(node, null))
            {
                List<string> list = StringList(member.Value);
                foreach (string value in list)
                {
                    if (!IsValidPrincipal(member.Key, value))
                    {
                        throw Malformed($"Invalid principal in policy: \"{PrincipalLabel(member.Key)}\":\"{value}\"");
                    }
                }

                values[member.Key] = list;
            }

            if (values.Count == 0)
            {
                throw Malformed(SyntaxErrorMessage);
            }

            return new PolicyPrincipal(false, values);
        }

        private static bool IsValidPrincipal(string type, string value)
        {
            switch (type)
            {
                case "AWS":
                    // NOTE: IAM also rejects a role or user ARN that does not exist; RoleTools checks only the form.
                    return value == "*" || AccountIdPattern.IsMatch(value) || AwsPrincipalArnPattern.IsMatch(value);
                case "Service":
                    return ServicePrincipalPattern.IsMatch(value);
                case "Federated":
                    return value.Length > 0 && value != "*";
                case "CanonicalUser":
                    return CanonicalUserPattern.IsMatch(value);
                default:
                    return false;
            }
        }

        private static string PrincipalLabel(string type) => type == "AWS" ? "AWS" : type.ToUpperInvariant();

        private static void ParseActions(PolicyStatement statement, Dictionary<string, JsonNode> members, PolicyKind kind)
        {
            bool hasAction = members.TryGetValue("Action", out JsonNode action);
            bool hasNotAction = members.TryGetValue("NotAction", out JsonNode notAction);
            if (hasAction == hasNotAction)
            {
                throw Malformed(hasAction ? SyntaxErrorMessage : MissingActionMessage);
            }

            List<string> actions = StringList(hasAction ? action : notAction);
            if (actions.Count == 0)
            {
                throw Malformed(MissingActionMessage);
            }

            foreach (string value in actions)
            {
                if (value != "*" && !ActionPattern.IsMatch(value))
                {
                    throw Malformed(VendorMessage);
                }

                if (kind == PolicyKind.Trust && hasAction && !TrustActions.Any(allowed => PolicyMatcher.ActionMatches(value, allowed)))
                {
                    throw Malformed(TrustActionMessage);
                }
            }

            if (hasAction)
            {
                statement.Actions = actions;
            }
            else
            {
                statement.NotActions = actions;
            }
        }

        private static void ParseResources(PolicyStatement statement, Dictionary<string, JsonNode> members, PolicyKind kind)
        {
            bool hasResource = members.TryGetValue("Resource", out JsonNode resource);
            bool hasNotResource = members.TryGetValue("NotResource", out JsonNode notResource);
            if (kind == PolicyKind.Trust)
            {
                if (hasResource || hasNotResource)
                {
                    throw Malformed($"Has prohibited field {(hasResource ? "Resource" : "NotResource")}");
                }

                return;
            }

            if (hasResource == hasNotResource)
            {
                throw Malformed(hasResource ? SyntaxErrorMessage : MissingResourceMessage);
            }

            List<string> resources = StringList(hasResource ? resource : notResource);
            if (resources.Count == 0)
            {
                throw Malformed(MissingResourceMessage);
            }

            foreach (string value in resources)
            {
                if (value != "*" && !IsArn(value))
                {
                    throw Malformed($"Resource {value} must be in ARN format or \"*\".");
                }
            }

            if (hasResource)
            {
                statement.Resources = resources;
            }
            else
            {
                statement.NotResources = resources;
            }
        }

        private static bool IsArn(string value)
        {
            string[] parts = value.Split(new[] { ':' }, 6);
            return parts.Length == 6 && parts[0] == "arn" && parts[1].Length > 0 && parts[2].Length > 0;
        }

        private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ParseConditions(JsonNode node)
        {
            if (node.Kind != JsonKind.Object)
            {
                throw Malformed(SyntaxErrorMessage);
            }

            var conditions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, JsonNode> op in UniqueMembers(node, null))
            {
                if (op.Value.Kind != JsonKind.Object || op.Value.Members.Count == 0)
                {
                    throw Malformed(SyntaxErrorMessage);
                }

                var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
                foreach (KeyValuePair<string, JsonNode> key in UniqueMembers(op.Value, null))
                {
                    if (key.Key.IndexOf(':') <= 0)
                    {
                        throw Malformed(VendorMessage);
                    }

                    keys[key.Key] = ScalarList(key.Value);
                }

                conditions[op.Key] = keys;
            }

            return conditions;
        }

        private static void CheckUniqueSids(List<PolicyStatement> statements)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (PolicyStatement statement in statements)
            {
                if (!string.IsNullOrEmpty(statement.Sid) && !seen.Add(statement.Sid))
                {
                    throw Malformed(DuplicateSidMessage);
                }
            }
        }

        /// <summary>
        /// Returns an object's members by key, rejecting a repeated key and, when <paramref name="allowed"/>
        /// is given, a key outside it.
        /// </summary>
        private static Dictionary<string, JsonNode> UniqueMembers(JsonNode node, HashSet<string> allowed)
        {
            var members = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, JsonNode> member in node.Members)
            {
                // NOTE: IAM's message for a repeated or unknown key was not confirmed, so this uses its generic one.
                if ((allowed != null && !allowed.Contains(member.Key)) || members.ContainsKey(member.Key))
                {
                    throw Malformed(SyntaxErrorMessage);
                }

                members.Add(member.Key, member.Value);
            }

            return members;
        }

        private static string RequireString(JsonNode node) =>
            node.Kind == JsonKind.String ? node.Text : throw Malformed(SyntaxErrorMessage);

        private static List<string> StringList(JsonNode node)
        {
            if (node.Kind == JsonKind.String)
            {
                return new List<string> { node.Text };
            }

            if (node.Kind != JsonKind.Array)
            {
                throw Malformed(SyntaxErrorMessage);
            }

            return node.Items.Select(RequireString).ToList();
        }

        private static List<string> ScalarList(JsonNode node)
        {
            IEnumerable<JsonNode> items = node.Kind == JsonKind.Array ? node.Items : new[] { node };
            return items.Select(item =>
            {
                switch (item.Kind)
                {
                    case JsonKind.String:
                    case JsonKind.Number:
                        return item.Text;
                    case JsonKind.True:
                        return "true";
                    case JsonKind.False:
                        return "false";
                    default:
                        throw Malformed(SyntaxErrorMessage);
                }
            }).ToList();
        }

        private static MalformedPolicyDocumentException Malformed(string message) => new MalformedPolicyDocumentException(message);
    }
}
