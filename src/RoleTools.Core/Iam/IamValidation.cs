using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;

namespace RoleTools.Core.Iam
{
    /// <summary>
    /// Collects the request-model constraint failures of one IAM call and raises them together as IAM does:
    /// "N validation error(s) detected: Value '...' at 'member' failed to satisfy constraint: ...", joined by
    /// "; ", as the base AmazonIdentityManagementServiceException with ErrorCode ValidationError (HTTP 400).
    /// </summary>
    public sealed class IamValidation
    {
        public const string NamePattern = @"[\w+=,.@-]+";
        public const string EntityPathPattern = @"(\u002F)|(\u002F[\u0021-\u007E]+\u002F)";
        public const string PolicyPathPattern = @"((/[A-Za-z0-9\.,\+@=_-]+)*)/";
        public const string PathPrefixPattern = @"\u002F[\u0021-\u007F]*";
        public const string DocumentPattern = @"[\u0009\u000A\u000D\u0020-\u00FF]+";
        public const string DescriptionPattern = @"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*";
        public const string MarkerPattern = @"[\u0020-\u00FF]+";
        public const string TagKeyPattern = @"[\p{L}\p{Z}\p{N}_.:/=+\-@]+";
        public const string TagValuePattern = @"[\p{L}\p{Z}\p{N}_.:/=+\-@]*";

        // IAM's \w pattern matches ASCII word characters only, but .NET's \w also matches other letters.
        private static readonly Regex NameRegex = Whole(@"[A-Za-z0-9_+=,.@-]+");
        private static readonly Regex EntityPathRegex = Whole(@"(/)|(/[\u0021-\u007E]+/)");
        private static readonly Regex PolicyPathRegex = Whole(@"((/[A-Za-z0-9.,+@=_-]+)*)/");
        private static readonly Regex PathPrefixRegex = Whole(@"/[\u0021-\u007F]*");
        private static readonly Regex DocumentRegex = Whole(@"[\u0009\u000A\u000D\u0020-\u00FF]+");
        private static readonly Regex DescriptionRegex = Whole(@"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*");
        private static readonly Regex MarkerRegex = Whole(@"[\u0020-\u00FF]+");
        private static readonly Regex TagKeyRegex = Whole(@"[\p{L}\p{Z}\p{N}_.:/=+\-@]+");
        private static readonly Regex TagValueRegex = Whole(@"[\p{L}\p{Z}\p{N}_.:/=+\-@]*");

        private readonly List<string> _errors = new List<string>();

        /// <summary>Checks a required member: null is a failure of its own, otherwise length and pattern apply.</summary>
        public IamValidation Required(string member, string value, int minLength, int maxLength, Regex pattern = null, string patternText = null)
        {
            if (value == null)
            {
                _errors.Add($"Value null at '{member}' failed to satisfy constraint: Member must not be null");
                return this;
            }

            return Optional(member, value, minLength, maxLength, pattern, patternText);
        }

        /// <summary>Checks an optional member's length and pattern; null passes.</summary>
        public IamValidation Optional(string member, string value, int minLength, int maxLength, Regex pattern = null, string patternText = null)
        {
            if (value == null)
            {
                return this;
            }

            if (value.Length < minLength)
            {
                Fail(member, value, $"Member must have length greater than or equal to {minLength}");
            }

            if (value.Length > maxLength)
            {
                Fail(member, value, $"Member must have length less than or equal to {maxLength}");
            }

            if (pattern != null && !pattern.IsMatch(value))
            {
                Fail(member, value, $"Member must satisfy regular expression pattern: {patternText}");
            }

            return this;
        }

        /// <summary>Checks an optional integer member's range.</summary>
        public IamValidation Range(string member, int? value, int min, int max)
        {
            if (value < min)
            {
                Fail(member, value.Value.ToString(CultureInfo.InvariantCulture), $"Member must have value greater than or equal to {min}");
            }
            else if (value > max)
            {
                Fail(member, value.Value.ToString(CultureInfo.InvariantCulture), $"Member must have value less than or equal to {max}");
            }

            return this;
        }

        public IamValidation RoleName(string value, string member = "roleName") => Required(member, value, 1, 64, NameRegex, NamePattern);

        public IamValidation PolicyName(string value) => Required("policyName", value, 1, 128, NameRegex, NamePattern);

        public IamValidation InstanceProfileName(string value) => Required("instanceProfileName", value, 1, 128, NameRegex, NamePattern);

        public IamValidation EntityPath(string value) => Optional("path", value, 1, 512, EntityPathRegex, EntityPathPattern);

        public IamValidation PolicyPath(string value) => Optional("path", value, 1, 512, PolicyPathRegex, PolicyPathPattern);

        public IamValidation PathPrefix(string value) => Optional("pathPrefix", value, 1, 512, PathPrefixRegex, PathPrefixPattern);

        public IamValidation PolicyPathPrefix(string value) => Optional("pathPrefix", value, 1, 512, PolicyPathRegex, PolicyPathPattern);

        public IamValidation Document(string member, string value) =>
            Required(member, value == null ? null : Policies.PolicyParser.StripByteOrderMark(value), 1, 131072, DocumentRegex, DocumentPattern);

        public IamValidation RoleDescription(string value) => Optional("description", value, 0, 1000, DescriptionRegex, DescriptionPattern);

        public IamValidation PolicyDescription(string value) => Optional("description", value, 0, 1000);

        public IamValidation Arn(string member, string value) => Required(member, value, 20, 2048);

        public IamValidation OptionalArn(string member, string value) => Optional(member, value, 20, 2048);

        public IamValidation Paging(string marker, int? maxItems)
        {
            Optional("marker", marker, 1, 320, MarkerRegex, MarkerPattern);
            return Range("maxItems", maxItems, 1, 1000);
        }

        /// <summary>Checks a tag list: at most 50 items, each key and value within IAM's length and pattern.</summary>
        public IamValidation Tags(IList<Tag> tags, bool required = false)
        {
            if (tags == null)
            {
                if (required)
                {
                    _errors.Add("Value null at 'tags' failed to satisfy constraint: Member must not be null");
                }

                return this;
            }

            if (tags.Count > 50)
            {
                Fail("tags", "[" + string.Join(", ", tags.Select(t => t?.Key)) + "]", "Member must have length less than or equal to 50");
            }

            for (int i = 0; i < tags.Count; i++)
            {
                string prefix = $"tags.{i + 1}.member";
                Required(prefix + ".key", tags[i]?.Key, 1, 128, TagKeyRegex, TagKeyPattern);
                Required(prefix + ".value", tags[i]?.Value, 0, 256, TagValueRegex, TagValuePattern);
            }

            return this;
        }

        /// <summary>Checks a list of tag keys: at most 50 items, each within the key's length and pattern.</summary>
        public IamValidation TagKeys(IList<string> keys)
        {
            if (keys == null)
            {
                _errors.Add("Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
                return this;
            }

            if (keys.Count > 50)
            {
                Fail("tagKeys", "[" + string.Join(", ", keys) + "]", "Member must have length less than or equal to 50");
            }

            for (int i = 0; i < keys.Count; i++)
            {
                Required($"tagKeys.{i + 1}.member", keys[i], 1, 128, TagKeyRegex, TagKeyPattern);
            }

            return this;
        }

        /// <summary>Throws the collected failures, if any, as one ValidationError.</summary>
        public void ThrowIfInvalid()
        {
            if (_errors.Count == 0)
            {
                return;
            }

            string noun = _errors.Count == 1 ? "error" : "errors";
            throw new AmazonIdentityManagementServiceException(
                $"{_errors.Count} validation {noun} detected: {string.Join("; ", _errors)}",
                "ValidationError",
                System.Net.HttpStatusCode.BadRequest);
        }

        private void Fail(string member, string value, string constraint) =>
            _errors.Add($"Value '{value}' at '{member}' failed to satisfy constraint: {constraint}");

        private static Regex Whole(string pattern) => new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant);
    }
}
