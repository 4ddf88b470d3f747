using System;
using System.IO;

namespace RoleTools.Core.Store
{
    /// <summary>
    /// Resolves which store file a caller uses when none is named explicitly.
    /// </summary>
    public static class StoreLocation
    {
        /// <summary>Environment variable that names the store file.</summary>
        public const string EnvironmentVariable = "ROLETOOLS_STORE";

        /// <summary>
        /// Returns the store path: <c>$ROLETOOLS_STORE</c> when set, otherwise <c>RoleTools/store.db</c>
        /// under the XDG data home (Unix) or LocalAppData (Windows).
        /// </summary>
        public static string DefaultPath()
        {
            string fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return Path.GetFullPath(fromEnvironment);
            }

            return Path.Combine(UserDataFolder(), "RoleTools", "store.db");
        }

        private static string UserDataFolder()
        {
            if (Path.DirectorySeparatorChar == '\\')
            {
                return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            }

            string xdgDataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            if (!string.IsNullOrWhiteSpace(xdgDataHome) && Path.IsPathRooted(xdgDataHome))
            {
                return xdgDataHome;
            }

            string home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return Path.Combine(home, ".local", "share");
        }
    }
}
