using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RoleTools.Core.Store;

namespace RoleTools.Core.Metadata
{
    /// <summary>One set of temporary credentials as the metadata endpoint serves it.</summary>
    public sealed class TemporaryCredentials
    {
        public string AccessKeyId { get; set; }
        public string SecretAccessKey { get; set; }
        public string SessionToken { get; set; }

        /// <summary>When the set was issued (UTC, whole seconds); served as LastUpdated.</summary>
        public DateTime IssuedAt { get; set; }

        /// <summary>When the set expires (UTC, whole seconds); served as Expiration.</summary>
        public DateTime ExpiresAt { get; set; }
    }

    /// <summary>
    /// Issues and rotates the temporary credentials of an instance's role, kept in the store per
    /// instance, role and delivery (IMDSv1 or IMDSv2). A set lives 6 hours and is replaced by a new one
    /// an hour after issue, so every set served has more than 5 hours left.
    /// </summary>
    public static class InstanceCredentials
    {
        /// <summary>The role key of the instance identity credentials (identity-credentials/ec2/...).</summary>
        public const string InstanceIdentityKey = "ec2-instance";

        /// <summary>How long a set is valid after issue.</summary>
        public static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

        /// <summary>How long a set is served before a new one replaces it.</summary>
        public static readonly TimeSpan RotationInterval = TimeSpan.FromHours(1);

        private const string TimeFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        /// <summary>
        /// Returns the current set for the instance and role, issuing one when none is current: none was
        /// issued yet, the current one is an hour old, or the emulated clock was moved behind its issue time.
        /// Sets that have expired are deleted when a new set is issued. <paramref name="roleKey"/> is the role ID
        /// or <see cref="InstanceIdentityKey"/>; <paramref name="delivery"/> is 1 for IMDSv1 and 2 for IMDSv2 requests.
        /// </summary>
        public static TemporaryCredentials GetOrIssue(RoleToolsStore store, string instanceId, string roleKey, int delivery)
        {
            if (delivery != 1 && delivery != 2)
            {
                throw new ArgumentOutOfRangeException(nameof(delivery), delivery, "The role delivery must be 1 (IMDSv1) or 2 (IMDSv2).");
            }

            // Most requests find a current set, so a read transaction serves them without taking the write lock.
            TemporaryCredentials found = store.Read(session => FindCurrent(session, instanceId, roleKey, delivery));
            if (found != null)
            {
                return found;
            }

            return store.Write(session =>
            {
                DateTime now = TruncateToSeconds(session.Now);
                string nowText = Format(now);
                session.Execute("DELETE FROM imds_credentials WHERE expires_at <= @nowText", new { nowText });

                // Another request may have issued a set since the read above.
                TemporaryCredentials existing = FindCurrent(session, instanceId, roleKey, delivery);
                if (existing != null)
                {
                    return existing;
                }

                TemporaryCredentials issued = NewCredentials(now);
                session.Execute(
                    @"INSERT INTO imds_credentials (instance_id, role_id, role_delivery, access_key_id, secret_access_key, session_token, issued_at, expires_at)
                      VALUES (@instanceId, @roleKey, @delivery, @AccessKeyId, @SecretAccessKey, @SessionToken, @issuedAt, @expiresAt)
                      ON CONFLICT (instance_id, role_id, role_delivery, issued_at) DO UPDATE SET
                          access_key_id = excluded.access_key_id, secret_access_key = excluded.secret_access_key,
                          session_token = excluded.session_token, expires_at = excluded.expires_at",
                    new
                    {
                        instanceId,
                        roleKey,
                        delivery,
                        issued.AccessKeyId,
                        issued.SecretAccessKey,
                        issued.SessionToken,
                        issuedAt = Format(issued.IssuedAt),
                        expiresAt = Format(issued.ExpiresAt),
                    });
                return issued;
            });
        }

        /// <summary>Returns the set issued for the instance, role and delivery less than an hour ago, or null when there is none.</summary>
        private static TemporaryCredentials FindCurrent(StoreSession session, string instanceId, string roleKey, int delivery)
        {
            DateTime now = TruncateToSeconds(session.Now);
            CredentialRow current = session.QuerySingleOrDefault<CredentialRow>(
                @"SELECT access_key_id, secret_access_key, session_token, issued_at, expires_at FROM imds_credentials
                  WHERE instance_id = @instanceId AND role_id = @roleKey AND role_delivery = @delivery AND issued_at <= @nowText
                  ORDER BY issued_at DESC LIMIT 1",
                new { instanceId, roleKey, delivery, nowText = Format(now) });
            if (current == null)
            {
                return null;
            }

            TemporaryCredentials existing = current.ToCredentials();
            return now < existing.IssuedAt + RotationInterval ? existing : null;
        }

        private static TemporaryCredentials NewCredentials(DateTime now)
        {
            using (RandomNumberGenerator random = RandomNumberGenerator.Create())
            {
                var token = new byte[384];
                random.GetBytes(token);
                return new TemporaryCredentials
                {
                    AccessKeyId = "ASIA" + RandomString(random, KeyAlphabet, 16),
                    SecretAccessKey = RandomString(random, SecretAlphabet, 40),
                    SessionToken = Convert.ToBase64String(token),
                    IssuedAt = now,
                    ExpiresAt = now + Lifetime,
                };
            }
        }

        /// <summary>Draws characters from an alphabet whose length divides 256, so every character is equally likely.</summary>
        private static string RandomString(RandomNumberGenerator random, string alphabet, int length)
        {
            var bytes = new byte[length];
            random.GetBytes(bytes);
            var text = new StringBuilder(length);
            foreach (byte value in bytes)
            {
                text.Append(alphabet[value % alphabet.Length]);
            }

            return text.ToString();
        }

        private static DateTime TruncateToSeconds(DateTime value) => new DateTime(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

        private static string Format(DateTime value) => value.ToString(TimeFormat, CultureInfo.InvariantCulture);

#pragma warning disable IDE1006
        private sealed class CredentialRow
        {
            public string access_key_id { get; set; }
            public string secret_access_key { get; set; }
            public string session_token { get; set; }
            public string issued_at { get; set; }
            public string expires_at { get; set; }

            public TemporaryCredentials ToCredentials() => new TemporaryCredentials
            {
                AccessKeyId = access_key_id,
                SecretAccessKey = secret_access_key,
                SessionToken = session_token,
                IssuedAt = InstanceReader.ParseTime(issued_at),
                ExpiresAt = InstanceReader.ParseTime(expires_at),
            };
        }
#pragma warning restore IDE1006
    }
}
