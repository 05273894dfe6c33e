using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DeploymentSdk.Nomad.HealthChecks;

/// <summary>
/// Checks one Nomad region in two reads: the Raft leader (<c>GET /v1/status/leader</c>, which needs no token) and one
/// job of the namespace (<c>GET /v1/jobs?per_page=1&amp;stale=true</c>), which needs the token to be accepted.
/// </summary>
/// <remarks>
/// The job list proves what a deploying service needs (the token is known and may read jobs in its namespace) with
/// the smallest answer. <c>/v1/acl/token/self</c> was not used: it fails when ACLs are off and its answer carries the
/// token's secret. The read is stale so that any server answers, with its own leader contact, instead of failing while
/// the region elects a leader. Nothing the check reports carries the token: descriptions are written here, and the
/// SDK's exceptions are redacted before they are thrown.
/// </remarks>
internal sealed class NomadHealthCheck(IServiceProvider services, string? clientName, NomadHealthCheckOptions options) : IHealthCheck
{
    private readonly IServiceProvider _services = services;
    private readonly string? _clientName = clientName;
    private readonly NomadHealthCheckOptions _options = options;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failure = context.Registration.FailureStatus;

        INomadClient nomad;
        try
        {
            nomad = _clientName is null
                ? _services.GetRequiredService<INomadClient>()
                : _services.GetRequiredKeyedService<INomadClient>(_clientName);
        }
        catch (InvalidOperationException e)
        {
            return new HealthCheckResult(failure, $"No Nomad client {Describe(_clientName)} is registered.", e);
        }

        string leader;
        try
        {
            leader = await nomad.Status.GetLeaderAsync(new NomadQueryOptions { Region = _options.Region }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsFailure(e, cancellationToken))
        {
            return new HealthCheckResult(failure, $"Nomad did not answer the leader request: {Reason(e)}", e);
        }

        NomadQueryMeta meta;
        try
        {
            var query = new JobListOptions { Region = _options.Region, Namespace = _options.Namespace, AllowStale = true, PerPage = 1 };
            meta = await FirstPageMetaAsync(nomad, query, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException e) when (e.Kind is ApiErrorKind.Unauthorized or ApiErrorKind.PermissionDenied)
        {
            return new HealthCheckResult(
                failure,
                $"Nomad refused the token (HTTP {e.Status}): it must be a known token allowed to list jobs in the namespace.",
                e,
                Data(leader, null));
        }
        catch (Exception e) when (IsFailure(e, cancellationToken))
        {
            return new HealthCheckResult(failure, $"Nomad did not answer the job list request: {Reason(e)}", e, Data(leader, null));
        }

        var data = Data(leader, meta);
        if (leader.Length == 0)
        {
            return HealthCheckResult.Degraded("The Nomad region has no leader.", data: data);
        }

        if (!meta.KnownLeader)
        {
            return HealthCheckResult.Degraded("The answering Nomad server knows no leader.", data: data);
        }

        if (meta.LastContact > _options.MaxLastContact)
        {
            return HealthCheckResult.Degraded(
                string.Create(CultureInfo.InvariantCulture, $"The answering Nomad server last heard from the leader {meta.LastContact.TotalMilliseconds:0} ms ago (more than {_options.MaxLastContact.TotalMilliseconds:0} ms)."),
                data: data);
        }

        return HealthCheckResult.Healthy("Nomad has a leader and accepts the token.", data);
    }

    private static async Task<NomadQueryMeta> FirstPageMetaAsync(INomadClient nomad, JobListOptions query, CancellationToken cancellationToken)
    {
        await foreach (var page in nomad.Jobs.ListAsync(query).AsPages(null, 1).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            return page is NomadPage<JobListStub> nomadPage ? nomadPage.Meta : NomadQueryMeta.None;
        }

        return NomadQueryMeta.None;
    }

    // The caller's cancellation (the check's own timeout) is left to the health check service, which reports it.
    private static bool IsFailure(Exception e, CancellationToken cancellationToken) =>
        e is ApiException or TimeoutException or HttpRequestException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static string Reason(Exception e) => e switch
    {
        ApiException { Kind: ApiErrorKind.Timeout } => "the request timed out.",
        ApiException api when api.Status > 0 => string.Create(CultureInfo.InvariantCulture, $"HTTP {api.Status} ({api.Kind})."),
        ApiException api => $"{api.Kind} failure (no HTTP answer).",
        TimeoutException or OperationCanceledException => "the request timed out.",
        _ => "the connection failed.",
    };

    private static string Describe(string? clientName) => clientName is null ? "(the default INomadClient)" : $"named '{clientName}'";

    private static Dictionary<string, object> Data(string leader, NomadQueryMeta? meta)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["leader"] = leader };
        if (meta is not null)
        {
            data["knownLeader"] = meta.KnownLeader;
            data["lastContactMs"] = meta.LastContact.TotalMilliseconds;
        }

        return data;
    }
}
