using System;

namespace RoleTools.Core.Common
{
    /// <summary>
    /// A named credential profile kept in the store: keys, an optional session token and an optional
    /// default region, as AWS Tools keeps them in a credential file.
    /// </summary>
    public sealed class CredentialProfile
    {
        /// <summary>The profile name, case-sensitive, e.g. <c>default</c>.</summary>
        public string Name { get; set; }

        /// <summary>
        /// The profile location given to -ProfileLocation (a full path), or null for the default profile set.
        /// The path only separates sets of profiles: no file is read or written there.
        /// </summary>
        public string Location { get; set; }

        /// <summary>AWS access key ID, or null for a profile that holds only a region.</summary>
        public string AccessKeyId { get; set; }

        /// <summary>AWS secret access key, or null for a profile that holds only a region.</summary>
        public string SecretAccessKey { get; set; }

        /// <summary>Session token of temporary credentials, or null.</summary>
        public string SessionToken { get; set; }

        /// <summary>Default region system name of the profile, or null.</summary>
        public string Region { get; set; }

        /// <summary>When the profile was first saved, on the emulated clock (UTC).</summary>
        public DateTime CreatedAt { get; set; }

        /// <summary>When the profile was last saved, on the emulated clock (UTC).</summary>
        public DateTime UpdatedAt { get; set; }

        /// <summary>True when the profile contains both an access key ID and a secret access key.</summary>
        public bool HasKeys => !string.IsNullOrEmpty(AccessKeyId) && !string.IsNullOrEmpty(SecretAccessKey);
    }
}
