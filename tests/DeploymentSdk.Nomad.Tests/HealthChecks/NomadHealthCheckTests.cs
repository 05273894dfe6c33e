using DeploymentSdk.Nomad.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests;

/// <summary>The Nomad health check through the health check service, against a loopback WireMock server.</summary>
public sealed class NomadHealthCheckTests
{
    [Fact]
    public async Task Healthy_when_the_region_has_a_leader_and_the_token_lists_jobs()
    {
        using var server = new NomadTestServer();
        AnswerLeader(server, "\"10.0.0.1:4647\"");
        AnswerJobs(server);

        var entry = await RunAsync(server);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("Nomad has a leader and accepts the token.", entry.Description);
        Assert.Equal("10.0.0.1:4647", entry.Data["leader"]);
        Assert.Equal(true, entry.Data["knownLeader"]);
        Assert.Equal(12.0, entry.Data["lastContactMs"]);
        Assert.Null(entry.Exception);
        var requests = server.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(2, requests.Count);
        requests[0].AssertSent(server, "GET", "/v1/status/leader");
        requests[1].AssertSent(server, "GET", "/v1/jobs?stale=true&per_page=1");
        AssertNoToken(entry);
    }

    [Fact]
    public async Task Sends_the_region_and_namespace_of_the_options()
    {
        using var server = new NomadTestServer();
        AnswerLeader(server, "\"10.0.0.1:4647\"");
        AnswerJobs(server);

        var entry = await RunAsync(server, configure: o =>
        {
            o.Region = "eu-west";
            o.Namespace = "apps";
        });

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        var requests = server.Requests.Select(r => r.RequestMessage!).ToList();
        requests[0].AssertSent(server, "GET", "/v1/status/leader?region=eu-west");
        requests[1].AssertSent(server, "GET", "/v1/jobs?region=eu-west&namespace=apps&stale=true&per_page=1");
    }

    [Fact]
    public async Task Degraded_when_the_region_has_no_leader()
    {
        using var server = new NomadTestServer();
        AnswerLeader(server, "\"\"");
        AnswerJobs(server, knownLeader: "false", lastContact: "0");

        var entry = await RunAsync(server);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("The Nomad region has no leader.", entry.Description);
        Assert.Equal("", entry.Data["leader"]);
        Assert.Equal(false, entry.Data["knownLeader"]);
        AssertNoToken(entry);
    }

    [Fact]
    public async Task Degraded_when_the_answering_server_knows_no_leader()
    {
        using var server = new NomadTestServer();
        AnswerLeader(server, "\"10.0.0.1:4647\"");
        AnswerJobs(server, knownLeader: "false");

        var entry = await RunAsync(server);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("The answering Nomad server knows no leader.", entry.Description);
    }

    [Fact]
    public async Task Degraded_when_the_last_contact_with_the_leader_is_older_than_the_limit()
    {
        using var server = new NomadTestServer();
        AnswerLeader(server, "\"10.0.0.1:4647\"");
        AnswerJobs(server, lastContact: "2500");

        var entry = await RunAsync(server, configure: o => o.MaxLastContact = TimeSpan.FromSeconds(2));

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("The answering Nomad server last heard from the leader 2500 ms ago (more than 2000 ms).", entry.Description);
        Assert.Equal(2500.0, entry.Data["lastContactMs"]);
    }

    [Fact]
    public async Task Unhealthy_when_Nomad_refuses_the_token_and_the_token_it_echoes_is_not_reported()
    {
        using var server = new NomadTestServer();
        AnswerLeader(server, "\"10.0.0.1:4647\"");
        server.Server
            .Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(403).WithBody($"Permission denied: token {NomadTestServer.Token} not found"));

        var entry = await RunAsync(server);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("Nomad refused the token (HTTP 403): it must be a known token allowed to list jobs in the namespace.", entry.Description);
        var error = Assert.IsType<NomadApiException>(entry.Exception);
        Assert.Equal(ApiErrorKind.PermissionDenied, error.Kind);
        Assert.Equal("10.0.0.1:4647", entry.Data["leader"]);
        AssertNoToken(entry);
    }

    [Fact]
    public async Task Unhealthy_on_401()
    {
        using var server = new NomadTestServer();
        AnswerLeader(server, "\"10.0.0.1:4647\"");
        server.Server
            .Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("unauthorized"));

        var entry = await RunAsync(server);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("Nomad refused the token (HTTP 401)", entry.Description, StringComparison.Ordinal);
        AssertNoToken(entry);
    }

    [Fact]
    public async Task The_failure_status_of_the_options_is_reported_on_refusal()
    {
        using var server = new NomadTestServer();
        AnswerLeader(server, "\"10.0.0.1:4647\"");
        server.Server
            .Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(403).WithBody("Permission denied"));

        var entry = await RunAsync(server, configure: o => o.FailureStatus = HealthStatus.Degraded);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.IsType<NomadApiException>(entry.Exception);
    }

    [Fact]
    public async Task Unhealthy_when_the_connection_is_refused()
    {
        // Nothing listens on this loopback port: the address of a stopped server.
        var address = $"http://127.0.0.1:{NomadTestServer.FreePort()}";
        var services = new ServiceCollection().AddLogging();
        NomadServiceCollectionExtensions.AddNomadClient(services, null, o =>
        {
            o.Address = new Uri(address, UriKind.RelativeOrAbsolute);
            o.Token = NomadTestServer.Token;
        }, static _ => null);
        services.AddHealthChecks().AddNomad();

        var entry = await RunAsync(services, "nomad");

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("Nomad did not answer the leader request:", entry.Description, StringComparison.Ordinal);
        Assert.Equal(ApiErrorKind.Transport, Assert.IsAssignableFrom<ApiException>(entry.Exception).Kind);
        AssertNoToken(entry);
    }

    [Fact]
    public async Task Unhealthy_when_Nomad_does_not_answer_in_time()
    {
        using var server = new NomadTestServer();
        server.Server
            .Given(Request.Create().WithPath("/v1/status/leader").UsingGet())
            .RespondWith(Response.Create().WithBody("\"10.0.0.1:4647\"").WithDelay(TimeSpan.FromSeconds(3)));

        var entry = await RunAsync(server, client: o => o.RequestTimeout = TimeSpan.FromMilliseconds(100));

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("Nomad did not answer the leader request: the request timed out.", entry.Description);
        Assert.Equal(ApiErrorKind.Timeout, Assert.IsType<NomadApiException>(entry.Exception).Kind);
        Assert.IsType<TimeoutException>(entry.Exception!.InnerException);
        Assert.DoesNotContain(server.Requests, r => r.RequestMessage!.Path == "/v1/jobs");
        AssertNoToken(entry);
    }

    [Fact]
    public async Task Unhealthy_when_the_job_list_fails_with_a_server_error()
    {
        using var server = new NomadTestServer();
        AnswerLeader(server, "\"10.0.0.1:4647\"");
        server.Server
            .Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("rpc error: No cluster leader"));

        var entry = await RunAsync(server);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("Nomad did not answer the job list request: HTTP 500 (ServerError).", entry.Description);
        Assert.Equal("10.0.0.1:4647", entry.Data["leader"]);
    }

    [Fact]
    public async Task A_named_client_is_resolved_as_a_keyed_service()
    {
        using var server = new NomadTestServer();
        AnswerLeader(server, "\"10.0.0.1:4647\"");
        AnswerJobs(server);
        var services = new ServiceCollection().AddLogging();
        services.AddKeyedSingleton<INomadClient>("east", (_, _) => server.CreateClient());
        services.AddHealthChecks().AddNomad("east");

        var entry = await RunAsync(services, "nomad-east");

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_named_client_that_is_not_registered_is_reported_unhealthy()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHealthChecks().AddNomad("west");

        var entry = await RunAsync(services, "nomad-west");

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("No Nomad client named 'west' is registered.", entry.Description);
    }

    [Fact]
    public void The_registration_carries_the_name_tags_timeout_and_failure_status_of_the_options()
    {
        var services = new ServiceCollection();
        services.AddHealthChecks().AddNomad(configure: o =>
        {
            o.Name = "cluster";
            o.Tags.Add("ready");
            o.Timeout = TimeSpan.FromSeconds(7);
            o.FailureStatus = HealthStatus.Degraded;
        });
        services.AddHealthChecks().AddNomad();

        var registrations = services.BuildServiceProvider().GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value.Registrations.ToList();

        Assert.Equal(2, registrations.Count);
        Assert.Equal("cluster", registrations[0].Name);
        Assert.Equal(["ready"], registrations[0].Tags);
        Assert.Equal(TimeSpan.FromSeconds(7), registrations[0].Timeout);
        Assert.Equal(HealthStatus.Degraded, registrations[0].FailureStatus);
        Assert.Equal("nomad", registrations[1].Name);
        Assert.Empty(registrations[1].Tags);
        Assert.Equal(HealthStatus.Unhealthy, registrations[1].FailureStatus);
    }

    [Fact]
    public void The_options_defaults_are_the_documented_ones()
    {
        var options = new NomadHealthCheckOptions();

        Assert.Null(options.Name);
        Assert.Null(options.FailureStatus);
        Assert.Empty(options.Tags);
        Assert.Null(options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.MaxLastContact);
        Assert.Null(options.Region);
        Assert.Null(options.Namespace);
    }

    [Fact]
    public void Bad_arguments_throw_before_anything_is_registered()
    {
        var builder = new ServiceCollection().AddHealthChecks();

        Assert.Equal("clientName", Assert.Throws<ArgumentException>(() => builder.AddNomad(" ")).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddNomad(configure: o => o.MaxLastContact = TimeSpan.FromSeconds(-1))).ParamName);
        // A registration is added through Configure<HealthCheckServiceOptions>; none was.
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(Microsoft.Extensions.Options.IConfigureOptions<HealthCheckServiceOptions>));
    }

    private static void AnswerLeader(NomadTestServer server, string body) =>
        server.Server
            .Given(Request.Create().WithPath("/v1/status/leader").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(body));

    private static void AnswerJobs(NomadTestServer server, string knownLeader = "true", string lastContact = "12") =>
        server.Server
            .Given(Request.Create().WithPath("/v1/jobs").UsingGet())
            .RespondWith(Response.Create()
                .WithHeader("Content-Type", "application/json")
                .WithHeader("X-Nomad-Index", "42")
                .WithHeader("X-Nomad-KnownLeader", knownLeader)
                .WithHeader("X-Nomad-LastContact", lastContact)
                .WithBody("[]"));

    private static Task<HealthReportEntry> RunAsync(
        NomadTestServer server,
        Action<NomadClientOptions>? client = null,
        Action<NomadHealthCheckOptions>? configure = null)
    {
        var services = new ServiceCollection().AddLogging();
        NomadServiceCollectionExtensions.AddNomadClient(services, null, o =>
        {
            o.Address = new Uri(server.Url!);
            o.Token = NomadTestServer.Token;
            client?.Invoke(o);
        }, static _ => null);
        services.AddHealthChecks().AddNomad(configure: configure);
        return RunAsync(services, "nomad");
    }

    private static async Task<HealthReportEntry> RunAsync(IServiceCollection services, string name)
    {
        await using var provider = services.BuildServiceProvider();
        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return report.Entries[name];
    }

    private static void AssertNoToken(HealthReportEntry entry)
    {
        Assert.DoesNotContain(NomadTestServer.Token, entry.Description ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(NomadTestServer.Token, entry.Exception?.ToString() ?? "", StringComparison.Ordinal);
        Assert.All(entry.Data.Values, v => Assert.DoesNotContain(NomadTestServer.Token, v?.ToString() ?? "", StringComparison.Ordinal));
    }
}
