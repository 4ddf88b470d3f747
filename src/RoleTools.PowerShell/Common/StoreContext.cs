using System;
using System.Management.Automation;
using Microsoft.Data.Sqlite;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// The store that cmdlets in this process use: the path from Set-RoleToolsStore when one was set,
    /// otherwise <c>$env:ROLETOOLS_STORE</c>, otherwise the user's data folder.
    /// </summary>
    public static class StoreContext
    {
        private static string _sessionPath;

        /// <summary>The path set for the session, or null when the default applies.</summary>
        public static string SessionPath
        {
            get => _sessionPath;
            set => _sessionPath = string.IsNullOrWhiteSpace(value) ? null : System.IO.Path.GetFullPath(value);
        }

        /// <summary>Returns the path cmdlets use now.</summary>
        public static string CurrentPath => SessionPath ?? StoreLocation.DefaultPath();

        /// <summary>
        /// Closes the idle pooled SQLite connections of this process. Every cmdlet calls it when disposed,
        /// so no store, -wal or -shm file stays open between commands and Pester can delete a TestDrive
        /// that holds a store. NOTE: checked on Linux only; Windows also refuses to delete an open file.
        /// </summary>
        public static void ReleaseConnections() => SqliteConnection.ClearAllPools();

        /// <summary>Opens (creating or migrating when needed) the current store.</summary>
        public static RoleToolsStore Open() => RoleToolsStore.Open(CurrentPath);

        /// <summary>Opens the current store for <paramref name="cmdlet"/>; a store failure becomes its terminating error with the store's stable ID.</summary>
        public static RoleToolsStore OpenFor(Cmdlet cmdlet)
        {
            try
            {
                return Open();
            }
            catch (StoreException ex)
            {
                cmdlet.ThrowTerminatingError(new ErrorRecord(ex, ex.ErrorId, ErrorCategory.OpenError, CurrentPath));
                return null;
            }
        }
    }
}
