using System.Globalization;
using DeploymentSdk.CloudFoundry.Json;
using DeploymentSdk.CloudFoundry.Resources;

namespace DeploymentSdk.CloudFoundry;

/// <summary>The revisions endpoints; see <see cref="ICloudFoundryRevisionsClient"/>.</summary>
internal sealed class CloudFoundryRevisionsClient : ICloudFoundryRevisionsClient
{
    private readonly CloudFoundryResourceReader _reader;

    public CloudFoundryRevisionsClient(HttpClient httpClient, CloudFoundryClientOptions options) =>
        _reader = new CloudFoundryResourceReader(httpClient, options);

    public Task<Revision> GetAsync(string guid, CancellationToken cancellationToken = default) =>
        _reader.GetAsync($"v3/revisions/{CloudFoundryQuery.Guid(guid, nameof(guid))}", CloudFoundryJsonContext.Default.Revision, cancellationToken);

    public AsyncPageable<Revision> ListForAppAsync(string appGuid, RevisionListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = $"v3/apps/{CloudFoundryQuery.Guid(appGuid, nameof(appGuid))}/revisions";
        return _reader.List(path, ListQuery(options, deployed: false), CloudFoundryJsonContext.Default.ResourceListRevision, cancellationToken);
    }

    public AsyncPageable<Revision> ListDeployedForAppAsync(string appGuid, RevisionListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = $"v3/apps/{CloudFoundryQuery.Guid(appGuid, nameof(appGuid))}/revisions/deployed";
        return _reader.List(path, ListQuery(options, deployed: true), CloudFoundryJsonContext.Default.ResourceListRevision, cancellationToken);
    }

    internal static IReadOnlyList<KeyValuePair<string, string>> ListQuery(RevisionListOptions? options, bool deployed)
    {
        var query = new CloudFoundryQuery(nameof(RevisionListOptions));
        if (options is null)
        {
            return query.Items;
        }

        if (deployed && (options.Versions is { Count: > 0 } || options.LabelSelector is not null))
        {
            throw new ArgumentException("The deployed revisions list takes no Versions or LabelSelector filter; leave them null.", nameof(options));
        }

        for (var i = 0; i < (options.Versions?.Count ?? 0); i++)
        {
            if (options.Versions![i] < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), options.Versions[i], $"RevisionListOptions.Versions[{i}] must be 1 or more.");
            }
        }

        query.Paging(options.Page, options.PerPage)
            .Text("order_by", options.OrderBy?.Value, nameof(options.OrderBy))
            .List("versions", options.Versions, static version => version.ToString(CultureInfo.InvariantCulture), nameof(options.Versions))
            .Text("label_selector", options.LabelSelector, nameof(options.LabelSelector));
        return query.Items;
    }
}
