using DeploymentSdk.CloudFoundry.Json;
using DeploymentSdk.CloudFoundry.Resources;

namespace DeploymentSdk.CloudFoundry;

/// <summary>The organizations endpoints; see <see cref="ICloudFoundryOrganizationsClient"/>.</summary>
internal sealed class CloudFoundryOrganizationsClient : ICloudFoundryOrganizationsClient
{
    private const string BasePath = "v3/organizations";
    private readonly CloudFoundryResourceReader _reader;

    public CloudFoundryOrganizationsClient(HttpClient httpClient, CloudFoundryClientOptions options) =>
        _reader = new CloudFoundryResourceReader(httpClient, options);

    public AsyncPageable<Organization> ListAsync(OrganizationListOptions? options = null, CancellationToken cancellationToken = default) =>
        _reader.List(BasePath, ListQuery(options), CloudFoundryJsonContext.Default.ResourceListOrganization, cancellationToken);

    public Task<Organization> GetAsync(string guid, CancellationToken cancellationToken = default) =>
        _reader.GetAsync($"{BasePath}/{CloudFoundryQuery.Guid(guid, nameof(guid))}", CloudFoundryJsonContext.Default.Organization, cancellationToken);

    internal static IReadOnlyList<KeyValuePair<string, string>> ListQuery(OrganizationListOptions? options)
    {
        var query = new CloudFoundryQuery(nameof(OrganizationListOptions));
        if (options is not null)
        {
            query.Paging(options.Page, options.PerPage)
                .Strings("names", options.Names, nameof(options.Names))
                .Guids("guids", options.Guids, nameof(options.Guids))
                .Text("label_selector", options.LabelSelector, nameof(options.LabelSelector));
        }

        return query.Items;
    }
}
