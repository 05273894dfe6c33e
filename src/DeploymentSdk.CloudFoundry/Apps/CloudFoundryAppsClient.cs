using DeploymentSdk.CloudFoundry.Json;
using DeploymentSdk.CloudFoundry.Resources;

namespace DeploymentSdk.CloudFoundry;

/// <summary>The apps endpoints; see <see cref="ICloudFoundryAppsClient"/>.</summary>
internal sealed class CloudFoundryAppsClient : ICloudFoundryAppsClient
{
    private const string BasePath = "v3/apps";
    private readonly CloudFoundryResourceReader _reader;
    private readonly ICloudFoundryOrganizationsClient _organizations;
    private readonly ICloudFoundrySpacesClient _spaces;

    public CloudFoundryAppsClient(HttpClient httpClient, CloudFoundryClientOptions options)
    {
        _reader = new CloudFoundryResourceReader(httpClient, options);
        _organizations = new CloudFoundryOrganizationsClient(httpClient, options);
        _spaces = new CloudFoundrySpacesClient(httpClient, options);
    }

    public AsyncPageable<App> ListAsync(AppListOptions? options = null, CancellationToken cancellationToken = default) =>
        _reader.List(BasePath, ListQuery(options), CloudFoundryJsonContext.Default.ResourceListApp, cancellationToken);

    public Task<App> GetAsync(string guid, CancellationToken cancellationToken = default) =>
        _reader.GetAsync($"{BasePath}/{CloudFoundryQuery.Guid(guid, nameof(guid))}", CloudFoundryJsonContext.Default.App, cancellationToken);

    public async Task<App> FindAsync(string appName, string spaceName, AppFindOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckName(appName, nameof(appName));
        CheckName(spaceName, nameof(spaceName));
        var organizationName = options?.OrganizationName;
        if (organizationName is not null)
        {
            CheckName(organizationName, nameof(options));
        }

        IList<string>? organizationGuids = null;
        if (organizationName is not null)
        {
            var organization = await SingleAsync(
                _organizations.ListAsync(new OrganizationListOptions { Names = [organizationName] }, cancellationToken),
                "organization", organizationName, "/v3/organizations", cancellationToken).ConfigureAwait(false);
            organizationGuids = [organization.Guid!];
        }

        var space = await SingleAsync(
            _spaces.ListAsync(new SpaceListOptions { Names = [spaceName], OrganizationGuids = organizationGuids }, cancellationToken),
            "space", spaceName, "/v3/spaces", cancellationToken).ConfigureAwait(false);
        return await SingleAsync(
            ListAsync(new AppListOptions { Names = [appName], SpaceGuids = [space.Guid!] }, cancellationToken),
            "app", appName, "/" + BasePath, cancellationToken).ConfigureAwait(false);
    }

    internal static IReadOnlyList<KeyValuePair<string, string>> ListQuery(AppListOptions? options)
    {
        var query = new CloudFoundryQuery(nameof(AppListOptions));
        if (options is not null)
        {
            query.Paging(options.Page, options.PerPage)
                .Strings("names", options.Names, nameof(options.Names))
                .Guids("guids", options.Guids, nameof(options.Guids))
                .Guids("space_guids", options.SpaceGuids, nameof(options.SpaceGuids))
                .Guids("organization_guids", options.OrganizationGuids, nameof(options.OrganizationGuids))
                .Text("label_selector", options.LabelSelector, nameof(options.LabelSelector));
        }

        return query.Items;
    }

    private static void CheckName(string name, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, paramName);
        if (name.Contains(',', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' holds a comma: Cloud Foundry would read it as two names.", paramName);
        }
    }

    /// <summary>
    /// The one resource of a filtered list. Reads one page of two: enough to tell none, one and several apart, and the
    /// page's <c>total_results</c> says how many there are.
    /// </summary>
    private static async Task<T> SingleAsync<T>(
        AsyncPageable<T> list, string resourceType, string name, string path, CancellationToken cancellationToken)
        where T : class
    {
        await foreach (var page in list.AsPages(pageSizeHint: 2).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (page.Values.Count == 1 && page.ContinuationToken is null)
            {
                return page.Values[0];
            }

            throw new CloudFoundryLookupException(resourceType, name, page.TotalCount ?? page.Values.Count, path);
        }

        throw new CloudFoundryLookupException(resourceType, name, 0, path);
    }
}
