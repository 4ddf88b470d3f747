using System.Linq;
using System.Management.Automation;
using RoleTools.Core.Metadata;
using RoleTools.Core.Store;
using RoleTools.PowerShell.Completion;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>
    /// Stop-RoleToolsMetadataEndpoint: stops the metadata endpoint of an instance. Only processes recorded in
    /// the store's endpoint registry (started by RoleTools) are stopped, by process ID.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "RoleToolsMetadataEndpoint", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    public sealed class StopRoleToolsMetadataEndpointCommand : RoleToolsCmdlet
    {
        /// <summary>The instance whose endpoint to stop; accepts the objects of Get- and Start-RoleToolsMetadataEndpoint from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EndpointInstanceIdCompleter))]
        public string[] InstanceId { get; set; }

        protected override void ProcessRecord()
        {
            RoleToolsStore store = OpenStore();
            foreach (string instanceId in InstanceId)
            {
                EndpointRecord record = EndpointRegistry.ListLive(store).FirstOrDefault(row => row.InstanceId == instanceId);
                if (record == null)
                {
                    var error = new EndpointException("RoleTools.MetadataEndpointNotRunning", $"No metadata endpoint is running for instance '{instanceId}' in the store '{store.Path}'.");
                    WriteError(new ErrorRecord(error, error.ErrorId, ErrorCategory.ObjectNotFound, instanceId));
                    continue;
                }

                if (!ShouldProcess($"{instanceId} (process {record.ProcessId}, {record.Url})", "Stop metadata endpoint"))
                {
                    continue;
                }

                EndpointProcesses.Stop(store, record);
                WriteVerbose($"Stopped the metadata endpoint for {instanceId} (process {record.ProcessId}).");
            }
        }
    }
}
