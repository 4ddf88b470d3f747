using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using RoleTools.Core.Metadata;
using RoleTools.Core.Store;

namespace RoleTools.Metadata;

/// <summary>
/// The one instance this process serves, and the store it reads. The instance, the clock offset and the
/// credentials are read again only after a commit to the store, which SQLite's <c>PRAGMA data_version</c>
/// reveals on connections kept open for that purpose, so most requests skip the read transactions.
/// </summary>
public sealed class ServedInstance : IDisposable
{
    /// <summary>
    /// Connections that watch <c>PRAGMA data_version</c>, each with its own snapshot. Requests spread over
    /// them by thread, so concurrent requests rarely wait for one another's version check.
    /// </summary>
    private readonly VersionSlot[] _slots;

    private const int MaxRememberedTokens = 10000;

    private readonly ConcurrentDictionary<string, DateTime> _validTokens = new(StringComparer.Ordinal);

    public ServedInstance(RoleToolsStore store, string instanceId)
    {
        Store = store;
        InstanceId = instanceId;
        _slots = Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount * 8, 8, 64)).Select(_ => new VersionSlot()).ToArray();
    }

    public RoleToolsStore Store { get; }

    public string InstanceId { get; }

    /// <summary>Reads the instance as it is now, or null when the store has no such instance.</summary>
    public InstanceView? Read() => Snapshot().View;

    /// <summary>
    /// Returns the instance and clock offset as of the last commit to the store. A snapshot is reused only
    /// while no commit has happened since and the store's transition delay is zero, because with a delay
    /// the effective states also change as time passes.
    /// </summary>
    public InstanceSnapshot Snapshot()
    {
        VersionSlot slot = _slots[(uint)Environment.CurrentManagedThreadId % (uint)_slots.Length];

        // The version is read before the snapshot, so a commit in between only makes the next request read again.
        long version = slot.ReadDataVersion(Store);
        InstanceSnapshot? current = slot.Snapshot;
        if (current != null && current.DataVersion == version && current.Reusable)
        {
            return current;
        }

        InstanceSnapshot fresh = Store.Read(session => new InstanceSnapshot(
            version,
            InstanceReader.Read(session, InstanceId),
            session.ClockOffset,
            session.TransitionDelay == TimeSpan.Zero));
        slot.Snapshot = fresh;
        return fresh;
    }

    /// <summary>
    /// Returns the current credentials for a role key and delivery, as <see cref="InstanceCredentials.GetOrIssue"/>
    /// does, reusing the set read for an earlier request with the same snapshot while it is less than the
    /// rotation interval old.
    /// </summary>
    public TemporaryCredentials GetCredentials(InstanceSnapshot snapshot, string roleKey, int delivery)
    {
        DateTime now = snapshot.Now;
        if (snapshot.Reusable
            && snapshot.Credentials.TryGetValue((roleKey, delivery), out TemporaryCredentials? cached)
            && now >= cached.IssuedAt
            && now < cached.IssuedAt + InstanceCredentials.RotationInterval)
        {
            return cached;
        }

        TemporaryCredentials current = InstanceCredentials.GetOrIssue(Store, InstanceId, roleKey, delivery);
        snapshot.Credentials[(roleKey, delivery)] = current;
        return current;
    }

    /// <summary>
    /// Returns the response for an instance that cannot serve metadata now (missing, not running, or its
    /// endpoint disabled), or null when it can.
    /// </summary>
    public ImdsResult? CheckAvailable(InstanceView? view, ILogger logger)
    {
        if (view == null)
        {
            logger.LogWarning("Instance {InstanceId} is not in the store; responding with 503", InstanceId);
            return ImdsResult.Unavailable($"Instance {InstanceId} does not exist in the RoleTools store.");
        }

        if (!view.IsServing)
        {
            // NOTE: a stopped EC2 instance has no metadata service at all; 503 with the reason is this endpoint's stand-in.
            logger.LogWarning("Instance {InstanceId} is {State}; responding with 503", InstanceId, view.State);
            return ImdsResult.Unavailable($"Instance {InstanceId} is {view.State}; metadata is served only while it is pending or running.");
        }

        return view.EndpointDisabled ? ImdsResult.Forbidden() : null;
    }

    /// <summary>
    /// Returns true when <paramref name="token"/> is a session token of this instance that has not expired
    /// at the snapshot's time. A token whose signature checked out is remembered with its expiry, so a
    /// client that reuses its token costs one lookup per request.
    /// </summary>
    public bool ValidateToken(InstanceSnapshot snapshot, string token)
    {
        if (!_validTokens.TryGetValue(token, out DateTime expiresAt))
        {
            if (!SessionTokens.TryReadExpiry(Store, InstanceId, token, out expiresAt))
            {
                return false;
            }

            if (_validTokens.Count >= MaxRememberedTokens)
            {
                _validTokens.Clear();
            }

            _validTokens[token] = expiresAt;
        }

        return snapshot.Now < expiresAt;
    }

    /// <summary>Returns the metadata tree for a delivery, built once per snapshot.</summary>
    public MetadataTree GetTree(InstanceSnapshot snapshot, int delivery)
    {
        if (!snapshot.Reusable)
        {
            return new MetadataTree(Store, snapshot.View!, delivery, () => snapshot.Now, (roleKey, roleDelivery) => GetCredentials(snapshot, roleKey, roleDelivery));
        }

        return snapshot.Trees.GetOrAdd(delivery, d =>
            new MetadataTree(Store, snapshot.View!, d, () => snapshot.Now, (roleKey, roleDelivery) => GetCredentials(snapshot, roleKey, roleDelivery)));
    }

    public void Dispose()
    {
        foreach (VersionSlot slot in _slots)
        {
            slot.Dispose();
        }
    }

    /// <summary>One open connection that reads <c>PRAGMA data_version</c>, and the snapshot read after it.</summary>
    private sealed class VersionSlot : IDisposable
    {
        private readonly object _lock = new();
        private SqliteConnection? _connection;
        private sqlite3_stmt? _statement;

        public volatile InstanceSnapshot? Snapshot;

        /// <summary>
        /// Returns <c>PRAGMA data_version</c>, which changes whenever another connection, in this process or
        /// another, commits to the store.
        /// </summary>
        public long ReadDataVersion(RoleToolsStore store)
        {
            lock (_lock)
            {
                // The statement is stepped through SQLitePCL directly: this runs on every request, and a
                // SqliteCommand spends more time on its reader than SQLite spends on the pragma.
                if (_statement == null)
                {
                    _connection = store.OpenConnection();
                    int prepared = raw.sqlite3_prepare_v2(_connection.Handle, "PRAGMA data_version", out sqlite3_stmt statement);
                    SqliteException.ThrowExceptionForRC(prepared, _connection.Handle);
                    _statement = statement;
                }

                try
                {
                    int stepped = raw.sqlite3_step(_statement);
                    if (stepped != raw.SQLITE_ROW)
                    {
                        SqliteException.ThrowExceptionForRC(stepped, _connection!.Handle);
                    }

                    return raw.sqlite3_column_int64(_statement, 0);
                }
                finally
                {
                    raw.sqlite3_reset(_statement);
                }
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _statement?.Dispose();
                _connection?.Dispose();
                _statement = null;
                _connection = null;
            }
        }
    }
}

/// <summary>The served instance and the store's clock offset, read in one transaction.</summary>
public sealed class InstanceSnapshot(long dataVersion, InstanceView? view, TimeSpan clockOffset, bool reusable)
{
    /// <summary>The <c>PRAGMA data_version</c> read just before this snapshot, on the connection that checks it.</summary>
    public long DataVersion { get; } = dataVersion;

    /// <summary>The instance, or null when the store has no such instance.</summary>
    public InstanceView? View { get; } = view;

    /// <summary>The emulated clock's offset from real time.</summary>
    public TimeSpan ClockOffset { get; } = clockOffset;

    /// <summary>True when a later request may reuse this snapshot if nothing was committed since.</summary>
    public bool Reusable { get; } = reusable;

    /// <summary>The emulated time now: real time plus the clock offset, as a store session computes it.</summary>
    public DateTime Now => DateTime.UtcNow + ClockOffset;

    /// <summary>Credentials read while this snapshot was current, by role key and delivery.</summary>
    internal ConcurrentDictionary<(string RoleKey, int Delivery), TemporaryCredentials> Credentials { get; } = new();

    /// <summary>Metadata trees built for this snapshot, by delivery.</summary>
    internal ConcurrentDictionary<int, MetadataTree> Trees { get; } = new();
}
