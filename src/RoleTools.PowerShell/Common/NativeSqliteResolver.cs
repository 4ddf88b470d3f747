using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// Makes the native SQLite library (e_sqlite3) load from the module's runtimes/&lt;rid&gt;/native folder.
    /// On PowerShell 7 it handles the default AssemblyLoadContext's ResolvingUnmanagedDll event;
    /// on Windows PowerShell 5.1 it preloads the DLL so the P/Invoke finds it by name.
    /// Both APIs are reached by reflection because the module targets netstandard2.0.
    /// </summary>
    internal static class NativeSqliteResolver
    {
        private const string LibraryName = "e_sqlite3";
        private static bool _registered;

        internal static void Register()
        {
            if (_registered)
            {
                return;
            }

            _registered = true;
            string path = NativeLibraryPath();
            if (path == null)
            {
                return;
            }

            Type loadContextType = Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", throwOnError: false)
                ?? Type.GetType("System.Runtime.Loader.AssemblyLoadContext", throwOnError: false);
            EventInfo resolvingEvent = loadContextType?.GetEvent("ResolvingUnmanagedDll");
            if (resolvingEvent != null)
            {
                object defaultContext = loadContextType.GetProperty("Default").GetValue(null);
                Func<Assembly, string, IntPtr> handler = (assembly, name) => ResolveOnCore(name, path);
                resolvingEvent.AddEventHandler(defaultContext, handler);
                return;
            }

            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                LoadLibraryW(path);
            }
        }

        private static IntPtr ResolveOnCore(string name, string path)
        {
            if (!string.Equals(name, LibraryName, StringComparison.Ordinal) && !name.Contains(LibraryName))
            {
                return IntPtr.Zero;
            }

            Type nativeLibrary = Type.GetType("System.Runtime.InteropServices.NativeLibrary", throwOnError: false);
            MethodInfo load = nativeLibrary?.GetMethod("Load", new[] { typeof(string) });
            return load == null ? IntPtr.Zero : (IntPtr)load.Invoke(null, new object[] { path });
        }

        /// <summary>Returns the native library's path for this OS and architecture, or null when none is shipped.</summary>
        internal static string NativeLibraryPath()
        {
            string moduleFolder = Path.GetDirectoryName(typeof(NativeSqliteResolver).Assembly.Location);
            string architecture = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "arm64" : "x64";
            string rid;
            string fileName;
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                rid = "win-" + architecture;
                fileName = "e_sqlite3.dll";
            }
            else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
            {
                rid = "osx-" + architecture;
                fileName = "libe_sqlite3.dylib";
            }
            else
            {
                rid = "linux-" + architecture;
                fileName = "libe_sqlite3.so";
            }

            string path = Path.Combine(moduleFolder, "runtimes", rid, "native", fileName);
            return File.Exists(path) ? path : null;
        }

        [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
        private static extern IntPtr LoadLibraryW(string fileName);
    }
}
