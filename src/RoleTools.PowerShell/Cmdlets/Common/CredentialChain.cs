using System;
using System.Management.Automation;
using Amazon.Runtime;
using RoleTools.Core.Common;
using RoleTools.Core.Store;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Common
{
    /// <summary>
    /// Finds credentials in AWS Tools' order: access and secret key parameters, then -ProfileName, then
    /// -Credential, then $StoredAWSCredentials, then the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
    /// environment variables, then the store's 'default' and 'AWS PS Default' profiles. AWS Tools would
    /// then try container and EC2 instance-profile credentials; RoleTools never does, so nothing is requested
    /// from any endpoint. Building the SDK credential objects sends nothing either.
    /// </summary>
    internal sealed class CredentialChain
    {
        internal const string SuppliedKeysName = "Supplied Key Parameters";
        internal const string CredentialsObjectName = "Credentials Object";
        internal const string EnvironmentName = "Environment Variables";

        public string AccessKey { get; set; }

        public string SecretKey { get; set; }

        public string SessionToken { get; set; }

        public string ProfileName { get; set; }

        /// <summary>Full path from -ProfileLocation, or null for the default profile set.</summary>
        public string ProfileLocation { get; set; }

        public AWSCredentials Credential { get; set; }

        /// <summary>
        /// Returns the first credentials found, or null. A -ProfileName that names no profile returns null
        /// at once: falling through to the default profile could act on another account.
        /// </summary>
        public AWSPSCredentials Resolve(SessionState sessionState, RoleToolsStore store)
        {
            if (!string.IsNullOrEmpty(AccessKey) && !string.IsNullOrEmpty(SecretKey))
            {
                return new AWSPSCredentials(ToSdkCredentials(AccessKey, SecretKey, SessionToken), SuppliedKeysName, CredentialsSource.Strings);
            }

            bool profileGiven = !string.IsNullOrEmpty(ProfileName);
            if (profileGiven)
            {
                CredentialProfile profile = CredentialProfiles.Find(store, ProfileLocation, ProfileName);
                return profile != null && profile.HasKeys ? FromProfile(profile, CredentialsSource.Profile) : null;
            }

            if (Credential != null)
            {
                return new AWSPSCredentials(Credential, CredentialsObjectName, CredentialsSource.CredentialsObject);
            }

            if (sessionState.PSVariable.GetValue(SessionDefaults.CredentialsVariableName) is AWSPSCredentials stored)
            {
                return stored;
            }

            AWSPSCredentials fromEnvironment = FromEnvironment();
            if (fromEnvironment != null)
            {
                return fromEnvironment;
            }

            foreach (string name in new[] { CredentialProfiles.DefaultProfileName, CredentialProfiles.LegacyDefaultProfileName })
            {
                CredentialProfile profile = CredentialProfiles.Find(store, ProfileLocation, name);
                if (profile != null && profile.HasKeys)
                {
                    return FromProfile(profile, CredentialsSource.Profile);
                }
            }

            return null;
        }

        /// <summary>Builds SDK credentials from keys: session credentials when a token is given, else basic ones.</summary>
        internal static AWSCredentials ToSdkCredentials(string accessKey, string secretKey, string sessionToken) =>
            string.IsNullOrEmpty(sessionToken)
                ? new BasicAWSCredentials(accessKey, secretKey)
                : (AWSCredentials)new SessionAWSCredentials(accessKey, secretKey, sessionToken);

        /// <summary>Wraps a stored profile's keys in the type $StoredAWSCredentials contains, named after the profile.</summary>
        internal static AWSPSCredentials FromProfile(CredentialProfile profile, CredentialsSource source) =>
            new AWSPSCredentials(ToSdkCredentials(profile.AccessKeyId, profile.SecretAccessKey, profile.SessionToken), profile.Name, source);

        /// <summary>
        /// Returns the keys inside basic or session credentials, which the SDK keeps in memory. Any other type
        /// (instance profile, assume-role, federated, ...) would have to call a service to produce keys, so
        /// it is rejected with AWS Tools' message instead.
        /// </summary>
        internal static ImmutableCredentials ExtractKeys(AWSCredentials credentials)
        {
            Type type = credentials.GetType();
            if (type == typeof(BasicAWSCredentials) || type == typeof(SessionAWSCredentials))
            {
                return credentials.GetCredentials();
            }

            throw new InvalidOperationException("Cannot save credentials of type " + type.Name);
        }

        /// <summary>Describes a credential source for verbose messages, e.g. "the stored profile 'dev'".</summary>
        internal static string Describe(AWSPSCredentials credentials)
        {
            switch (credentials.Source)
            {
                case CredentialsSource.Strings:
                    return "the supplied key parameters";
                case CredentialsSource.Profile:
                    return $"the stored profile '{credentials.Name}'";
                case CredentialsSource.CredentialsObject:
                    return "the supplied credentials object";
                case CredentialsSource.Environment:
                    return "environment variables";
                default:
                    return $"the shell variable ${SessionDefaults.CredentialsVariableName} ({credentials})";
            }
        }

        private static AWSPSCredentials FromEnvironment()
        {
            string accessKey = Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID");
            string secretKey = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
            if (string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
            {
                return null;
            }

            string token = Environment.GetEnvironmentVariable("AWS_SESSION_TOKEN");
            return new AWSPSCredentials(ToSdkCredentials(accessKey, secretKey, token), EnvironmentName, CredentialsSource.Environment);
        }
    }
}
