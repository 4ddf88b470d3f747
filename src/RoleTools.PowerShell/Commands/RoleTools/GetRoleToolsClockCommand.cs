using System;
using System.Management.Automation;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>Get-RoleToolsClock: shows the store's emulated clock.</summary>
    [Cmdlet(VerbsCommon.Get, "RoleToolsClock")]
    [OutputType(typeof(ClockInfo))]
    public sealed class GetRoleToolsClockCommand : RoleToolsCmdlet
    {
        protected override void ProcessRecord()
        {
            RoleToolsStore store = OpenStore();
            WriteObject(store.Read(session => new ClockInfo
            {
                Offset = session.ClockOffset,
                Now = session.Now,
                RealTime = DateTime.UtcNow,
                StorePath = store.Path,
            }));
        }
    }
}
