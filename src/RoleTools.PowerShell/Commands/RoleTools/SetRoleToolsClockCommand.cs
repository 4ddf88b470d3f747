using System;
using System.Management.Automation;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>
    /// Set-RoleToolsClock: shifts the store's emulated clock for every reader, cmdlets and metadata
    /// endpoints alike. <c>-Offset 0</c> returns to real time; <c>-Advance</c> adds to the current offset.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "RoleToolsClock", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = OffsetSet)]
    [OutputType(typeof(ClockInfo))]
    public sealed class SetRoleToolsClockCommand : RoleToolsCmdlet
    {
        private const string OffsetSet = "Offset";
        private const string AdvanceSet = "Advance";

        /// <summary>The clock's offset from real time, e.g. '02:00:00' or (New-TimeSpan -Hours 2); 0 returns to real time.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = OffsetSet)]
        public TimeSpan Offset { get; set; }

        /// <summary>An amount to add to the clock's current offset.</summary>
        [Parameter(Mandatory = true, ParameterSetName = AdvanceSet)]
        public TimeSpan Advance { get; set; }

        /// <summary>Writes the clock after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            RoleToolsStore store = OpenStore();
            string description = ParameterSetName == AdvanceSet ? $"Advance the emulated clock by {Advance}" : $"Set the emulated clock offset to {Offset}";
            if (!ShouldProcess(store.Path, description))
            {
                return;
            }

            TimeSpan newOffset = store.Write(session =>
            {
                TimeSpan offset = ParameterSetName == AdvanceSet ? session.ClockOffset + Advance : Offset;
                session.SetSetting(StoreSettings.ClockOffsetSeconds, StoreSettings.FormatSeconds(offset));
                return offset;
            });
            WriteVerbose($"Emulated clock offset is now {newOffset} in store '{store.Path}'.");

            if (PassThru)
            {
                WriteObject(store.Read(session => new ClockInfo { Offset = session.ClockOffset, Now = session.Now, RealTime = DateTime.UtcNow, StorePath = store.Path }));
            }
        }
    }
}
