using RoleTools.Core.Metadata;
using RoleTools.Core.Store;

namespace RoleTools.Metadata;

/// <summary>The one instance this process serves, and the store it reads on every request.</summary>
public sealed class ServedInstance(RoleToolsStore store, string instanceId)
{
    public RoleToolsStore Store { get; } = store;

    public string InstanceId { get; } = instanceId;

    /// <summary>Reads the instance as it is now, or null when the store has no such instance.</summary>
    public InstanceView? Read() => Store.Read(session => InstanceReader.Read(session, InstanceId));

    /// <summary>
    /// Returns the response for an instance that cannot serve metadata now (missing, not running, or its
    /// endpoint disabled), or null when it can.
    /// </summary>
    public ImdsResult? CheckAvailable(InstanceView? view, ILogger logger)
    {
        if (view == null)
        {
            logger.LogWarning("Instance {InstanceId} is not in the store; answering 503", InstanceId);
            return ImdsResult.Unavailable($"Instance {InstanceId} does not exist in the RoleTools store.");
        }

        if (!view.IsServing)
        {
            // NOTE: a stopped EC2 instance has no metadata service at all; 503 with the reason is this endpoint's stand-in.
            logger.LogWarning("Instance {InstanceId} is {State}; answering 503", InstanceId, view.State);
            return ImdsResult.Unavailable($"Instance {InstanceId} is {view.State}; metadata is served only while it is pending or running.");
        }

        return view.EndpointDisabled ? ImdsResult.Forbidden() : null;
    }
}
