using DeploymentSdk.Http;

namespace DeploymentSdk.Cloud66.Http;

/// <summary>The Cloud66 declaration of the core pipeline: base address, final answers, errors, redaction and telemetry.</summary>
internal static class Cloud66Pipeline
{
    public const string ProviderName = "Cloud66";

    public static ApiPipeline Create(HttpClient httpClient, Cloud66ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Redactor.Add(options.Token);
        return new ApiPipeline(
            httpClient,
            new ApiPipelineSettings(ProviderName, options.NormalizedAddress, options.RequestTimeout, options.MaxResponseBytes)
            {
                IsFinalAnswer = Cloud66Errors.IsThrottledAnswer,
                Redactor = options.Redactor,
                CreateFailure = static failure => new Cloud66ApiException(
                    failure.Message, failure.Kind, failure.Status, failure.Method, failure.Path, innerException: failure.InnerException),
                Telemetry = Cloud66Telemetry.Instance,
            },
            Cloud66Errors.Create);
    }
}
