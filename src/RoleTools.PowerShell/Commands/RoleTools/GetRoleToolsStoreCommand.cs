using System.Management.Automation;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>Get-RoleToolsStore: returns the current store's path, schema version, account ID and default region.</summary>
    [Cmdlet(VerbsCommon.Get, "RoleToolsStore")]
    [OutputType(typeof(StoreInfo))]
    public sealed class GetRoleToolsStoreCommand : RoleToolsCmdlet
    {
        protected override void ProcessRecord()
        {
            WriteObject(OpenStore().GetInfo());
        }
    }
}
