using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Completion
{
    /// <summary>
    /// Completes -InstanceId of the EC2 cmdlets with the instances of the region the command would use: its
    /// -Region argument, else the usual region resolution. Shutting-down and terminated instances come last.
    /// </summary>
    public sealed class InstanceIdCompleter : StoreArgumentCompleter
    {
        internal override IEnumerable<CompletionCandidate> ReadCandidates(RoleToolsStore store, string commandName, IDictionary fakeBoundParameters) =>
            InstanceCandidates.Read(store, StoreCompletion.ResolveRegion(store, fakeBoundParameters), includeTerminated: true);
    }

    /// <summary>
    /// Completes -InstanceId of the RoleTools metadata endpoint cmdlets. Start-RoleToolsMetadataEndpoint gets
    /// the instances of every region that are neither shutting down nor terminated, because an endpoint serves
    /// an instance of any region. Get- and Stop-RoleToolsMetadataEndpoint get the instances with an endpoint
    /// registered in the store.
    /// </summary>
    public sealed class EndpointInstanceIdCompleter : StoreArgumentCompleter
    {
        internal override IEnumerable<CompletionCandidate> ReadCandidates(RoleToolsStore store, string commandName, IDictionary fakeBoundParameters)
        {
            if (commandName != null && commandName.StartsWith("Start-", StringComparison.OrdinalIgnoreCase))
            {
                return InstanceCandidates.Read(store, region: null, includeTerminated: false);
            }

            // NOTE: the row of an endpoint whose process has exited stays listed until a RoleTools cmdlet
            // prunes it, because completion only reads.
            return store.Read(session => session.Query<(string InstanceId, string Url, long ProcessId)>(
                    "SELECT instance_id, url, process_id FROM imds_endpoints ORDER BY instance_id")
                .Select(row => new CompletionCandidate(row.InstanceId, $"{row.InstanceId} at {row.Url} (process {row.ProcessId})"))
                .ToList());
        }
    }

    /// <summary>Reads instance IDs with a tooltip of state, type, region and Name tag.</summary>
    internal static class InstanceCandidates
    {
        /// <summary>
        /// Returns the instances of <paramref name="region"/>, or of every region when it is null. The filter
        /// reads the stored state, which lags a pending transition, so shutting-down counts as terminated.
        /// </summary>
        public static List<CompletionCandidate> Read(RoleToolsStore store, string region, bool includeTerminated)
        {
            return store.Read(session => session.Query<(string InstanceId, string State, string InstanceType, string Region, string Name)>(
                    @"SELECT i.instance_id, i.state, i.instance_type, i.region, t.value
                      FROM ec2_instances i
                      LEFT JOIN ec2_tags t ON t.resource_id = i.instance_id AND t.key = 'Name'
                      WHERE (@region IS NULL OR i.region = @region)
                        AND (@includeTerminated OR i.state NOT IN ('shutting-down', 'terminated'))
                      ORDER BY i.state IN ('shutting-down', 'terminated'), i.launch_time, i.instance_id",
                    new { region, includeTerminated })
                .Select(row => new CompletionCandidate(
                    row.InstanceId,
                    $"{row.InstanceId} ({row.State}, {row.InstanceType}, {row.Region})" + (row.Name == null ? string.Empty : $" Name={row.Name}")))
                .ToList());
        }
    }
}
