using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using RoleTools.Core.Store;

namespace RoleTools.Core.Metadata
{
    /// <summary>A running metadata endpoint process, as recorded in the store.</summary>
    public sealed class EndpointRecord
    {
        public string InstanceId { get; set; }
        public int ProcessId { get; set; }

        /// <summary>The process start time (UTC, real clock), which distinguishes the process from a later one that reuses its ID.</summary>
        public DateTime ProcessStartedAt { get; set; }

        /// <summary>The base URL clients use, with a trailing slash, e.g. http://127.0.0.1:49152/.</summary>
        public string Url { get; set; }
        public int Port { get; set; }

        /// <summary>The bound addresses, comma-separated.</summary>
        public string Addresses { get; set; }

        /// <summary>The endpoint's log file, or null when it logs to the console.</summary>
        public string LogPath { get; set; }

        /// <summary>When the endpoint started listening (UTC, real clock).</summary>
        public DateTime StartedAt { get; set; }
    }

    /// <summary>
    /// Tracks running endpoint processes per store in the imds_endpoints table. A row counts only while
    /// a process with its ID and start time runs, so rows left by a killed process are ignored and pruned.
    /// </summary>
    public static class EndpointRegistry
    {
        private const string TimeFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";

        /// <summary>How far a process start time read now may drift from the recorded one (Linux derives it from clock ticks).</summary>
        private static readonly TimeSpan StartTimeTolerance = TimeSpan.FromSeconds(2);

        /// <summary>
        /// Records <paramref name="record"/> unless a live endpoint already serves the same instance; that
        /// endpoint is returned in <paramref name="existing"/> and nothing is written.
        /// </summary>
        public static bool TryRegister(RoleToolsStore store, EndpointRecord record, out EndpointRecord existing)
        {
            EndpointRecord found = null;
            bool registered = store.Write(session =>
            {
                EndpointRecord current = ReadAll(session).FirstOrDefault(row => row.InstanceId == record.InstanceId);
                if (current != null && current.ProcessId != record.ProcessId && IsAlive(current))
                {
                    found = current;
                    return false;
                }

                session.Execute(
                    @"INSERT INTO imds_endpoints (instance_id, process_id, process_started_at, url, port, addresses, log_path, started_at)
                      VALUES (@InstanceId, @ProcessId, @processStartedAt, @Url, @Port, @Addresses, @LogPath, @startedAt)
                      ON CONFLICT (instance_id) DO UPDATE SET process_id = excluded.process_id, process_started_at = excluded.process_started_at,
                          url = excluded.url, port = excluded.port, addresses = excluded.addresses, log_path = excluded.log_path, started_at = excluded.started_at",
                    new
                    {
                        record.InstanceId,
                        record.ProcessId,
                        processStartedAt = Format(record.ProcessStartedAt),
                        record.Url,
                        record.Port,
                        record.Addresses,
                        record.LogPath,
                        startedAt = Format(record.StartedAt),
                    });
                return true;
            });
            existing = found;
            return registered;
        }

        /// <summary>Removes the row of <paramref name="instanceId"/> if process <paramref name="processId"/> owns it.</summary>
        public static void Unregister(RoleToolsStore store, string instanceId, int processId) =>
            store.Write(session => session.Execute(
                "DELETE FROM imds_endpoints WHERE instance_id = @instanceId AND process_id = @processId", new { instanceId, processId }));

        /// <summary>Returns the endpoints whose processes still run, ordered by instance ID, and deletes the rows of those that do not.</summary>
        public static IReadOnlyList<EndpointRecord> ListLive(RoleToolsStore store)
        {
            List<EndpointRecord> all = store.Read(session => ReadAll(session).ToList());
            List<EndpointRecord> live = all.Where(IsAlive).ToList();
            List<EndpointRecord> dead = all.Except(live).ToList();
            if (dead.Count > 0)
            {
                store.Write(session =>
                {
                    foreach (EndpointRecord row in dead)
                    {
                        session.Execute(
                            "DELETE FROM imds_endpoints WHERE instance_id = @InstanceId AND process_id = @ProcessId", new { row.InstanceId, row.ProcessId });
                    }
                });
            }

            return live;
        }

        /// <summary>Returns true while a process with the record's ID and start time runs.</summary>
        public static bool IsAlive(EndpointRecord record)
        {
            try
            {
                using (Process process = Process.GetProcessById(record.ProcessId))
                {
                    if (process.HasExited)
                    {
                        return false;
                    }

                    TimeSpan drift = process.StartTime.ToUniversalTime() - record.ProcessStartedAt;
                    return drift.Duration() <= StartTimeTolerance;
                }
            }
            catch (ArgumentException)
            {
                return false;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        private static IEnumerable<EndpointRecord> ReadAll(StoreSession session) =>
            session.Query<EndpointRow>(
                    "SELECT instance_id, process_id, process_started_at, url, port, addresses, log_path, started_at FROM imds_endpoints ORDER BY instance_id")
                .Select(row => new EndpointRecord
                {
                    InstanceId = row.instance_id,
                    ProcessId = (int)row.process_id,
                    ProcessStartedAt = InstanceReader.ParseTime(row.process_started_at),
                    Url = row.url,
                    Port = (int)row.port,
                    Addresses = row.addresses,
                    LogPath = row.log_path,
                    StartedAt = InstanceReader.ParseTime(row.started_at),
                });

        private static string Format(DateTime value) => value.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture);

#pragma warning disable IDE1006
        private sealed class EndpointRow
        {
            public string instance_id { get; set; }
            public long process_id { get; set; }
            public string process_started_at { get; set; }
            public string url { get; set; }
            public long port { get; set; }
            public string addresses { get; set; }
            public string log_path { get; set; }
            public string started_at { get; set; }
        }
#pragma warning restore IDE1006
    }
}
