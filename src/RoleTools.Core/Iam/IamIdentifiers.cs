using System;
using System.Security.Cryptography;
using System.Text;

namespace RoleTools.Core.Iam
{
    /// <summary>IAM unique IDs, ARNs and the URL-encoding IAM applies to policy documents.</summary>
    public static class IamIdentifiers
    {
        public const string RolePrefix = "AROA";
        public const string InstanceProfilePrefix = "AIPA";
        public const string PolicyPrefix = "ANPA";

        /// <summary>Account name that AWS managed policy ARNs carry in place of an account ID.</summary>
        public const string AwsManagedAccount = "aws";

        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

        /// <summary>Returns a new unique ID: the 4-character prefix and 17 random upper-case alphanumerics (21 characters).</summary>
        public static string NewId(string prefix)
        {
            var bytes = new byte[17];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(bytes);
            }

            var id = new StringBuilder(prefix, prefix.Length + bytes.Length);
            foreach (byte b in bytes)
            {
                // b % 36 favours the first four characters slightly, which does not matter for an opaque ID.
                id.Append(Alphabet[b % Alphabet.Length]);
            }

            return id.ToString();
        }

        /// <summary>Returns an IAM ARN: arn:aws:iam::{account}:{resourceType}{path}{name}.</summary>
        public static string Arn(string account, string resourceType, string path, string name) =>
            $"arn:aws:iam::{account}:{resourceType}{path}{name}";

        /// <summary>
        /// URL-encodes a policy document as IAM returns it: RFC 3986 percent-encoding of every character outside
        /// the unreserved set, so a space is %20 (never +) and a line feed is %0A.
        /// </summary>
        public static string EncodeDocument(string document) => document == null ? null : Uri.EscapeDataString(document);
    }
}
