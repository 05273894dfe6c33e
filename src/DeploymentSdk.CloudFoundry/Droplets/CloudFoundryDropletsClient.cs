using DeploymentSdk.CloudFoundry.Json;
using DeploymentSdk.CloudFoundry.Resources;

namespace DeploymentSdk.CloudFoundry;

/// <summary>The droplets endpoints; see <see cref="ICloudFoundryDropletsClient"/>.</summary>
internal sealed class CloudFoundryDropletsClient : ICloudFoundryDropletsClient
{
    private readonly CloudFoundryResourceReader _reader;

    public CloudFoundryDropletsClient(HttpClient httpClient, CloudFoundryClientOptions options) =>
        _reader = new CloudFoundryResourceReader(httpClient, options);

    public Task<Droplet> GetAsync(string guid, CancellationToken cancellationToken = default) =>
        _reader.GetAsync($"v3/droplets/{CloudFoundryQuery.Guid(guid, nameof(guid))}", CloudFoundryJsonContext.Default.Droplet, cancellationToken);

    public Task<Droplet> GetCurrentForAppAsync(string appGuid, CancellationToken cancellationToken = default) =>
        _reader.GetAsync($"v3/apps/{CloudFoundryQuery.Guid(appGuid, nameof(appGuid))}/droplets/current", CloudFoundryJsonContext.Default.Droplet, cancellationToken);

    public AsyncPageable<Droplet> ListForAppAsync(string appGuid, DropletListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = $"v3/apps/{CloudFoundryQuery.Guid(appGuid, nameof(appGuid))}/droplets";
        return _reader.List(path, ListQuery(options), CloudFoundryJsonContext.Default.ResourceListDroplet, cancellationToken);
    }

    internal static IReadOnlyList<KeyValuePair<string, string>> ListQuery(DropletListOptions? options)
    {
        var query = new CloudFoundryQuery(nameof(DropletListOptions));
        if (options is not null)
        {
            query.Paging(options.Page, options.PerPage)
                .Text("order_by", options.OrderBy?.Value, nameof(options.OrderBy))
                .Guids("guids", options.Guids, nameof(options.Guids))
                .List("states", options.States, static state => state.Value, nameof(options.States))
                .Flag("current", options.Current)
                .Text("label_selector", options.LabelSelector, nameof(options.LabelSelector));
        }

        return query.Items;
    }
}
