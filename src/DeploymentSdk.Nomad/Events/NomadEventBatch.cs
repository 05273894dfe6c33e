namespace DeploymentSdk.Nomad;

/// <summary>The events of one Raft index that match a subscription: one line of Nomad's event stream.</summary>
/// <remarks>Fields of the line a newer Nomad adds are kept in <see cref="ApiModel.AdditionalProperties"/>.</remarks>
public sealed class NomadEventBatch : ApiModel
{
    /// <summary>Creates a batch; the SDK creates them from the stream, tests that fake <see cref="INomadEventsClient"/> may too.</summary>
    /// <param name="index">The Raft index of the change.</param>
    /// <param name="events">The events, in the order Nomad sent them.</param>
    public NomadEventBatch(ulong index, IReadOnlyList<NomadEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        Index = index;
        Events = events;
    }

    /// <summary>The Raft index of the change. Batches arrive in increasing index order, each index at most once.</summary>
    public ulong Index { get; }

    /// <summary>The events of the change that match the subscription; never empty for a batch the stream yields.</summary>
    public IReadOnlyList<NomadEvent> Events { get; }
}
