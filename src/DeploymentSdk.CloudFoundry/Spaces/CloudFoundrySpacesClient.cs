using DeploymentSdk.CloudFoundry.Json;
using DeploymentSdk.CloudFoundry.Resources;

namespace DeploymentSdk.CloudFoundry;

/// <summary>The spaces endpoints; see <see cref="ICloudFoundrySpacesClient"/>.</summary>
internal sealed class CloudFoundrySpacesClient : ICloudFoundrySpacesClient
{
    private const string BasePath = "v3/spaces";
    private readonly CloudFoundryResourceReader _reader;

    public CloudFoundrySpacesClient(HttpClient httpClient, CloudFoundryClientOptions options) =>
        _reader = new CloudFoundryResourceReader(httpClient, options);

    public AsyncPageable<Space> ListAsync(SpaceListOptions? options = null, CancellationToken cancellationToken = default) =>
        _reader.List(BasePath, ListQuery(options), CloudFoundryJsonContext.Default.ResourceListSpace, cancellationToken);

    public Task<Space> GetAsync(string guid, CancellationToken cancellationToken = default) =>
        _reader.GetAsync($"{BasePath}/{CloudFoundryQuery.Guid(guid, nameof(guid))}", CloudFoundryJsonContext.Default.Space, cancellationToken);

    internal static IReadOnlyList<KeyValuePair<string, string>> ListQuery(SpaceListOptions? options)
    {
        var query = new CloudFoundryQuery(nameof(SpaceListOptions));
        if (options is not null)
        {
            query.Paging(options.Page, options.PerPage)
                .Strings("names", options.Names, nameof(options.Names))
                .Guids("guids", options.Guids, nameof(options.Guids))
                .Guids("organization_guids", options.OrganizationGuids, nameof(options.OrganizationGuids))
                .Text("label_selector", options.LabelSelector, nameof(options.LabelSelector));
        }

        return query.Items;
    }
}
