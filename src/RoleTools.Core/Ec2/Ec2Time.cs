using System;
using System.Globalization;

namespace RoleTools.Core.Ec2
{
    /// <summary>Converts store times, which are ISO-8601 UTC text with milliseconds, to and from <see cref="DateTime"/>.</summary>
    internal static class Ec2Time
    {
        private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

        internal static string ToText(DateTime utc) => utc.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture);

        internal static DateTime Parse(string text) =>
            DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        /// <summary>Formats a time as EC2 writes it in StateTransitionReason, e.g. "2024-05-01 10:00:00 GMT".</summary>
        internal static string ToReasonText(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " GMT";
    }
}
