namespace DeploymentSdk.Http;

/// <summary>A redirect to a scheme other than http or https; the pipeline turns it into the provider's exception.</summary>
internal sealed class UnsupportedRedirectException(int status, string message) : Exception(message)
{
    /// <summary>The status of the redirect answer.</summary>
    public int Status { get; } = status;
}
