namespace Amazon.PowerShell.Common
{
    /// <summary>A credential profile as Get-AWSCredential -ListProfileDetail lists it.</summary>
    public class ProfileInfo
    {
        /// <summary>The profile name.</summary>
        public string ProfileName { get; set; }

        /// <summary>
        /// The kind of store holding the profile. Always <c>RoleToolsStore</c>: RoleTools keeps profiles in
        /// its store, where AWS Tools reports <c>NetSDKCredentialsFile</c> or <c>SharedCredentialsFile</c>.
        /// </summary>
        public string StoreTypeName { get; set; }

        /// <summary>The -ProfileLocation the profile was saved under, or null for the default profile set.</summary>
        public string ProfileLocation { get; set; }
    }
}
