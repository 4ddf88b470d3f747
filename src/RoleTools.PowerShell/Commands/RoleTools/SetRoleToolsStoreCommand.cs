using System;
using System.Globalization;
using System.Management.Automation;
using Amazon;
using RoleTools.Core.Store;
using RoleTools.PowerShell.Common;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>
    /// Set-RoleToolsStore: chooses the store file for this session (creating it when missing) and
    /// changes the store's settings.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "RoleToolsStore", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(StoreInfo))]
    public sealed class SetRoleToolsStoreCommand : RoleToolsCmdlet
    {
        /// <summary>Path of the store file for this session. Omit it to change the current store's settings.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; }

        /// <summary>The 12-digit AWS account ID used in ARNs and owner IDs.</summary>
        [Parameter]
        [ValidatePattern(@"^\d{12}$")]
        public string AccountId { get; set; }

        /// <summary>The region EC2 cmdlets use when neither -Region, the session default nor the environment names one.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string DefaultRegion { get; set; }

        /// <summary>How long instance and association state transitions take on the emulated clock; zero completes them by the next read.</summary>
        [Parameter]
        public TimeSpan? TransitionDelay { get; set; }

        /// <summary>Writes the store's summary after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            string path = Path == null ? StoreContext.CurrentPath : GetUnresolvedProviderPathFromPSPath(Path);
            if (DefaultRegion != null && !IsKnownRegion(DefaultRegion))
            {
                var error = new ArgumentException($"'{DefaultRegion}' is not a known AWS region name, such as us-east-1.", nameof(DefaultRegion));
                ThrowTerminatingError(new ErrorRecord(error, "RoleTools.InvalidRegion", ErrorCategory.InvalidArgument, DefaultRegion));
            }

            if (TransitionDelay.HasValue && TransitionDelay.Value < TimeSpan.Zero)
            {
                var error = new ArgumentOutOfRangeException(nameof(TransitionDelay), TransitionDelay.Value, "The transition delay cannot be negative.");
                ThrowTerminatingError(new ErrorRecord(error, "RoleTools.InvalidTransitionDelay", ErrorCategory.InvalidArgument, TransitionDelay.Value));
            }

            if (!ShouldProcess(path, "Use RoleTools store"))
            {
                return;
            }

            if (!string.Equals(path, StoreContext.CurrentPath, StringComparison.Ordinal))
            {
                // The previous store's pooled connections would keep its files open.
                StoreContext.ReleaseConnections();
            }

            RoleToolsStore store = OpenStore(path);
            StoreContext.SessionPath = path;
            WriteVerbose($"Using RoleTools store '{store.Path}' for this session.");

            store.Write(session =>
            {
                if (AccountId != null)
                {
                    session.SetSetting(StoreSettings.AccountId, AccountId);
                }

                if (DefaultRegion != null)
                {
                    session.SetSetting(StoreSettings.DefaultRegion, DefaultRegion.ToLowerInvariant());
                }

                if (TransitionDelay.HasValue)
                {
                    session.SetSetting(StoreSettings.TransitionDelaySeconds, StoreSettings.FormatSeconds(TransitionDelay.Value));
                }
            });

            if (PassThru)
            {
                WriteObject(store.GetInfo());
            }
        }

        private static bool IsKnownRegion(string name)
        {
            foreach (RegionEndpoint region in RegionEndpoint.EnumerableAllRegions)
            {
                if (string.Equals(region.SystemName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
