using System.Globalization;
using System.Runtime.CompilerServices;
using DeploymentSdk.CloudFoundry.Http;
using DeploymentSdk.CloudFoundry.Json;
using DeploymentSdk.Http;

namespace DeploymentSdk.CloudFoundry;

/// <summary>The Cloud Foundry v3 deployments endpoints; see <see cref="ICloudFoundryDeploymentsClient"/>.</summary>
internal sealed class CloudFoundryDeploymentsClient : ICloudFoundryDeploymentsClient
{
    private const string BasePath = "v3/deployments";

    /// <summary>The largest <c>per_page</c> Cloud Foundry accepts.</summary>
    internal const int MaxPerPage = 5000;

    private readonly ApiPipeline _pipeline;

    public CloudFoundryDeploymentsClient(HttpClient httpClient, CloudFoundryClientOptions options) =>
        _pipeline = CloudFoundryPipeline.Create(httpClient, options);

    public AsyncPageable<Deployment> ListAsync(DeploymentListOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Validate now, so bad filters fail at the call and not at the first MoveNextAsync.
        var query = ListQuery(options);
        return AsyncPageable<Deployment>.Create(async (continuationToken, pageSizeHint, enumerationToken) =>
        {
            var request = continuationToken is null
                ? FirstPageRequest(query, pageSizeHint)
                : NextPageRequest(continuationToken);
            var response = await _pipeline
                .SendAsync(request, CloudFoundryJsonContext.Default.ResourceListDeployment, enumerationToken)
                .ConfigureAwait(false);
            var list = CloudFoundryPipeline.Require(response, request);
            return new CloudFoundryPage<Deployment>(list.Resources?.ToArray() ?? [], list.Pagination);
        }, cancellationToken);
    }

    public async Task<Deployment> GetAsync(string guid, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(HttpMethod.Get, ItemPath(guid, nameof(guid)));
        var response = await _pipeline.SendAsync(request, CloudFoundryJsonContext.Default.Deployment, cancellationToken).ConfigureAwait(false);
        return CloudFoundryPipeline.Require(response, request);
    }

    public async Task<Deployment> CreateAsync(CreateDeploymentRequest request, CancellationToken cancellationToken = default)
    {
        ValidateCreate(request);
        var apiRequest = new ApiRequest(HttpMethod.Post, BasePath)
        {
            Content = CloudFoundryPipeline.JsonBody(request, CloudFoundryJsonContext.Default.CreateDeploymentRequest),
        };
        var response = await _pipeline.SendAsync(apiRequest, CloudFoundryJsonContext.Default.Deployment, cancellationToken).ConfigureAwait(false);
        return CloudFoundryPipeline.Require(response, apiRequest);
    }

    public async Task<Deployment> UpdateAsync(string guid, UpdateDeploymentRequest request, CancellationToken cancellationToken = default)
    {
        var path = ItemPath(guid, nameof(guid));
        ArgumentNullException.ThrowIfNull(request);
        var apiRequest = new ApiRequest(HttpMethod.Patch, path)
        {
            Content = CloudFoundryPipeline.JsonBody(request, CloudFoundryJsonContext.Default.UpdateDeploymentRequest),

            // A metadata merge gives the same result when applied twice.
            IsIdempotentWrite = true,
        };
        var response = await _pipeline.SendAsync(apiRequest, CloudFoundryJsonContext.Default.Deployment, cancellationToken).ConfigureAwait(false);
        return CloudFoundryPipeline.Require(response, apiRequest);
    }

    public Task<Deployment> CancelAsync(string guid, CancellationToken cancellationToken = default) =>
        ActAsync(guid, "cancel", cancellationToken);

    public Task<Deployment> ContinueAsync(string guid, CancellationToken cancellationToken = default) =>
        ActAsync(guid, "continue", cancellationToken);

    /// <summary>
    /// Posts an action (answered 200 with an empty body), then reads the deployment to return it. The span is named after
    /// the public method (<c>cloudfoundry.deployments.cancel</c>, <c>.continue</c>), not after this helper.
    /// </summary>
    private async Task<Deployment> ActAsync(string guid, string action, CancellationToken cancellationToken, [CallerMemberName] string? operation = null)
    {
        var path = ItemPath(guid, nameof(guid));
        await _pipeline.SendAsync(new ApiRequest(HttpMethod.Post, $"{path}/actions/{action}"), cancellationToken, callerMember: operation).ConfigureAwait(false);
        return await GetAsync(guid, cancellationToken).ConfigureAwait(false);
    }

    private static string ItemPath(string guid, string paramName) => $"{BasePath}/{PathSegment.Escape(guid, paramName)}";

    private static ApiRequest FirstPageRequest(IReadOnlyList<KeyValuePair<string, string>> query, int? pageSizeHint)
    {
        if (pageSizeHint is > MaxPerPage)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, $"Cloud Foundry accepts 1 to {MaxPerPage} results per page.");
        }

        var request = new ApiRequest(HttpMethod.Get, BasePath);
        foreach (var (name, value) in query)
        {
            if (pageSizeHint is not null && name == "per_page")
            {
                continue;
            }

            request.AddQuery(name, value);
        }

        if (pageSizeHint is { } size)
        {
            request.AddQuery("per_page", size.ToString(CultureInfo.InvariantCulture));
        }

        return request;
    }

    /// <summary>The next page's href is absolute and already carries the filters: it is sent as it is.</summary>
    private static ApiRequest NextPageRequest(string continuationToken)
    {
        if (!Uri.TryCreate(continuationToken, UriKind.RelativeOrAbsolute, out var uri)
            || (uri.IsAbsoluteUri && uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The continuation token is not a page URL from an earlier page.", nameof(continuationToken));
        }

        return new ApiRequest(HttpMethod.Get, continuationToken);
    }

    /// <summary>Validates the list options and turns them into query parameters, in a stable order.</summary>
    internal static List<KeyValuePair<string, string>> ListQuery(DeploymentListOptions? options)
    {
        var query = new List<KeyValuePair<string, string>>();
        if (options is null)
        {
            return query;
        }

        if (options.Page is { } page)
        {
            if (page < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), page, "DeploymentListOptions.Page must be 1 or more.");
            }

            query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        if (options.PerPage is { } perPage)
        {
            if (perPage is < 1 or > MaxPerPage)
            {
                throw new ArgumentOutOfRangeException(nameof(options), perPage, $"DeploymentListOptions.PerPage must be between 1 and {MaxPerPage}.");
            }

            query.Add(new("per_page", perPage.ToString(CultureInfo.InvariantCulture)));
        }

        if (options.OrderBy is { } order)
        {
            if (string.IsNullOrWhiteSpace(order.Value))
            {
                throw new ArgumentException("DeploymentListOptions.OrderBy must not be empty.", nameof(options));
            }

            query.Add(new("order_by", order.Value));
        }

        if (options.LabelSelector is { } selector)
        {
            if (string.IsNullOrWhiteSpace(selector))
            {
                throw new ArgumentException("DeploymentListOptions.LabelSelector must not be empty or white space; leave it null instead.", nameof(options));
            }

            query.Add(new("label_selector", selector));
        }

        AddList(query, "app_guids", options.AppGuids, static value => value, nameof(DeploymentListOptions.AppGuids));
        AddList(query, "guids", options.Guids, static value => value, nameof(DeploymentListOptions.Guids));
        AddList(query, "states", options.States, static value => value.Value, nameof(DeploymentListOptions.States));
        AddList(query, "status_reasons", options.StatusReasons, static value => value.Value, nameof(DeploymentListOptions.StatusReasons));
        AddList(query, "status_values", options.StatusValues, static value => value.Value, nameof(DeploymentListOptions.StatusValues));
        AddTimestamps(query, "created_ats", options.CreatedAts, nameof(DeploymentListOptions.CreatedAts));
        AddTimestamps(query, "updated_ats", options.UpdatedAts, nameof(DeploymentListOptions.UpdatedAts));
        return query;
    }

    private static void AddList<T>(
        List<KeyValuePair<string, string>> query, string name, IList<T>? values, Func<T, string?> format, string property)
    {
        if (values is null || values.Count == 0)
        {
            return;
        }

        var texts = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var text = format(values[i]);
            if (string.IsNullOrWhiteSpace(text) || text.Contains(',', StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"DeploymentListOptions.{property}[{i}] must not be empty or contain a comma (the list is sent comma-separated).",
                    "options");
            }

            texts[i] = text;
        }

        query.Add(new(name, string.Join(',', texts)));
    }

    private static void AddTimestamps(List<KeyValuePair<string, string>> query, string name, TimestampFilter? filter, string property)
    {
        if (filter is null)
        {
            return;
        }

        var hasRelational = filter.LessThan is not null || filter.LessThanOrEqual is not null
            || filter.GreaterThan is not null || filter.GreaterThanOrEqual is not null;
        if (filter.EqualTo is { Count: > 0 } instants)
        {
            if (hasRelational)
            {
                throw new ArgumentException(
                    $"DeploymentListOptions.{property}: Cloud Foundry takes either a list of instants (EqualTo) or relational bounds, not both.",
                    "options");
            }

            query.Add(new(name, string.Join(',', instants.Select(instant => Timestamp(instant, property)))));
            return;
        }

        AddBound(query, name, "lt", filter.LessThan, property);
        AddBound(query, name, "lte", filter.LessThanOrEqual, property);
        AddBound(query, name, "gt", filter.GreaterThan, property);
        AddBound(query, name, "gte", filter.GreaterThanOrEqual, property);
    }

    private static void AddBound(List<KeyValuePair<string, string>> query, string name, string op, DateTimeOffset? bound, string property)
    {
        if (bound is { } instant)
        {
            query.Add(new($"{name}[{op}]", Timestamp(instant, property)));
        }
    }

    /// <summary>Cloud Foundry's timestamp format, <c>YYYY-MM-DDThh:mm:ssZ</c>; it rejects fractions of a second.</summary>
    private static string Timestamp(DateTimeOffset instant, string property)
    {
        if (instant.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentException(
                $"DeploymentListOptions.{property}: {instant:O} has a fraction of a second; Cloud Foundry filters on whole seconds only.",
                "options");
        }

        return CloudFoundryTimestampConverter.Format(instant);
    }

    /// <summary>Rejects what Cloud Foundry would reject with 422, before sending.</summary>
    internal static void ValidateCreate(CreateDeploymentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string Param = nameof(request);
        if (string.IsNullOrWhiteSpace(request.Relationships?.App?.Data?.Guid))
        {
            throw new ArgumentException("CreateDeploymentRequest.Relationships.App.Data.Guid (the app to deploy) is required.", Param);
        }

        if (request.Droplet is not null && request.Revision is not null)
        {
            throw new ArgumentException("CreateDeploymentRequest: set Droplet or Revision, not both.", Param);
        }

        if (request.Droplet is { } droplet && string.IsNullOrWhiteSpace(droplet.Guid))
        {
            throw new ArgumentException("CreateDeploymentRequest.Droplet.Guid must not be empty; leave Droplet null to deploy the app's current droplet.", Param);
        }

        if (request.Revision is { } revision && string.IsNullOrWhiteSpace(revision.Guid))
        {
            throw new ArgumentException("CreateDeploymentRequest.Revision.Guid must not be empty.", Param);
        }

        if (request.Options is not { } options)
        {
            return;
        }

        if (options.MaxInFlight is < 1)
        {
            throw new ArgumentOutOfRangeException(Param, options.MaxInFlight, "CreateDeploymentRequest.Options.MaxInFlight must be 1 or more.");
        }

        if (options.WebInstances is < 0)
        {
            throw new ArgumentOutOfRangeException(Param, options.WebInstances, "CreateDeploymentRequest.Options.WebInstances must be 0 or more.");
        }

        if (options.MemoryInMb is < 1)
        {
            throw new ArgumentOutOfRangeException(Param, options.MemoryInMb, "CreateDeploymentRequest.Options.MemoryInMb must be greater than 0.");
        }

        if (options.DiskInMb is < 1)
        {
            throw new ArgumentOutOfRangeException(Param, options.DiskInMb, "CreateDeploymentRequest.Options.DiskInMb must be greater than 0.");
        }

        if (options.LogRateLimitInBytesPerSecond is < -1)
        {
            throw new ArgumentOutOfRangeException(
                Param, options.LogRateLimitInBytesPerSecond, "CreateDeploymentRequest.Options.LogRateLimitInBytesPerSecond must be -1 (unlimited) or more.");
        }

        if (options.Canary is not { } canary)
        {
            return;
        }

        if (request.Strategy != DeploymentStrategy.Canary)
        {
            throw new ArgumentException("CreateDeploymentRequest.Options.Canary is only valid with Strategy = DeploymentStrategy.Canary.", Param);
        }

        var previous = 0;
        for (var i = 0; i < (canary.Steps?.Count ?? 0); i++)
        {
            var weight = canary.Steps![i]?.InstanceWeight;
            if (weight is not (>= 1 and <= 100))
            {
                throw new ArgumentOutOfRangeException(
                    Param, weight, $"CreateDeploymentRequest.Options.Canary.Steps[{i}].InstanceWeight must be between 1 and 100.");
            }

            if (weight < previous)
            {
                throw new ArgumentException(
                    $"CreateDeploymentRequest.Options.Canary.Steps must be in ascending order of InstanceWeight: step {i} ({weight}) is below step {i - 1} ({previous}).",
                    Param);
            }

            previous = weight.Value;
        }
    }
}
