using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RoleTools.Core.Store;

namespace RoleTools.Core.Common
{
    /// <summary>
    /// Reads and writes credential profiles in the store. Every write is one store transaction,
    /// and nothing here touches ~/.aws, the SDK's encrypted store or the network.
    /// </summary>
    public static class CredentialProfiles
    {
        /// <summary>The profile that Initialize-AWSDefaultConfiguration writes and every cmdlet falls back to.</summary>
        public const string DefaultProfileName = "default";

        /// <summary>The default profile name of AWS Tools versions before 3.3, still read as a fallback.</summary>
        public const string LegacyDefaultProfileName = "AWS PS Default";

        private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

        private const string SelectColumns =
            "SELECT profile_location AS Location, profile_name AS Name, access_key_id AS AccessKeyId, " +
            "secret_access_key AS SecretAccessKey, session_token AS SessionToken, region AS Region, " +
            "created_at AS CreatedAtText, updated_at AS UpdatedAtText FROM aws_credential_profiles";

        /// <summary>Returns the profile named <paramref name="name"/> in <paramref name="location"/>, or null.</summary>
        public static CredentialProfile Find(RoleToolsStore store, string location, string name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return null;
            }

            return store.Read(session => Find(session, location, name));
        }

        /// <summary>Returns the profile named <paramref name="name"/> in <paramref name="location"/>, or null.</summary>
        public static CredentialProfile Find(StoreSession session, string location, string name)
        {
            ProfileRow row = session.QuerySingleOrDefault<ProfileRow>(
                SelectColumns + " WHERE profile_location = @location AND profile_name = @name",
                new { location = LocationKey(location), name });
            return row?.ToProfile();
        }

        /// <summary>Returns the profiles of one location (null for the default set), ordered by name.</summary>
        public static IReadOnlyList<CredentialProfile> List(RoleToolsStore store, string location)
        {
            return store.Read(session => session
                .Query<ProfileRow>(SelectColumns + " WHERE profile_location = @location ORDER BY profile_name", new { location = LocationKey(location) })
                .Select(row => row.ToProfile())
                .ToList());
        }

        /// <summary>
        /// Creates or replaces a profile. A replaced profile keeps its creation time and loses every value
        /// not given again, as AWS Tools does when it registers a profile under an existing name.
        /// </summary>
        public static CredentialProfile Save(RoleToolsStore store, CredentialProfile profile)
        {
            return store.Write(session => Save(session, profile));
        }

        /// <summary>Creates or replaces a profile in an open write transaction; see <see cref="Save(RoleToolsStore, CredentialProfile)"/>.</summary>
        public static CredentialProfile Save(StoreSession session, CredentialProfile profile)
        {
            Validate(profile);
            string now = session.Now.ToString(TimeFormat, CultureInfo.InvariantCulture);
            session.Execute(
                "INSERT INTO aws_credential_profiles (profile_location, profile_name, access_key_id, secret_access_key, session_token, region, created_at, updated_at) " +
                "VALUES (@location, @name, @accessKeyId, @secretAccessKey, @sessionToken, @region, @now, @now) " +
                "ON CONFLICT (profile_location, profile_name) DO UPDATE SET access_key_id = excluded.access_key_id, " +
                "secret_access_key = excluded.secret_access_key, session_token = excluded.session_token, " +
                "region = excluded.region, updated_at = excluded.updated_at",
                new
                {
                    location = LocationKey(profile.Location),
                    name = profile.Name,
                    accessKeyId = NullIfEmpty(profile.AccessKeyId),
                    secretAccessKey = NullIfEmpty(profile.SecretAccessKey),
                    sessionToken = NullIfEmpty(profile.SessionToken),
                    region = NullIfEmpty(profile.Region),
                    now,
                });
            return Find(session, profile.Location, profile.Name);
        }

        /// <summary>
        /// Copies the keys of <paramref name="sourceName"/> to <paramref name="targetName"/> in the same location,
        /// replacing the target. The target gets <paramref name="region"/> when one is given, otherwise the source's region.
        /// Throws <see cref="KeyNotFoundException"/> when the source does not exist.
        /// </summary>
        public static CredentialProfile Copy(RoleToolsStore store, string location, string sourceName, string targetName, string region = null)
        {
            return store.Write(session =>
            {
                CredentialProfile source = Find(session, location, sourceName)
                    ?? throw new KeyNotFoundException($"The credential profile '{sourceName}' does not exist.");
                return Save(session, new CredentialProfile
                {
                    Name = targetName,
                    Location = location,
                    AccessKeyId = source.AccessKeyId,
                    SecretAccessKey = source.SecretAccessKey,
                    SessionToken = source.SessionToken,
                    Region = region ?? source.Region,
                });
            });
        }

        /// <summary>Deletes a profile. Returns false when no profile of that name exists in that location.</summary>
        public static bool Remove(RoleToolsStore store, string location, string name)
        {
            return store.Write(session => session.Execute(
                "DELETE FROM aws_credential_profiles WHERE profile_location = @location AND profile_name = @name",
                new { location = LocationKey(location), name }) > 0);
        }

        /// <summary>Returns the region of the default profile, else of the legacy default profile, else null.</summary>
        public static string DefaultRegion(RoleToolsStore store, string location)
        {
            return store.Read(session =>
                NullIfEmpty(Find(session, location, DefaultProfileName)?.Region)
                ?? NullIfEmpty(Find(session, location, LegacyDefaultProfileName)?.Region));
        }

        private static void Validate(CredentialProfile profile)
        {
            if (profile == null)
            {
                throw new ArgumentNullException(nameof(profile));
            }

            if (string.IsNullOrWhiteSpace(profile.Name))
            {
                throw new ArgumentException("The credential profile name is missing or blank; give a name such as 'default'.", nameof(profile));
            }

            bool hasAccessKey = !string.IsNullOrEmpty(profile.AccessKeyId);
            bool hasSecretKey = !string.IsNullOrEmpty(profile.SecretAccessKey);
            if (hasAccessKey != hasSecretKey)
            {
                throw new ArgumentException(
                    $"The credential profile '{profile.Name}' needs both an access key ID and a secret access key, or neither.", nameof(profile));
            }

            if (!hasAccessKey && !string.IsNullOrEmpty(profile.SessionToken))
            {
                throw new ArgumentException($"The credential profile '{profile.Name}' has a session token but no keys.", nameof(profile));
            }
        }

        private static string LocationKey(string location) => string.IsNullOrEmpty(location) ? string.Empty : location;

        private static string NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;

        /// <summary>A row as Dapper reads it; times stay text until converted.</summary>
        private sealed class ProfileRow
        {
            public string Location { get; set; }

            public string Name { get; set; }

            public string AccessKeyId { get; set; }

            public string SecretAccessKey { get; set; }

            public string SessionToken { get; set; }

            public string Region { get; set; }

            public string CreatedAtText { get; set; }

            public string UpdatedAtText { get; set; }

            public CredentialProfile ToProfile() => new CredentialProfile
            {
                Name = Name,
                Location = string.IsNullOrEmpty(Location) ? null : Location,
                AccessKeyId = AccessKeyId,
                SecretAccessKey = SecretAccessKey,
                SessionToken = SessionToken,
                Region = Region,
                CreatedAt = ParseTime(CreatedAtText),
                UpdatedAt = ParseTime(UpdatedAtText),
            };

            private static DateTime ParseTime(string text) =>
                DateTime.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        }
    }
}
