namespace DeploymentSdk.Nomad;

/// <summary>Per-call options of a Nomad read: where to read, blocking-query index and wait, and list filters.</summary>
/// <remarks>Every property is optional; an unset property sends nothing, so the agent's default applies.</remarks>
public class NomadQueryOptions
{
    /// <summary>The region to read from; overrides <see cref="NomadClientOptions.Region"/>.</summary>
    public string? Region { get; set; }

    /// <summary>The namespace to read; <c>*</c> reads all namespaces the token may see. Overrides <see cref="NomadClientOptions.Namespace"/>.</summary>
    public string? Namespace { get; set; }

    /// <summary>Let any server answer, not only the leader (<c>stale</c>): spreads many watchers over followers at the cost of slightly old data; see <see cref="NomadQueryMeta.LastContact"/>.</summary>
    public bool AllowStale { get; set; }

    /// <summary>
    /// Blocking query: do not answer until the resource's index is above this value or <see cref="WaitTime"/> passes.
    /// Use the <see cref="NomadQueryMeta.LastIndex"/> of the previous answer.
    /// </summary>
    public ulong? WaitIndex { get; set; }

    /// <summary>
    /// How long a blocking query may wait (sent as milliseconds, e.g. <c>300000ms</c>). The agent's default is 5 minutes,
    /// and current servers clamp longer waits to 5 minutes and add up to wait/16 of jitter.
    /// </summary>
    public TimeSpan? WaitTime { get; set; }

    /// <summary>Only return objects whose ID starts with this prefix.</summary>
    public string? Prefix { get; set; }

    /// <summary>A Nomad filter expression applied on the server (e.g. <c>Status == "running"</c>).</summary>
    public string? Filter { get; set; }

    /// <summary>The page size of a paged list; must be positive.</summary>
    public int? PerPage { get; set; }

    /// <summary>Start a paged list at this token (from <see cref="NomadQueryMeta.NextToken"/>).</summary>
    public string? NextToken { get; set; }

    /// <summary>Return the list in reverse order.</summary>
    public bool Reverse { get; set; }

    /// <summary>Further query parameters, for options this SDK does not name yet.</summary>
    public IDictionary<string, string> Parameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Further request headers.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>A copy of the query options (not of a derived class's own options) whose changes do not affect this instance (used by paging and watches).</summary>
    /// <returns>The copy.</returns>
    public NomadQueryOptions Clone() => CopyAs<NomadQueryOptions>();

    /// <summary>The query options copied into a new per-call options object (for example <see cref="JobListOptions"/>).</summary>
    internal T CopyAs<T>()
        where T : NomadQueryOptions, new()
    {
        var copy = new T();
        CopyTo(copy);
        return copy;
    }

    /// <summary>
    /// Sets <paramref name="target"/>'s query options to this instance's, replacing its parameters and headers: a watch
    /// resets its one options object this way before each read instead of allocating a copy per poll.
    /// </summary>
    internal void CopyTo(NomadQueryOptions target)
    {
        target.Region = Region;
        target.Namespace = Namespace;
        target.AllowStale = AllowStale;
        target.WaitIndex = WaitIndex;
        target.WaitTime = WaitTime;
        target.Prefix = Prefix;
        target.Filter = Filter;
        target.PerPage = PerPage;
        target.NextToken = NextToken;
        target.Reverse = Reverse;
        CopyEntries(Parameters, target.Parameters);
        CopyEntries(Headers, target.Headers);
    }

    // Counted first: enumerating an empty IDictionary would allocate its enumerator, and most queries have no entries.
    private static void CopyEntries(IDictionary<string, string> source, IDictionary<string, string> target)
    {
        if (source.Count == 0 && target.Count == 0)
        {
            return;
        }

        target.Clear();
        foreach (var (key, value) in source)
        {
            target[key] = value;
        }
    }
}
