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
        /// Closes the idle pooled SQLite connections of this process, so no store, -wal or -shm file stays open.
        /// Set-RoleToolsStore calls it when the session moves to another store, and module removal too.
        /// </summary>
        public static void ReleaseConnections() => SqliteConnection.ClearAllPools();

        /// <summary>
        /// Runs when a command ends, even after an error. When the current store lies inside Pester's
        /// $TestDrive, it closes the pooled connections, so Pester can delete the folder (Windows refuses to
        /// delete an open file). Elsewhere connections stay pooled between commands, because reopening the
        /// store costs more than most commands.
        /// </summary>
        // NOTE: the release after each command was checked on Linux only.
        public static void ReleaseConnectionsAfterCommand(PSCmdlet cmdlet)
        {
            if (IsInsideTestDrive(cmdlet))
            {
                ReleaseConnections();
            }
        }

        private static bool IsInsideTestDrive(PSCmdlet cmdlet)
        {
            object value;
            try
            {
                value = cmdlet.SessionState?.PSVariable.GetValue("TestDrive");
            }
            catch (InvalidOperationException)
            {
                return false;
            }

            string testDrive = (value is PSObject wrapped ? wrapped.BaseObject : value) as string;
            if (string.IsNullOrWhiteSpace(testDrive))
            {
                return false;
            }

            string folder = System.IO.Path.GetFullPath(testDrive).TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar)
                + System.IO.Path.DirectorySeparatorChar;
            StringComparison comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return CurrentPath.StartsWith(folder, comparison);
        }

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
