using System;
using System.Linq;

namespace RoleTools.Core.Ec2
{
    /// <summary>Input rules shared by several EC2 operations: enumerated values, hop limits and tags.</summary>
    internal static class Ec2Validation
    {
        /// <summary>Most tags one EC2 resource may carry.</summary>
        internal const int MaxTagsPerResource = 50;

        internal static void CheckOneOf(string parameter, string value, params string[] allowed)
        {
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                throw Ec2Faults.InvalidParameterValue($"Value ({value}) for parameter {parameter} is invalid. Expected one of: {string.Join(", ", allowed)}.");
            }
        }

        /// <summary>Checks the IMDSv2 PUT response hop limit, which must be 1 to 64.</summary>
        internal static void CheckHopLimit(int? hopLimit)
        {
            if (hopLimit.HasValue && (hopLimit.Value < 1 || hopLimit.Value > 64))
            {
                throw Ec2Faults.InvalidParameterValue($"The HttpPutResponseHopLimit value {hopLimit.Value} is invalid. Specify a value from 1 to 64.");
            }
        }

        /// <summary>
        /// Checks a tag as EC2 does: a key of 1 to 128 characters that does not start with "aws:", and a value
        /// of at most 256 characters.
        /// </summary>
        internal static void CheckTag(string key, string value)
        {
            if (string.IsNullOrEmpty(key))
            {
                throw Ec2Faults.InvalidParameterValue("Tag key must not be empty.");
            }

            if (key.Length > 128)
            {
                throw Ec2Faults.InvalidParameterValue($"Tag key exceeds the maximum length of 128 characters: {key}");
            }

            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                throw Ec2Faults.InvalidParameterValue("Tag keys starting with 'aws:' are reserved for internal use");
            }

            if (value != null && value.Length > 256)
            {
                throw Ec2Faults.InvalidParameterValue($"Tag value exceeds the maximum length of 256 characters for key: {key}");
            }
        }
    }
}
