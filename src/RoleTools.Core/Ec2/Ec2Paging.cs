using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace RoleTools.Core.Ec2
{
    /// <summary>
    /// Pages for Describe calls. A next token is an opaque base64 string holding the offset of the next
    /// item in the call's stable ordering.
    /// </summary>
    internal static class Ec2Paging
    {
        private const string Prefix = "rt1:";

        /// <summary>Checks MaxResults against the operation's range and returns it (null when not given).</summary>
        internal static int? CheckMaxResults(int? maxResults, int minimum, int maximum)
        {
            if (maxResults.HasValue && (maxResults.Value < minimum || maxResults.Value > maximum))
            {
                throw Ec2Faults.MaxResultsOutOfRange(maxResults.Value, minimum, maximum);
            }

            return maxResults;
        }

        /// <summary>Returns the offset a next token points at (0 without a token), or throws InvalidParameterValue.</summary>
        internal static int OffsetOf(string nextToken)
        {
            if (string.IsNullOrEmpty(nextToken))
            {
                return 0;
            }

            try
            {
                string text = Encoding.UTF8.GetString(Convert.FromBase64String(nextToken));
                if (text.StartsWith(Prefix, StringComparison.Ordinal)
                    && int.TryParse(text.Substring(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int offset))
                {
                    return offset;
                }
            }
            catch (FormatException)
            {
                // Not base64: reported below like any other token this store did not issue.
            }

            throw Ec2Faults.InvalidNextToken(nextToken);
        }

        /// <summary>Returns the token for <paramref name="offset"/>, or null when no items remain.</summary>
        internal static string TokenFor(int offset, int total) =>
            offset >= total ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

        /// <summary>Returns one page of <paramref name="items"/> and the token of the next page.</summary>
        internal static List<T> Page<T>(IReadOnlyList<T> items, string nextToken, int? maxResults, out string newToken)
        {
            int offset = OffsetOf(nextToken);
            int count = maxResults ?? int.MaxValue;
            var page = new List<T>();
            for (int i = offset; i < items.Count && page.Count < count; i++)
            {
                page.Add(items[i]);
            }

            newToken = TokenFor(offset + page.Count, items.Count);
            return page;
        }
    }
}
