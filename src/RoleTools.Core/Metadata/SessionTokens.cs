using System;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using RoleTools.Core.Store;

namespace RoleTools.Core.Metadata
{
    /// <summary>
    /// IMDSv2 session tokens. A token is stateless: a random nonce and its expiry on the emulated clock,
    /// signed with HMAC-SHA256 under a per-store secret together with the instance ID. It therefore
    /// works only for the instance it was issued to, and stays valid across endpoint restarts.
    /// </summary>
    public static class SessionTokens
    {
        /// <summary>The smallest TTL, in seconds, that a token request may ask for.</summary>
        public const int MinimumTtlSeconds = 1;

        /// <summary>The largest TTL, in seconds (6 hours), that a token request may ask for.</summary>
        public const int MaximumTtlSeconds = 21600;

        private const byte FormatVersion = 1;
        private const int NonceLength = 16;
        private const int PayloadLength = 1 + 8 + NonceLength;
        private const int MacLength = 32;
        private const string SecretName = "session_token_hmac_key";

        private static readonly ConditionalWeakTable<RoleToolsStore, byte[]> KeyCache = new ConditionalWeakTable<RoleToolsStore, byte[]>();

        /// <summary>Issues a token for <paramref name="instanceId"/> that expires <paramref name="ttlSeconds"/> after the emulated now.</summary>
        public static string Issue(RoleToolsStore store, string instanceId, int ttlSeconds) =>
            Issue(store, instanceId, ttlSeconds, EmulatedClock.Now(store));

        /// <summary>Issues a token for <paramref name="instanceId"/> that expires <paramref name="ttlSeconds"/> after <paramref name="now"/> (emulated time).</summary>
        public static string Issue(RoleToolsStore store, string instanceId, int ttlSeconds, DateTime now)
        {
            if (ttlSeconds < MinimumTtlSeconds || ttlSeconds > MaximumTtlSeconds)
            {
                throw new ArgumentOutOfRangeException(nameof(ttlSeconds), ttlSeconds, $"The token TTL must be from {MinimumTtlSeconds} to {MaximumTtlSeconds} seconds.");
            }

            byte[] key = GetOrCreateKey(store);
            long expiresAt = ToUnixSeconds(now) + ttlSeconds;

            var token = new byte[PayloadLength + MacLength];
            token[0] = FormatVersion;
            WriteInt64BigEndian(token, 1, expiresAt);
            using (RandomNumberGenerator random = RandomNumberGenerator.Create())
            {
                var nonce = new byte[NonceLength];
                random.GetBytes(nonce);
                Buffer.BlockCopy(nonce, 0, token, 9, NonceLength);
            }

            byte[] mac = ComputeMac(key, token, instanceId);
            Buffer.BlockCopy(mac, 0, token, PayloadLength, MacLength);
            return ToBase64Url(token);
        }

        /// <summary>
        /// Returns true when <paramref name="token"/> was issued by this store for <paramref name="instanceId"/>
        /// and has not expired on the emulated clock. The signature is compared in constant time.
        /// </summary>
        public static bool Validate(RoleToolsStore store, string instanceId, string token) =>
            Validate(store, instanceId, token, EmulatedClock.Now(store));

        /// <summary>Validates <paramref name="token"/> as <see cref="Validate(RoleToolsStore, string, string)"/> does, at the emulated time <paramref name="now"/>.</summary>
        public static bool Validate(RoleToolsStore store, string instanceId, string token, DateTime now) =>
            TryReadExpiry(store, instanceId, token, out DateTime expiresAt) && now < expiresAt;

        /// <summary>
        /// Checks that <paramref name="token"/> was issued by this store for <paramref name="instanceId"/>, whether
        /// or not it has expired, and returns its expiry (UTC, emulated clock, whole seconds).
        /// </summary>
        public static bool TryReadExpiry(RoleToolsStore store, string instanceId, string token, out DateTime expiresAt)
        {
            expiresAt = DateTime.MinValue;
            byte[] bytes = FromBase64Url(token);
            if (bytes == null || bytes.Length != PayloadLength + MacLength || bytes[0] != FormatVersion)
            {
                return false;
            }

            byte[] key = GetOrCreateKey(store);
            byte[] expected = ComputeMac(key, bytes, instanceId);
            if (!FixedTimeEquals(expected, bytes, PayloadLength))
            {
                return false;
            }

            expiresAt = UnixEpoch.AddSeconds(ReadInt64BigEndian(bytes, 1));
            return true;
        }

        private static byte[] GetOrCreateKey(RoleToolsStore store)
        {
            // The key never changes once stored, so each opened store reads it once.
            return KeyCache.GetValue(store, ReadOrCreateKey);
        }

        private static byte[] ReadOrCreateKey(RoleToolsStore store)
        {
            byte[] key = store.Read(session => session.QuerySingleOrDefault<byte[]>("SELECT value FROM imds_secrets WHERE name = @name", new { name = SecretName }));
            if (key != null)
            {
                return key;
            }

            var fresh = new byte[32];
            using (RandomNumberGenerator random = RandomNumberGenerator.Create())
            {
                random.GetBytes(fresh);
            }

            // Another endpoint process may create the key first; INSERT OR IGNORE keeps the first one.
            return store.Write(session =>
            {
                session.Execute("INSERT OR IGNORE INTO imds_secrets (name, value) VALUES (@name, @value)", new { name = SecretName, value = fresh });
                return session.QuerySingleOrDefault<byte[]>("SELECT value FROM imds_secrets WHERE name = @name", new { name = SecretName });
            });
        }

        private static byte[] ComputeMac(byte[] key, byte[] token, string instanceId)
        {
            byte[] instance = Encoding.UTF8.GetBytes(instanceId ?? "");
            var message = new byte[PayloadLength + instance.Length];
            Buffer.BlockCopy(token, 0, message, 0, PayloadLength);
            Buffer.BlockCopy(instance, 0, message, PayloadLength, instance.Length);
            using (var hmac = new HMACSHA256(key))
            {
                return hmac.ComputeHash(message);
            }
        }

        /// <summary>Compares <paramref name="expected"/> with the bytes of <paramref name="actual"/> from <paramref name="offset"/>, taking the same time whatever they contain.</summary>
        private static bool FixedTimeEquals(byte[] expected, byte[] actual, int offset)
        {
            int difference = 0;
            for (int i = 0; i < expected.Length; i++)
            {
                difference |= expected[i] ^ actual[offset + i];
            }

            return difference == 0;
        }

        private static readonly DateTime UnixEpoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        private static long ToUnixSeconds(DateTime utc) => (long)(utc - UnixEpoch).TotalSeconds;

        private static void WriteInt64BigEndian(byte[] buffer, int offset, long value)
        {
            for (int i = 7; i >= 0; i--)
            {
                buffer[offset + i] = (byte)value;
                value >>= 8;
            }
        }

        private static long ReadInt64BigEndian(byte[] buffer, int offset)
        {
            long value = 0;
            for (int i = 0; i < 8; i++)
            {
                value = (value << 8) | buffer[offset + i];
            }

            return value;
        }

        private static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        private static byte[] FromBase64Url(string text)
        {
            if (string.IsNullOrEmpty(text) || text.Length > 200)
            {
                return null;
            }

            string base64 = text.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            try
            {
                return Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
