using System.IO;
using System.Management.Automation;
using System.Net;
using RoleTools.Core.Metadata;
using RoleTools.Core.Store;
using RoleTools.PowerShell.Completion;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>
    /// Start-RoleToolsMetadataEndpoint: starts the metadata endpoint program for one emulated instance
    /// of the current store, waits until it responds, and returns where it listens.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "RoleToolsMetadataEndpoint", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(MetadataEndpointInfo))]
    public sealed class StartRoleToolsMetadataEndpointCommand : RoleToolsCmdlet
    {
        /// <summary>The emulated instance to serve, e.g. i-0123456789abcdef0.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidatePattern(@"^i-[0-9a-zA-Z]+$")]
        [ArgumentCompleter(typeof(EndpointInstanceIdCompleter))]
        public string InstanceId { get; set; }

        /// <summary>The TCP port to listen on; 0 (the default) lets the OS choose a free port.</summary>
        [Parameter]
        [ValidateRange(0, 65535)]
        public int Port { get; set; }

        /// <summary>The IP addresses to bind, all on one port. Default: 127.0.0.1. Name a non-loopback address only on purpose.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] Address { get; set; }

        protected override void ProcessRecord()
        {
            foreach (string address in Address ?? new string[0])
            {
                if (!IPAddress.TryParse(address, out _))
                {
                    var error = new System.ArgumentException($"Invalid address '{address}': expected an IPv4 or IPv6 address such as 127.0.0.1.", nameof(Address));
                    ThrowTerminatingError(new ErrorRecord(error, "RoleTools.InvalidAddress", ErrorCategory.InvalidArgument, address));
                }
            }

            RoleToolsStore store = OpenStore();
            if (!ShouldProcess(InstanceId, "Start metadata endpoint"))
            {
                return;
            }

            string moduleFolder = Path.GetDirectoryName(typeof(StartRoleToolsMetadataEndpointCommand).Assembly.Location);
            string endpointDll = Path.Combine(moduleFolder, "endpoint", "RoleTools.Metadata.dll");
            string logPath = Path.Combine(Path.GetDirectoryName(store.Path), "endpoint-logs", InstanceId + ".log");
            try
            {
                EndpointRecord record = EndpointProcesses.Start(store, endpointDll, InstanceId, Port, Address ?? new string[0], logPath);
                WriteVerbose($"Metadata endpoint for {InstanceId} listens at {record.Url} (process {record.ProcessId}); log: {record.LogPath}");
                WriteObject(MetadataEndpointInfo.FromRecord(record, store.Path));
            }
            catch (EndpointException ex)
            {
                ErrorCategory category = ex.ErrorId.EndsWith("AlreadyRunning") ? ErrorCategory.ResourceExists
                    : ex.ErrorId.EndsWith("InstanceNotFound") ? ErrorCategory.ObjectNotFound
                    : ErrorCategory.OpenError;
                WriteError(new ErrorRecord(ex, ex.ErrorId, category, InstanceId));
            }
        }
    }
}
