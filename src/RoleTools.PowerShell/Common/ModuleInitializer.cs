using System.Management.Automation;

namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// Runs when PowerShell imports the module: sets up native SQLite before any cmdlet opens a store,
    /// and loads the assemblies whose types scripts name directly.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport()
        {
            NativeSqliteResolver.Register();
            SQLitePCL.Batteries_V2.Init();

            // PowerShell resolves a type literal such as [Amazon.EC2.InstanceType] or
            // New-Object Amazon.EC2.Model.Filter only among loaded assemblies, and the real AWS
            // modules load theirs at import. Touching one type of each assembly loads it.
            _ = typeof(Amazon.Runtime.AWSCredentials).Assembly;
            _ = typeof(Amazon.EC2.Model.Filter).Assembly;
            _ = typeof(Amazon.IdentityManagement.Model.Role).Assembly;
        }

        /// <summary>Closes the pooled store connections when the module is removed, so no store file stays open.</summary>
        public void OnRemove(PSModuleInfo module) => StoreContext.ReleaseConnections();
    }
}
