using Amazon.Runtime;

namespace Amazon.PowerShell.Common
{
    /// <summary>Where a set of credentials came from, with AWS Tools' member names.</summary>
    public enum CredentialsSource
    {
        Strings,
        Profile,
        CredentialsObject,
        Session,
        Environment,
        Container,
        InstanceProfile,
        Unknown,
    }

    /// <summary>
    /// The value of $StoredAWSCredentials: credentials with the name of their source. As in AWS Tools the
    /// members are internal and the object shows itself by name ("Supplied Key Parameters", a profile name, ...).
    /// Get-AWSCredential returns the SDK credentials object inside it.
    /// </summary>
    public class AWSPSCredentials
    {
        internal AWSPSCredentials(AWSCredentials credentials, string name, CredentialsSource source)
        {
            Credentials = credentials;
            Name = name;
            Source = source;
        }

        internal AWSCredentials Credentials { get; }

        internal string Name { get; }

        internal CredentialsSource Source { get; }

        public override string ToString() => !string.IsNullOrEmpty(Name) ? Name : Credentials?.ToString() ?? base.ToString();
    }
}
