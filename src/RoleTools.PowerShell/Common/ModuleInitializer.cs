using System.Management.Automation;

namespace RoleTools.PowerShell.Common
{
    /// <summary>Runs when PowerShell imports the module: sets up native SQLite before any cmdlet opens a store.</summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer
    {
        public void OnImport()
        {
            NativeSqliteResolver.Register();
            SQLitePCL.Batteries_V2.Init();
        }
    }
}
