namespace DeploymentSdk.Nomad;

/// <summary>A page of a Nomad list, with the metadata of the answer that carried it.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class NomadPage<T> : Page<T>
{
    /// <summary>Creates a page; for tests that fake a client.</summary>
    /// <param name="values">The items.</param>
    /// <param name="meta">The metadata; its <see cref="NomadQueryMeta.NextToken"/> is the continuation token.</param>
    public NomadPage(IReadOnlyList<T> values, NomadQueryMeta meta)
        : base(values, meta?.NextToken)
    {
        ArgumentNullException.ThrowIfNull(meta);
        Meta = meta;
    }

    /// <summary>The index, leader contact and next-page token of the answer.</summary>
    public NomadQueryMeta Meta { get; }
}
