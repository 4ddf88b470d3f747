using System;
using System.Collections.Generic;
using Dapper;
using Microsoft.Data.Sqlite;

namespace RoleTools.Core.Store
{
    /// <summary>
    /// An open transaction on a store, handed to the work passed to <see cref="RoleToolsStore.Read{T}"/>
    /// and <see cref="RoleToolsStore.Write{T}"/>. <see cref="Now"/> is read once, so one operation sees one instant.
    /// </summary>
    public sealed class StoreSession
    {
        private readonly Dictionary<string, string> _settings = new Dictionary<string, string>(StringComparer.Ordinal);
        private DateTime? _now;

        internal StoreSession(RoleToolsStore store, SqliteConnection connection, SqliteTransaction transaction)
        {
            Store = store;
            Connection = connection;
            Transaction = transaction;
        }

        public RoleToolsStore Store { get; }

        public SqliteConnection Connection { get; }

        public SqliteTransaction Transaction { get; }

        /// <summary>The emulated clock's current time (UTC): real time plus the store's clock offset.</summary>
        public DateTime Now => _now ?? (_now = DateTime.UtcNow + ClockOffset).Value;

        /// <summary>The emulated clock's offset from real time.</summary>
        public TimeSpan ClockOffset => TimeSpan.FromSeconds(StoreSettings.ParseSeconds(GetSetting(StoreSettings.ClockOffsetSeconds)));

        /// <summary>How long state transitions take; zero means they complete by the next read.</summary>
        public TimeSpan TransitionDelay => TimeSpan.FromSeconds(StoreSettings.ParseSeconds(GetSetting(StoreSettings.TransitionDelaySeconds)));

        /// <summary>The emulated AWS account ID.</summary>
        public string AccountId => GetSetting(StoreSettings.AccountId);

        /// <summary>The store's default region.</summary>
        public string DefaultRegion => GetSetting(StoreSettings.DefaultRegion);

        /// <summary>
        /// Returns a setting's value. Values are read once per session, because the session is one
        /// transaction and only <see cref="SetSetting"/> changes them within it.
        /// </summary>
        public string GetSetting(string key)
        {
            if (_settings.TryGetValue(key, out string cached))
            {
                return cached;
            }

            string value = Connection.ExecuteScalar<string>("SELECT value FROM settings WHERE key = @key", new { key }, Transaction)
                ?? throw new StoreException("StoreSettingMissing", $"The store '{Store.Path}' has no setting '{key}'.");
            _settings[key] = value;
            return value;
        }

        public void SetSetting(string key, string value)
        {
            Execute("INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT(key) DO UPDATE SET value = excluded.value", new { key, value });
            _settings[key] = value;
        }

        public int Execute(string sql, object parameters = null) => Connection.Execute(sql, parameters, Transaction);

        public IEnumerable<T> Query<T>(string sql, object parameters = null) => Connection.Query<T>(sql, parameters, Transaction);

        public T QuerySingleOrDefault<T>(string sql, object parameters = null) => Connection.QuerySingleOrDefault<T>(sql, parameters, Transaction);

        public T ExecuteScalar<T>(string sql, object parameters = null) => Connection.ExecuteScalar<T>(sql, parameters, Transaction);
    }
}
