using System;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace RoleTools.PowerShell.Tests
{
    /// <summary>
    /// A PowerShell runspace with the built module (out/module/RoleTools) imported and a store in a
    /// fresh temporary folder. Tests run against the build output, never an installed copy.
    /// </summary>
    public sealed class ModuleHost : IDisposable
    {
        private readonly Runspace _runspace;

        public ModuleHost()
        {
            Folder = Path.Combine(Path.GetTempPath(), "roletools-pstest-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Folder);
            StorePath = Path.Combine(Folder, "store.db");

            InitialSessionState state = InitialSessionState.CreateDefault2();
            _runspace = RunspaceFactory.CreateRunspace(state);
            _runspace.Open();
            Run("Import-Module -Name $args[0] -Force; Set-RoleToolsStore -Path $args[1]", ModuleManifest, StorePath);
        }

        public string Folder { get; }

        public string StorePath { get; }

        /// <summary>The built module's manifest, found from the repository root above the test binaries.</summary>
        public static string ModuleManifest
        {
            get
            {
                DirectoryInfo directory = new DirectoryInfo(AppContext.BaseDirectory);
                while (directory != null && !File.Exists(Path.Combine(directory.FullName, "RoleTools.sln")))
                {
                    directory = directory.Parent;
                }

                if (directory == null)
                {
                    throw new InvalidOperationException("RoleTools.sln was not found above " + AppContext.BaseDirectory);
                }

                string manifest = Path.Combine(directory.FullName, "out", "module", "RoleTools", "RoleTools.psd1");
                if (!File.Exists(manifest))
                {
                    throw new InvalidOperationException($"{manifest} is missing: run ./build.ps1 Build first.");
                }

                return manifest;
            }
        }

        /// <summary>Runs a script with positional arguments ($args) and returns its output; errors throw.</summary>
        public Collection<PSObject> Run(string script, params object[] arguments)
        {
            using (System.Management.Automation.PowerShell shell = System.Management.Automation.PowerShell.Create())
            {
                shell.Runspace = _runspace;
                shell.AddScript(script);
                foreach (object argument in arguments)
                {
                    shell.AddArgument(argument);
                }

                Collection<PSObject> output = shell.Invoke();
                if (shell.HadErrors && shell.Streams.Error.Count > 0)
                {
                    ErrorRecord first = shell.Streams.Error.First();
                    throw new RuntimeException(first.ToString(), first.Exception);
                }

                return output;
            }
        }

        public void Dispose()
        {
            _runspace.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleanup.
            }
        }
    }
}
