using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Dapper;
using Microsoft.Data.Sqlite;
using RoleTools.Core.Store;
using Xunit;

namespace RoleTools.Core.Tests
{
    public class StoreTests
    {
        [Fact]
        public void NewStoreHasCurrentSchemaAndDefaults()
        {
            using var temp = new TempStore();
            StoreInfo info = temp.Open().GetInfo();

            Assert.Equal(RoleToolsStore.SupportedSchemaVersion, info.SchemaVersion);
            Assert.Equal("123456789012", info.AccountId);
            Assert.Equal("us-east-1", info.DefaultRegion);
            Assert.Equal(TimeSpan.Zero, info.ClockOffset);
        }

        [Fact]
        public void NewStoreIsOwnerOnlyOnUnix()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            using var temp = new TempStore();
            temp.Open();

            UnixFileMode mode = File.GetUnixFileMode(temp.Path_);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        }

        [Fact]
        public void StoreUsesWalJournal()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();

            using SqliteConnection connection = store.OpenConnection();
            Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
            Assert.Equal(1, connection.ExecuteScalar<int>("PRAGMA foreign_keys"));
        }

        [Fact]
        public void TextFileIsRejectedAndLeftUnchanged()
        {
            using var temp = new TempStore();
            const string content = "not a database, just notes\n";
            File.WriteAllText(temp.Path_, content);

            StoreException error = Assert.Throws<StoreException>(() => temp.Open());

            Assert.Equal("StoreNotRoleTools", error.ErrorId);
            Assert.Equal(content, File.ReadAllText(temp.Path_));
        }

        [Fact]
        public void ForeignSqliteDatabaseIsRejectedAndLeftUnchanged()
        {
            using var temp = new TempStore();
            using (var connection = new SqliteConnection($"Data Source={temp.Path_};Pooling=False"))
            {
                connection.Open();
                connection.Execute("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me');");
            }

            StoreException error = Assert.Throws<StoreException>(() => temp.Open());

            Assert.Equal("StoreNotRoleTools", error.ErrorId);
            using (var connection = new SqliteConnection($"Data Source={temp.Path_};Pooling=False"))
            {
                connection.Open();
                Assert.Equal("keep me", connection.ExecuteScalar<string>("SELECT text FROM notes"));
                Assert.Equal(0, connection.ExecuteScalar<int>("PRAGMA user_version"));
            }
        }

        [Fact]
        public void NewerSchemaIsRejectedNamingBothVersions()
        {
            using var temp = new TempStore();
            temp.Open();
            SqliteConnection.ClearAllPools();
            RoleToolsStore.ResetPreparedCache();
            int newer = RoleToolsStore.SupportedSchemaVersion + 5;
            using (var connection = new SqliteConnection($"Data Source={temp.Path_};Pooling=False"))
            {
                connection.Open();
                connection.Execute($"PRAGMA user_version = {newer}");
            }

            StoreException error = Assert.Throws<StoreException>(() => temp.Open());

            Assert.Equal("StoreSchemaTooNew", error.ErrorId);
            Assert.Contains($"schema version {newer}", error.Message);
            Assert.Contains($"up to version {RoleToolsStore.SupportedSchemaVersion}", error.Message);
        }

        [Fact]
        public void VersionOneStoreMigratesKeepingSettings()
        {
            using var temp = new TempStore();
            string settingsScript = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "001-settings.sql"));
            using (var connection = new SqliteConnection($"Data Source={temp.Path_};Pooling=False"))
            {
                connection.Open();
                connection.Execute(settingsScript);
                connection.Execute("UPDATE settings SET value = '210987654321' WHERE key = 'account_id'");
                connection.Execute("PRAGMA application_id = 1381264499; PRAGMA user_version = 1;");
            }

            RoleToolsStore store = temp.Open();
            StoreInfo info = store.GetInfo();

            Assert.Equal(RoleToolsStore.SupportedSchemaVersion, info.SchemaVersion);
            Assert.Equal("210987654321", info.AccountId);
            int roleRows = store.Read(session => session.ExecuteScalar<int>("SELECT count(*) FROM iam_roles"));
            Assert.Equal(0, roleRows);
        }

        [Fact]
        public void FailedWriteLeavesNothingBehind()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();

            Assert.Throws<InvalidOperationException>(() => store.Write(session =>
            {
                session.SetSetting(StoreSettings.DefaultRegion, "eu-west-1");
                throw new InvalidOperationException("fail after the first write");
            }));

            Assert.Equal("us-east-1", store.GetInfo().DefaultRegion);
        }

        [Fact]
        public void ClockOffsetMovesNow()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();

            EmulatedClock.SetOffset(store, TimeSpan.FromHours(2));
            DateTime shifted = EmulatedClock.Now(store);
            EmulatedClock.SetOffset(store, TimeSpan.Zero);
            DateTime real = EmulatedClock.Now(store);

            Assert.InRange(shifted - DateTime.UtcNow, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(121));
            Assert.InRange(real - DateTime.UtcNow, TimeSpan.FromMinutes(-1), TimeSpan.FromMinutes(1));
        }

        [Fact]
        public void ConcurrentWritersLoseNothing()
        {
            using var temp = new TempStore();
            temp.Open();
            const int writers = 4;
            const int writesEach = 100;

            Parallel.For(0, writers, writer =>
            {
                RoleToolsStore store = RoleToolsStore.Open(temp.Path_);
                for (int i = 0; i < writesEach; i++)
                {
                    store.Write(session => session.SetSetting($"test_{writer}_{i}", i.ToString()));
                }
            });

            int count = temp.Open().Read(session => session.ExecuteScalar<int>("SELECT count(*) FROM settings WHERE key LIKE 'test\\_%' ESCAPE '\\'"));
            Assert.Equal(writers * writesEach, count);
        }
    }
}
