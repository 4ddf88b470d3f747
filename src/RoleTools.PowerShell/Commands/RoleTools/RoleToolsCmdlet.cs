using System;
using System.Management.Automation;
using RoleTools.Core.Store;
using RoleTools.PowerShell.Common;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>Base of RoleTools' own cmdlets (store, clock, endpoint), which are not AWS Tools cmdlets.</summary>
    public abstract class RoleToolsCmdlet : PSCmdlet, IDisposable
    {
        /// <summary>Opens the current store, turning a store failure into a terminating error with a stable ID.</summary>
        protected RoleToolsStore OpenStore(string path = null)
        {
            string target = path ?? StoreContext.CurrentPath;
            try
            {
                return RoleToolsStore.Open(target);
            }
            catch (StoreException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ex.ErrorId, ErrorCategory.OpenError, target));
                return null;
            }
        }

        /// <summary>Releases pooled store connections when the store is in Pester's TestDrive; PowerShell calls it when the command ends, even after an error.</summary>
        public void Dispose() => StoreContext.ReleaseConnectionsAfterCommand(this);
    }
}
