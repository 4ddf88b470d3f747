using System;
using System.Collections;
using RoleTools.Core.Metadata;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>A running metadata endpoint, as the *-RoleToolsMetadataEndpoint cmdlets show it.</summary>
    public sealed class MetadataEndpointInfo
    {
        /// <summary>The emulated instance the endpoint serves.</summary>
        public string InstanceId { get; set; }

        /// <summary>The base URL with a trailing slash, e.g. http://127.0.0.1:49152/.</summary>
        public string Url { get; set; }

        /// <summary>The endpoint's process ID.</summary>
        public int ProcessId { get; set; }

        /// <summary>The TCP port the endpoint listens on.</summary>
        public int Port { get; set; }

        /// <summary>The store the endpoint reads.</summary>
        public string StorePath { get; set; }

        /// <summary>Environment variables that point an AWS SDK or the AWS CLI at this endpoint.</summary>
        public Hashtable Environment { get; set; }

        /// <summary>The endpoint's log file.</summary>
        public string LogPath { get; set; }

        /// <summary>When the endpoint started listening (UTC, real clock).</summary>
        public DateTime StartedAt { get; set; }

        internal static MetadataEndpointInfo FromRecord(EndpointRecord record, string storePath) => new MetadataEndpointInfo
        {
            InstanceId = record.InstanceId,
            Url = record.Url,
            ProcessId = record.ProcessId,
            Port = record.Port,
            StorePath = storePath,
            LogPath = record.LogPath,
            StartedAt = record.StartedAt,
            Environment = new Hashtable
            {
                ["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = record.Url,
                ["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"] = record.Url.StartsWith("http://[", StringComparison.Ordinal) ? "IPv6" : "IPv4",
            },
        };
    }
}
