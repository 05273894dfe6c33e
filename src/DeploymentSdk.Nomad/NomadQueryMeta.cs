namespace DeploymentSdk.Nomad;

/// <summary>What Nomad says about an answer besides its body: the Raft index to block on next, leader contact and the next page.</summary>
/// <param name="LastIndex">The index of the answer (<c>X-Nomad-Index</c>); pass it as <see cref="NomadQueryOptions.WaitIndex"/> to wait for a change.</param>
/// <param name="LastContact">How long ago the answering server heard from the leader (<c>X-Nomad-LastContact</c>); zero on the leader.</param>
/// <param name="KnownLeader">Whether the answering server knew a leader (<c>X-Nomad-KnownLeader</c>).</param>
/// <param name="NextToken">The token of the next page (<c>X-Nomad-NextToken</c>), or <see langword="null"/> on the last page.</param>
public sealed record NomadQueryMeta(ulong LastIndex, TimeSpan LastContact, bool KnownLeader, string? NextToken)
{
    /// <summary>Metadata of an answer that carried none.</summary>
    public static NomadQueryMeta None { get; } = new(0, TimeSpan.Zero, false, null);
}
