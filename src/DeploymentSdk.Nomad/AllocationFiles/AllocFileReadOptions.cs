namespace DeploymentSdk.Nomad;

/// <summary>Which part of a file <see cref="INomadAllocationFilesClient.OpenReadAsync"/> reads.</summary>
/// <remarks>Defaults: the whole file (<c>/v1/client/fs/cat</c>). With <see cref="Offset"/> or <see cref="Limit"/> set, <c>/v1/client/fs/readat</c>.</remarks>
public sealed class AllocFileReadOptions
{
    /// <summary>The first byte to read; 0 or more.</summary>
    public long? Offset { get; set; }

    /// <summary>How many bytes to read at most; more than 0. <see langword="null"/> reads to the end.</summary>
    public long? Limit { get; set; }

    /// <summary>Region and namespace.</summary>
    public NomadQueryOptions? Query { get; set; }
}
