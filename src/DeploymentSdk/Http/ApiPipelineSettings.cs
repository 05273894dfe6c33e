namespace DeploymentSdk.Http;

/// <summary>What a provider tells the shared pipeline about itself.</summary>
/// <param name="ProviderName">The platform's name for messages, e.g. "Nomad".</param>
/// <param name="BaseAddress">The API root; relative request paths resolve against it. Must end with '/'.</param>
/// <param name="DefaultTimeout">The whole-exchange timeout of a request that sets none.</param>
/// <param name="MaxResponseBytes">The largest response body the pipeline reads.</param>
internal sealed record ApiPipelineSettings(string ProviderName, Uri BaseAddress, TimeSpan DefaultTimeout, long MaxResponseBytes)
{
    /// <summary>How much of an error body is read to build the exception.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;
}
