using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.Http;

namespace DeploymentSdk.Cloud66.Http;

/// <summary>
/// Cloud66 wraps every answer in <c>{"response": …}</c> (lists add <c>count</c> and <c>pagination</c>): one request and
/// one paged list over the pipeline, for every client. The calling client's file and method still name the span.
/// </summary>
internal static class Cloud66Envelopes
{
    /// <summary>Sends the request and returns its <c>response</c> object; a success without one is an invalid answer.</summary>
    public static async Task<T> SendForResponseAsync<T>(
        this ApiPipeline pipeline,
        ApiRequest request,
        JsonTypeInfo<Cloud66Envelope<T>> typeInfo,
        CancellationToken cancellationToken,
        [CallerMemberName] string? callerMember = null,
        [CallerFilePath] string? callerFile = null)
        where T : class
    {
        var response = await pipeline.SendAsync(request, typeInfo, cancellationToken, callerMember, callerFile).ConfigureAwait(false);
        return response.Value?.Response ?? throw MissingResponse(request);
    }

    /// <summary>Pages through <paramref name="path"/>; the continuation token is the next page number the server announced.</summary>
    public static AsyncPageable<T> ListPages<T>(
        this ApiPipeline pipeline,
        string path,
        JsonTypeInfo<Cloud66ListEnvelope<T>> typeInfo,
        CancellationToken cancellationToken,
        [CallerMemberName] string? callerMember = null,
        [CallerFilePath] string? callerFile = null)
        where T : class =>
        AsyncPageable<T>.Create(async (continuationToken, _, enumerationToken) =>
        {
            // Cloud66 picks the page size.
            var request = new ApiRequest(HttpMethod.Get, path).AddQuery("page", Cloud66PageNumber.Of(continuationToken));
            var response = await pipeline.SendAsync(request, typeInfo, enumerationToken, callerMember, callerFile).ConfigureAwait(false);
            var list = response.Value ?? throw MissingResponse(request);
            return new Cloud66Page<T>(
                list.Response?.ToArray() ?? [],
                list.Pagination?.Next?.ToString(CultureInfo.InvariantCulture),
                list.Count ?? list.Pagination?.Count,
                list.Pagination);
        }, cancellationToken);

    private static Cloud66ApiException MissingResponse(ApiRequest request)
    {
        var path = "/" + request.Path;
        return new Cloud66ApiException(
            $"Cloud66 answered {request.Method} {path} with a body that has no \"response\" object.",
            ApiErrorKind.InvalidResponse,
            200,
            request.Method.Method,
            path);
    }
}
