using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Amazon.EC2.Model;

namespace RoleTools.Core.Ec2
{
    /// <summary>
    /// Evaluates EC2 Describe filters. Filters combine with AND, the values of one filter with OR.
    /// Values match case-sensitively, with <c>*</c> for any run of characters, <c>?</c> for one character,
    /// and a backslash escaping the next character, as the EC2 API documents for filter values.
    /// </summary>
    public static class Ec2Filters
    {
        /// <summary>Returns true when <paramref name="value"/> matches the wildcard <paramref name="pattern"/>.</summary>
        public static bool IsMatch(string pattern, string value)
        {
            if (pattern == null || value == null)
            {
                return false;
            }

            return WildcardRegex(pattern).IsMatch(value);
        }

        /// <summary>
        /// Checks every filter name with <paramref name="isKnownName"/> and rejects unknown names and filters
        /// without values with InvalidParameterValue, before any resource is read.
        /// </summary>
        public static void Validate(IEnumerable<Filter> filters, Func<string, bool> isKnownName)
        {
            foreach (Filter filter in filters ?? Enumerable.Empty<Filter>())
            {
                if (filter == null || string.IsNullOrEmpty(filter.Name) || !isKnownName(filter.Name))
                {
                    throw Ec2Faults.InvalidParameterValue($"The filter '{filter?.Name}' is invalid");
                }

                if (filter.Values == null || filter.Values.Count == 0)
                {
                    throw Ec2Faults.InvalidParameterValue($"The filter '{filter.Name}' has no values.");
                }
            }
        }

        /// <summary>
        /// Returns true when a resource passes every filter. <paramref name="valuesOf"/> returns the
        /// resource's values for a filter name (several for list attributes such as tags).
        /// </summary>
        public static bool Matches(IEnumerable<Filter> filters, Func<string, IEnumerable<string>> valuesOf)
        {
            foreach (Filter filter in filters ?? Enumerable.Empty<Filter>())
            {
                List<string> actual = (valuesOf(filter.Name) ?? Enumerable.Empty<string>()).Where(v => v != null).ToList();
                if (!filter.Values.Any(pattern => actual.Any(value => IsMatch(pattern, value))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Returns the tag key named by a <c>tag:KEY</c> filter, or null for other filter names.</summary>
        public static string TagKeyOf(string filterName) =>
            filterName != null && filterName.StartsWith("tag:", StringComparison.Ordinal) && filterName.Length > 4
                ? filterName.Substring(4)
                : null;

        private static Regex WildcardRegex(string pattern)
        {
            var builder = new StringBuilder("^");
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '\\' && i + 1 < pattern.Length)
                {
                    i++;
                    builder.Append(Regex.Escape(pattern[i].ToString()));
                }
                else if (c == '*')
                {
                    builder.Append(".*");
                }
                else if (c == '?')
                {
                    builder.Append('.');
                }
                else
                {
                    builder.Append(Regex.Escape(c.ToString()));
                }
            }

            builder.Append('$');
            return new Regex(builder.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
        }
    }
}
