using DeploymentSdk.CloudFoundry.Json;
using DeploymentSdk.CloudFoundry.Resources;

namespace DeploymentSdk.CloudFoundry;

/// <summary>The audit events endpoint; see <see cref="ICloudFoundryAuditEventsClient"/>.</summary>
internal sealed class CloudFoundryAuditEventsClient : ICloudFoundryAuditEventsClient
{
    /// <summary>The event Cloud Foundry records when an app's instance crashes.</summary>
    internal const string ProcessCrash = "audit.app.process.crash";

    private readonly CloudFoundryResourceReader _reader;

    public CloudFoundryAuditEventsClient(HttpClient httpClient, CloudFoundryClientOptions options) =>
        _reader = new CloudFoundryResourceReader(httpClient, options);

    public AsyncPageable<AuditEvent> ListAsync(AuditEventListOptions? options = null, CancellationToken cancellationToken = default) =>
        _reader.List("v3/audit_events", ListQuery(options), CloudFoundryJsonContext.Default.ResourceListAuditEvent, cancellationToken);

    internal static IReadOnlyList<KeyValuePair<string, string>> ListQuery(AuditEventListOptions? options)
    {
        var query = new CloudFoundryQuery(nameof(AuditEventListOptions));
        if (options is not null)
        {
            query.Paging(options.Page, options.PerPage)
                .Text("order_by", options.OrderBy?.Value, nameof(options.OrderBy))
                .Strings("types", options.Types, nameof(options.Types))
                .Guids("target_guids", options.TargetGuids, nameof(options.TargetGuids))
                .Guids("space_guids", options.SpaceGuids, nameof(options.SpaceGuids))
                .Guids("organization_guids", options.OrganizationGuids, nameof(options.OrganizationGuids))
                .Timestamp("created_ats[gte]", options.CreatedAtOrAfter);
        }

        return query.Items;
    }
}
