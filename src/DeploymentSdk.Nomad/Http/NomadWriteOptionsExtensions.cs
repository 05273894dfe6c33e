namespace DeploymentSdk.Nomad.Http;

/// <summary>Adapts write options to endpoints that do not honour every option.</summary>
internal static class NomadWriteOptionsExtensions
{
    /// <summary>
    /// The options without <see cref="NomadWriteOptions.IdempotencyToken"/>, for endpoints whose server side ignores it
    /// (deployment changes, allocation stop, signal, restart, pause): sending it would make the pipeline retry a write the
    /// server does not deduplicate.
    /// </summary>
    public static NomadWriteOptions? WithoutIdempotencyToken(this NomadWriteOptions? write) =>
        write?.IdempotencyToken is { Length: > 0 }
            ? new NomadWriteOptions { Region = write.Region, Namespace = write.Namespace }
            : write;
}
