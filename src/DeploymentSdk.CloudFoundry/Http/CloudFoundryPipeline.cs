using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Http;

namespace DeploymentSdk.CloudFoundry.Http;

/// <summary>Creates the shared pipeline for Cloud Foundry clients and the small helpers they share.</summary>
internal static class CloudFoundryPipeline
{
    public const string ProviderName = "Cloud Foundry";

    public static ApiPipeline Create(HttpClient httpClient, CloudFoundryClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        var address = options.Address ?? throw new ArgumentException("CloudFoundryClientOptions.Address is required.", nameof(options));
        options.Redactor.Add(options.Token);
        var settings = new ApiPipelineSettings(ProviderName, WithTrailingSlash(address), options.RequestTimeout, options.MaxResponseBytes)
        {
            Redactor = options.Redactor,
            CreateFailure = CreateFailure,
            Telemetry = CloudFoundryTelemetry.Instance,
        };
        return new ApiPipeline(httpClient, settings, CloudFoundryErrors.Create);
    }

    /// <summary>A failure without an error answer, as <see cref="CloudFoundryApiException"/>.</summary>
    public static ApiException CreateFailure(ApiFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new CloudFoundryApiException(
            failure.Message, failure.Kind, failure.Status, failure.Method, failure.Path, null, null, innerException: failure.InnerException);
    }

    /// <summary>The API root with a trailing '/', so relative paths keep any path prefix (a reverse proxy's).</summary>
    public static Uri WithTrailingSlash(Uri address) =>
        address.AbsolutePath.EndsWith('/') ? address : new Uri(address.GetLeftPart(UriPartial.Path) + "/");

    /// <summary>A buffered JSON body, so it can be sent again (after a token renewal or a redirect).</summary>
    public static ByteArrayContent JsonBody<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>The value of a successful answer that must have a body.</summary>
    public static T Require<T>(ApiResponse<T?> response, ApiRequest request)
        where T : class
    {
        if (response.Value is { } value)
        {
            return value;
        }

        // The path without query (a next-page request carries an absolute URL).
        var path = Uri.TryCreate(request.Path, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : "/" + request.Path.Split('?')[0];
        throw new ApiException(
            $"{ProviderName} answered {response.Status} to {request.Method} {path} with an empty body.",
            ApiErrorKind.InvalidResponse,
            response.Status,
            request.Method.Method,
            path);
    }
}
