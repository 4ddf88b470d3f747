using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace RoleTools.Core.Ec2
{
    /// <summary>
    /// Generates and checks EC2 resource IDs: a prefix such as <c>i-</c> followed by 17 lower-case hex
    /// digits (the long format) or 8 (the short format still accepted by the service).
    /// </summary>
    public static class Ec2Ids
    {
        public const string InstancePrefix = "i-";
        public const string ReservationPrefix = "r-";
        public const string AssociationPrefix = "iip-assoc-";
        public const string ImagePrefix = "ami-";
        public const string VolumePrefix = "vol-";

        private static readonly Regex HexSuffix = new Regex("^(?:[0-9a-f]{8}|[0-9a-f]{17})$", RegexOptions.CultureInvariant);

        /// <summary>Creates a new random ID with <paramref name="prefix"/> and 17 lower-case hex digits.</summary>
        public static string NewId(string prefix)
        {
            byte[] bytes = new byte[9];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(bytes);
            }

            return prefix + ToHex(bytes).Substring(0, 17);
        }

        /// <summary>
        /// Creates a stable ID with <paramref name="prefix"/> from <paramref name="seed"/>, for resources the
        /// store does not keep rows for (the default VPC, subnets, security groups), so every read agrees.
        /// </summary>
        public static string StableId(string prefix, string seed)
        {
            using (SHA256 sha = SHA256.Create())
            {
                return prefix + ToHex(sha.ComputeHash(Encoding.UTF8.GetBytes(seed))).Substring(0, 17);
            }
        }

        /// <summary>Returns true when <paramref name="id"/> is <paramref name="prefix"/> plus 8 or 17 lower-case hex digits.</summary>
        public static bool IsWellFormed(string id, string prefix) =>
            id != null
            && id.StartsWith(prefix, StringComparison.Ordinal)
            && HexSuffix.IsMatch(id.Substring(prefix.Length));

        private static string ToHex(byte[] bytes)
        {
            var builder = new StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes)
            {
                builder.Append(b.ToString("x2"));
            }

            return builder.ToString();
        }
    }
}
