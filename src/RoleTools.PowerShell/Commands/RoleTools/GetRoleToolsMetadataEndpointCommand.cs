using System.Management.Automation;
using RoleTools.Core.Metadata;
using RoleTools.Core.Store;
using RoleTools.PowerShell.Completion;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>Get-RoleToolsMetadataEndpoint: lists the metadata endpoints running for the current store.</summary>
    [Cmdlet(VerbsCommon.Get, "RoleToolsMetadataEndpoint")]
    [OutputType(typeof(MetadataEndpointInfo))]
    public sealed class GetRoleToolsMetadataEndpointCommand : RoleToolsCmdlet
    {
        /// <summary>Lists only endpoints whose instance ID matches this pattern (wildcards allowed).</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(EndpointInstanceIdCompleter))]
        public string InstanceId { get; set; }

        protected override void ProcessRecord()
        {
            RoleToolsStore store = OpenStore();
            var pattern = new WildcardPattern(InstanceId ?? "*", WildcardOptions.IgnoreCase);
            foreach (EndpointRecord record in EndpointRegistry.ListLive(store))
            {
                if (pattern.IsMatch(record.InstanceId))
                {
                    WriteObject(MetadataEndpointInfo.FromRecord(record, store.Path));
                }
            }
        }
    }
}
