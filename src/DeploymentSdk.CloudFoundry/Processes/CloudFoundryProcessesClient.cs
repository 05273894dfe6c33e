using DeploymentSdk.CloudFoundry.Json;
using DeploymentSdk.CloudFoundry.Resources;

namespace DeploymentSdk.CloudFoundry;

/// <summary>The processes endpoints; see <see cref="ICloudFoundryProcessesClient"/>.</summary>
internal sealed class CloudFoundryProcessesClient : ICloudFoundryProcessesClient
{
    private readonly CloudFoundryResourceReader _reader;

    public CloudFoundryProcessesClient(HttpClient httpClient, CloudFoundryClientOptions options) =>
        _reader = new CloudFoundryResourceReader(httpClient, options);

    public Task<AppProcess> GetAsync(string guid, CancellationToken cancellationToken = default) =>
        _reader.GetAsync($"v3/processes/{CloudFoundryQuery.Guid(guid, nameof(guid))}", CloudFoundryJsonContext.Default.AppProcess, cancellationToken);

    public AsyncPageable<AppProcess> ListForAppAsync(string appGuid, ProcessListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = $"v3/apps/{CloudFoundryQuery.Guid(appGuid, nameof(appGuid))}/processes";
        return _reader.List(path, ListQuery(options), CloudFoundryJsonContext.Default.ResourceListAppProcess, cancellationToken);
    }

    public Task<IReadOnlyList<ProcessInstanceStats>> GetStatsAsync(string guid, CancellationToken cancellationToken = default) =>
        _reader.GetResourcesAsync(
            $"v3/processes/{CloudFoundryQuery.Guid(guid, nameof(guid))}/stats",
            CloudFoundryJsonContext.Default.ResourceListProcessInstanceStats,
            cancellationToken);

    internal static IReadOnlyList<KeyValuePair<string, string>> ListQuery(ProcessListOptions? options)
    {
        var query = new CloudFoundryQuery(nameof(ProcessListOptions));
        if (options is not null)
        {
            query.Paging(options.Page, options.PerPage)
                .Text("order_by", options.OrderBy?.Value, nameof(options.OrderBy))
                .Guids("guids", options.Guids, nameof(options.Guids))
                .Strings("types", options.Types, nameof(options.Types))
                .Text("label_selector", options.LabelSelector, nameof(options.LabelSelector));
        }

        return query.Items;
    }
}
