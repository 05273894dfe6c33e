namespace DeploymentSdk.Nomad;

/// <summary>
/// Typed watches of Nomad's blocking reads: each is an <see cref="IAsyncEnumerable{T}"/> that yields the current state,
/// then each change. The rules (pacing, backoff, index resets, cancellation) are those of <see cref="NomadWatch"/>.
/// </summary>
public static class NomadWatchExtensions
{
    /// <summary>Watches the list of jobs (<c>GET /v1/jobs</c> as a blocking query).</summary>
    /// <param name="jobs">The jobs client.</param>
    /// <param name="options">Wait time, pacing, backoff, and in <see cref="NomadWatchOptions.Query"/> the namespace, prefix or filter.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The successive job lists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobs"/> is null.</exception>
    /// <example>
    /// <code>
    /// await foreach (var jobs in nomad.Jobs.WatchListAsync(new() { Query = new() { Namespace = "*" } }, stopping))
    ///     Console.WriteLine($"{jobs.Value.Count} jobs at index {jobs.LastIndex}");
    /// </code>
    /// </example>
    public static IAsyncEnumerable<NomadResponse<IReadOnlyList<JobListStub>>> WatchListAsync(
        this INomadJobsClient jobs,
        NomadWatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return NomadWatch.CreateList(query => jobs.ListAsync(query), options, cancellationToken);
    }
}
