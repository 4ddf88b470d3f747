using System;
using System.IO;
using System.Runtime.InteropServices;

namespace RoleTools.Core.Store
{
    /// <summary>
    /// Creates files readable and writable by their owner only (mode 0600) on Unix.
    /// netstandard2.0 has no managed API for file modes, so this calls libc directly.
    /// </summary>
    internal static class OwnerOnlyFile
    {
        private const int OwnerReadWrite = 0x180; // 0600 octal

        [DllImport("libc", EntryPoint = "chmod", SetLastError = true)]
        private static extern int Chmod(string path, int mode);

        [DllImport("libc", EntryPoint = "umask")]
        private static extern int Umask(int mask);

        internal static bool IsUnix => Path.DirectorySeparatorChar == '/';

        /// <summary>Creates an empty file at <paramref name="path"/> with mode 0600 where the OS has modes.</summary>
        internal static void CreateOwnerOnlyFile(string path)
        {
            if (!IsUnix)
            {
                using (new FileStream(path, FileMode.CreateNew, FileAccess.Write)) { }
                return;
            }

            // The umask makes the file 0600 from its first byte, so no other user can open it in between.
            int previous = Umask(0x3F); // 077 octal
            try
            {
                using (new FileStream(path, FileMode.CreateNew, FileAccess.Write)) { }
            }
            finally
            {
                Umask(previous);
            }

            SetOwnerOnly(path);
        }

        /// <summary>Sets mode 0600 on an existing file (Unix only).</summary>
        internal static void SetOwnerOnly(string path)
        {
            if (!IsUnix || !File.Exists(path))
            {
                return;
            }

            if (Chmod(path, OwnerReadWrite) != 0)
            {
                throw new IOException($"Failed to set mode 0600 on '{path}' (errno {Marshal.GetLastWin32Error()}).");
            }
        }
    }
}
