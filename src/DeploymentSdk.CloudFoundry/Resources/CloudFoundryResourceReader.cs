using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using DeploymentSdk.CloudFoundry.Http;
using DeploymentSdk.Http;

namespace DeploymentSdk.CloudFoundry.Resources;

/// <summary>
/// The read side every Cloud Foundry resource client shares: one GET of a resource, and a list that follows
/// <c>pagination.next.href</c> page by page. Built on the same pipeline as the deployments client.
/// </summary>
internal sealed class CloudFoundryResourceReader
{
    private readonly ApiPipeline _pipeline;

    public CloudFoundryResourceReader(HttpClient httpClient, CloudFoundryClientOptions options) =>
        _pipeline = CloudFoundryPipeline.Create(httpClient, options);

    /// <summary>Reads one resource that must have a body.</summary>
    public async Task<T> GetAsync<T>(string path, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var request = new ApiRequest(HttpMethod.Get, path);
        var response = await _pipeline.SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        return CloudFoundryPipeline.Require(response, request);
    }

    /// <summary>Posts a JSON body and reads the resource the server answers with (not retried: not idempotent).</summary>
    public async Task<T> PostAsync<TBody, T>(string path, TBody body, JsonTypeInfo<TBody> bodyInfo, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var request = new ApiRequest(HttpMethod.Post, path) { Content = CloudFoundryPipeline.JsonBody(body, bodyInfo) };
        var response = await _pipeline.SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        return CloudFoundryPipeline.Require(response, request);
    }

    /// <summary>
    /// A lazily paged list. The first request carries <paramref name="query"/> (already validated by the caller, so bad
    /// filters fail at the call); later pages are the server's <c>next</c> links, sent as they are.
    /// </summary>
    public AsyncPageable<T> List<T>(
        string path,
        IReadOnlyList<KeyValuePair<string, string>> query,
        JsonTypeInfo<ResourceList<T>> typeInfo,
        CancellationToken cancellationToken)
    {
        return AsyncPageable<T>.Create(async (continuationToken, pageSizeHint, enumerationToken) =>
        {
            var request = continuationToken is null ? FirstPage(path, query, pageSizeHint) : NextPage(continuationToken);
            var response = await _pipeline.SendAsync(request, typeInfo, enumerationToken).ConfigureAwait(false);
            var list = CloudFoundryPipeline.Require(response, request);
            return new CloudFoundryPage<T>(list.Resources?.ToArray() ?? [], list.Pagination);
        }, cancellationToken);
    }

    /// <summary>Reads every resource of a list that is not paged (<c>{"resources": [...]}</c>, like process stats).</summary>
    public async Task<IReadOnlyList<T>> GetResourcesAsync<T>(string path, JsonTypeInfo<ResourceList<T>> typeInfo, CancellationToken cancellationToken)
    {
        var list = await GetAsync(path, typeInfo, cancellationToken).ConfigureAwait(false);
        return list.Resources?.ToArray() ?? [];
    }

    private static ApiRequest FirstPage(string path, IReadOnlyList<KeyValuePair<string, string>> query, int? pageSizeHint)
    {
        if (pageSizeHint is > CloudFoundryQuery.MaxPerPage)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, $"Cloud Foundry accepts 1 to {CloudFoundryQuery.MaxPerPage} results per page.");
        }

        var request = new ApiRequest(HttpMethod.Get, path);
        foreach (var (name, value) in query)
        {
            if (pageSizeHint is null || name != "per_page")
            {
                request.AddQuery(name, value);
            }
        }

        if (pageSizeHint is { } size)
        {
            request.AddQuery("per_page", size.ToString(CultureInfo.InvariantCulture));
        }

        return request;
    }

    private static ApiRequest NextPage(string continuationToken)
    {
        if (!Uri.TryCreate(continuationToken, UriKind.RelativeOrAbsolute, out var uri)
            || (uri.IsAbsoluteUri && uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The continuation token is not a page URL from an earlier page.", nameof(continuationToken));
        }

        return new ApiRequest(HttpMethod.Get, continuationToken);
    }
}
