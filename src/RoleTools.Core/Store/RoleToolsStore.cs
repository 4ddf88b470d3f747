using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using Dapper;
using Microsoft.Data.Sqlite;

namespace RoleTools.Core.Store
{
    /// <summary>
    /// One RoleTools store: a SQLite file holding IAM, EC2 and metadata-endpoint state.
    /// Each operation opens a pooled connection, and every change runs in one IMMEDIATE transaction,
    /// so concurrent processes serialise their writes instead of failing with "database is locked".
    /// </summary>
    public sealed class RoleToolsStore
    {
        /// <summary>How long a connection waits for another writer before failing.</summary>
        public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

        private static readonly ConcurrentDictionary<string, bool> Prepared = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        private static readonly object PrepareLock = new object();

        private static readonly string ConnectionPragmas =
            $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

        private readonly string _connectionString;

        private RoleToolsStore(string path)
        {
            Path = path;
            _connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWrite,
                Cache = SqliteCacheMode.Private,
                Pooling = true,
                DefaultTimeout = (int)BusyTimeout.TotalSeconds,
            }.ToString();
        }

        /// <summary>Full path of the store file.</summary>
        public string Path { get; }

        /// <summary>The schema version this build writes.</summary>
        public static int SupportedSchemaVersion => Schema.CurrentVersion;

        /// <summary>
        /// Opens the store at <paramref name="path"/>, creating it (mode 0600 on Unix) when missing
        /// and migrating an older schema forward. Rejects files that are not RoleTools stores
        /// and stores written by a newer version, without changing them.
        /// </summary>
        public static RoleToolsStore Open(string path)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException("The store path is empty.", nameof(path));
            }

            string fullPath = System.IO.Path.GetFullPath(path);
            var store = new RoleToolsStore(fullPath);
            if (!Prepared.ContainsKey(fullPath) || !File.Exists(fullPath))
            {
                lock (PrepareLock)
                {
                    store.Prepare();
                    Prepared[fullPath] = true;
                }
            }

            return store;
        }

        /// <summary>Forgets which stores this process has already checked, so the next Open checks again.</summary>
        public static void ResetPreparedCache() => Prepared.Clear();

        /// <summary>
        /// Opens a connection with the store's pragmas applied. The caller disposes it.
        /// In WAL mode, synchronous = NORMAL skips the fsync at each commit: a committed change survives a
        /// crash or kill of the process, but the last commits may be lost if the OS crashes or power fails.
        /// </summary>
        public SqliteConnection OpenConnection()
        {
            var connection = new SqliteConnection(_connectionString);
            try
            {
                connection.Open();
                connection.Execute(ConnectionPragmas);
                return connection;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        /// <summary>Runs <paramref name="work"/> in a read transaction, so it sees one consistent snapshot.</summary>
        public T Read<T>(Func<StoreSession, T> work)
        {
            using (SqliteConnection connection = OpenConnection())
            using (SqliteTransaction transaction = connection.BeginTransaction(deferred: true))
            {
                T result = work(new StoreSession(this, connection, transaction));
                transaction.Commit();
                return result;
            }
        }

        /// <summary>
        /// Runs <paramref name="work"/> in one write transaction (BEGIN IMMEDIATE). Any exception rolls
        /// back everything it wrote, so a failed operation leaves the store as it was.
        /// </summary>
        public T Write<T>(Func<StoreSession, T> work)
        {
            using (SqliteConnection connection = OpenConnection())
            using (SqliteTransaction transaction = connection.BeginTransaction(deferred: false))
            {
                T result = work(new StoreSession(this, connection, transaction));
                transaction.Commit();
                return result;
            }
        }

        /// <summary>Runs <paramref name="work"/> in one write transaction; see <see cref="Write{T}"/>.</summary>
        public void Write(Action<StoreSession> work) => Write<object>(session => { work(session); return null; });

        /// <summary>Returns the store's summary: path, schema version, account ID and default region.</summary>
        public StoreInfo GetInfo() => Read(session => new StoreInfo
        {
            Path = Path,
            SchemaVersion = session.Connection.ExecuteScalar<int>("PRAGMA user_version", transaction: session.Transaction),
            AccountId = session.GetSetting(StoreSettings.AccountId),
            DefaultRegion = session.GetSetting(StoreSettings.DefaultRegion),
            ClockOffset = session.ClockOffset,
            TransitionDelay = session.TransitionDelay,
        });

        private void Prepare()
        {
            string directory = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            bool isNew = !File.Exists(Path) || new FileInfo(Path).Length == 0;
            if (!File.Exists(Path))
            {
                try
                {
                    OwnerOnlyFile.CreateOwnerOnlyFile(Path);
                }
                catch (IOException) when (File.Exists(Path))
                {
                    // Another process created it first; it is checked below like any existing file.
                    isNew = new FileInfo(Path).Length == 0;
                }
            }

            using (SqliteConnection connection = OpenForPreparation())
            {
                if (!isNew)
                {
                    CheckIsRoleToolsStore(connection);
                }

                connection.Execute("PRAGMA journal_mode = WAL;");
                Migrate(connection);
            }
        }

        private SqliteConnection OpenForPreparation()
        {
            try
            {
                return OpenConnection();
            }
            catch (SqliteException ex)
            {
                throw new StoreException("StoreUnreadable", $"The store '{Path}' cannot be opened: {ex.Message}", ex);
            }
        }

        private void CheckIsRoleToolsStore(SqliteConnection connection)
        {
            int applicationId;
            try
            {
                applicationId = connection.ExecuteScalar<int>("PRAGMA application_id");
            }
            catch (SqliteException ex)
            {
                throw new StoreException(
                    "StoreNotRoleTools",
                    $"The file '{Path}' is not a RoleTools store (it is not a SQLite database). It was left unchanged; name another path.",
                    ex);
            }

            bool empty = connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master") == 0;
            if (applicationId != Schema.ApplicationId && !(applicationId == 0 && empty))
            {
                throw new StoreException(
                    "StoreNotRoleTools",
                    $"The file '{Path}' is a SQLite database but not a RoleTools store. It was left unchanged; name another path.");
            }
        }

        private void Migrate(SqliteConnection connection)
        {
            using (SqliteTransaction transaction = connection.BeginTransaction(deferred: false))
            {
                int version = connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction);
                if (version > Schema.CurrentVersion)
                {
                    throw new StoreException(
                        "StoreSchemaTooNew",
                        $"The store '{Path}' has schema version {version}, but this RoleTools supports up to version {Schema.CurrentVersion}. Update RoleTools or use another store.");
                }

                for (int next = version + 1; next <= Schema.CurrentVersion; next++)
                {
                    foreach (string script in Schema.MigrationScripts(next))
                    {
                        connection.Execute(script, transaction: transaction);
                    }
                }

                if (version != Schema.CurrentVersion)
                {
                    connection.Execute($"PRAGMA application_id = {Schema.ApplicationId}; PRAGMA user_version = {Schema.CurrentVersion};", transaction: transaction);
                }

                transaction.Commit();
            }

            OwnerOnlyFile.SetOwnerOnly(Path);
        }
    }

    /// <summary>Summary of a store, as Get-RoleToolsStore shows it.</summary>
    public sealed class StoreInfo
    {
        /// <summary>Full path of the store file.</summary>
        public string Path { get; set; }

        /// <summary>Schema version (<c>PRAGMA user_version</c>).</summary>
        public int SchemaVersion { get; set; }

        /// <summary>The emulated AWS account ID used in ARNs and owner IDs.</summary>
        public string AccountId { get; set; }

        /// <summary>The region used by EC2 cmdlets when no other source names one.</summary>
        public string DefaultRegion { get; set; }

        /// <summary>How far the emulated clock is ahead of (or behind) real time.</summary>
        public TimeSpan ClockOffset { get; set; }

        /// <summary>How long instance and association state transitions take on the emulated clock.</summary>
        public TimeSpan TransitionDelay { get; set; }
    }

    /// <summary>Names of the keys in the store's settings table.</summary>
    public static class StoreSettings
    {
        public const string AccountId = "account_id";
        public const string DefaultRegion = "default_region";
        public const string ClockOffsetSeconds = "clock_offset_seconds";
        public const string TransitionDelaySeconds = "transition_delay_seconds";

        public static double ParseSeconds(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

        public static string FormatSeconds(TimeSpan value) => value.TotalSeconds.ToString("R", CultureInfo.InvariantCulture);
    }
}
