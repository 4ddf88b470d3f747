using System;
using System.IO;
using Microsoft.Data.Sqlite;
using RoleTools.Core.Store;

namespace RoleTools.Core.Tests
{
    /// <summary>A store file in a fresh temporary folder, deleted with the folder on dispose.</summary>
    public sealed class TempStore : IDisposable
    {
        public TempStore()
        {
            Folder = Path.Combine(Path.GetTempPath(), "roletools-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Folder);
            Path_ = System.IO.Path.Combine(Folder, "store.db");
        }

        public string Folder { get; }

        public string Path_ { get; }

        public RoleToolsStore Open() => RoleToolsStore.Open(Path_);

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            RoleToolsStore.ResetPreparedCache();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A pooled connection on another thread may still hold the file; the OS temp cleanup takes it.
            }
        }
    }
}
