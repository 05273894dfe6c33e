using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.CloudFoundry.Tests.Resources;

/// <summary>Every resource kind maps Cloud Foundry's error envelope to <see cref="CloudFoundryApiException"/>.</summary>
public sealed class ResourceErrorTests : IDisposable
{
    private const string Guid = "885735b5-aea4-4cf5-8e44-961af0e41920";
    private readonly CfTestHost _host = CfTestHost.Start();

    public void Dispose() => _host.Dispose();

    public static TheoryData<string, int> KindsAndStatuses()
    {
        var data = new TheoryData<string, int>();
        foreach (var kind in Calls.Keys)
        {
            foreach (var status in new[] { 404, 422, 503 })
            {
                data.Add(kind, status);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, (string Path, Func<CfTestHost, Task> Call)> Calls = new()
    {
        ["organization"] = ($"/v3/organizations/{Guid}", host => host.Organizations().GetAsync(Guid)),
        ["organizations"] = ("/v3/organizations", host => Drain(host.Organizations().ListAsync())),
        ["space"] = ($"/v3/spaces/{Guid}", host => host.Spaces().GetAsync(Guid)),
        ["spaces"] = ("/v3/spaces", host => Drain(host.Spaces().ListAsync())),
        ["app"] = ($"/v3/apps/{Guid}", host => host.Apps().GetAsync(Guid)),
        ["apps"] = ("/v3/apps", host => Drain(host.Apps().ListAsync())),
        ["droplet"] = ($"/v3/droplets/{Guid}", host => host.Droplets().GetAsync(Guid)),
        ["current droplet"] = ($"/v3/apps/{Guid}/droplets/current", host => host.Droplets().GetCurrentForAppAsync(Guid)),
        ["droplets"] = ($"/v3/apps/{Guid}/droplets", host => Drain(host.Droplets().ListForAppAsync(Guid))),
        ["revision"] = ($"/v3/revisions/{Guid}", host => host.Revisions().GetAsync(Guid)),
        ["revisions"] = ($"/v3/apps/{Guid}/revisions", host => Drain(host.Revisions().ListForAppAsync(Guid))),
        ["deployed revisions"] = ($"/v3/apps/{Guid}/revisions/deployed", host => Drain(host.Revisions().ListDeployedForAppAsync(Guid))),
        ["process"] = ($"/v3/processes/{Guid}", host => host.Processes().GetAsync(Guid)),
        ["processes"] = ($"/v3/apps/{Guid}/processes", host => Drain(host.Processes().ListForAppAsync(Guid))),
        ["process stats"] = ($"/v3/processes/{Guid}/stats", host => host.Processes().GetStatsAsync(Guid)),
        ["audit events"] = ("/v3/audit_events", host => Drain(host.AuditEvents().ListAsync())),
    };

    [Theory]
    [MemberData(nameof(KindsAndStatuses))]
    public async Task An_error_answer_is_a_CloudFoundryApiException_with_its_status_kind_and_errors(string kind, int status)
    {
        var (path, call) = Calls[kind];
        var title = status switch { 404 => "CF-ResourceNotFound", 422 => "CF-UnprocessableEntity", _ => "CF-ServiceUnavailable" };
        _host.Server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(
            Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
                // Retry-After 0 keeps the retries of a 503 read immediate.
                .WithHeader("Retry-After", "0")
                .WithBody($$"""{ "errors": [ { "detail": "{{kind}} failed", "title": "{{title}}", "code": 10010 } ] }"""));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => call(_host));

        Assert.Equal(status, error.Status);
        Assert.Equal(status switch { 404 => ApiErrorKind.NotFound, 422 => ApiErrorKind.BadRequest, _ => ApiErrorKind.ServerError }, error.Kind);
        Assert.Equal("GET", error.Method);
        Assert.Equal(path, error.RequestPath);
        Assert.Equal([title], error.ErrorCodes);
        Assert.Equal($"{kind} failed", Assert.Single(error.Errors).Detail);
        Assert.DoesNotContain(CfTestHost.Token, error.Message, StringComparison.Ordinal);

        // A read is safe to repeat: a 503 is retried (three times), a 404 or 422 is final.
        Assert.Equal(status == 503 ? 4 : 1, _host.Requests.Count);
    }

    private static async Task Drain<T>(AsyncPageable<T> list)
    {
        await foreach (var _ in list)
        {
        }
    }
}
