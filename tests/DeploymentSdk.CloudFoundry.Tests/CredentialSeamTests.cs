using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.Server;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests;

/// <summary>Cloud Foundry's credentials through the core token source: reload, per-request delegate, UAA pacing.</summary>
public sealed class CredentialSeamTests : IDisposable
{
    private const string Guid = "59c3d133-2b83-46f3-960e-7765a129aea4";
    private readonly WireMockServer _uaa = WireMockServer.Start();

    public void Dispose()
    {
        _uaa.Stop();
        _uaa.Dispose();
    }

    [Fact]
    public async Task A_static_token_is_read_again_after_a_configuration_reload()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Address"] = server.Url,
            ["Token"] = "before-reload",
        }).Build();
        await using var provider = new ServiceCollection().AddCloudFoundryClient(configuration).Services.BuildServiceProvider();
        var deployments = provider.GetRequiredService<ICloudFoundryDeploymentsClient>();

        await deployments.GetAsync(Guid);
        configuration["Token"] = "after-reload";
        configuration.Reload();
        await deployments.GetAsync(Guid);

        Assert.Equal(
            ["Bearer before-reload", "Bearer after-reload"],
            server.LogEntries.Select(entry => entry.RequestMessage!).OrderBy(r => r.DateTime).Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task The_token_provider_is_asked_before_every_request()
    {
        var calls = 0;
        using var host = CfTestHost.Start(options =>
        {
            options.Token = null;
            options.TokenProvider = _ => ValueTask.FromResult<string?>($"token-{Interlocked.Increment(ref calls)}");
        });
        host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));

        for (var i = 0; i < 3; i++)
        {
            await host.Deployments.GetAsync(Guid);
        }

        Assert.Equal(["Bearer token-1", "Bearer token-2", "Bearer token-3"], host.Requests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task The_request_timeout_is_a_CloudFoundryApiException_of_kind_Timeout_and_caller_cancellation_stays_cancellation()
    {
        using var impatient = CfTestHost.Start(options => options.RequestTimeout = TimeSpan.FromMilliseconds(200));
        impatient.Server.Given(Request.Create().UsingGet())
            .RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")).WithDelay(TimeSpan.FromSeconds(5)));
        using var patient = CfTestHost.Start();
        patient.Server.Given(Request.Create().UsingGet())
            .RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")).WithDelay(TimeSpan.FromSeconds(5)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var timeout = await Assert.ThrowsAsync<CloudFoundryApiException>(() => impatient.Deployments.GetAsync(Guid));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => patient.Deployments.GetAsync(Guid, cancel.Token));

        Assert.Equal(ApiErrorKind.Timeout, timeout.Kind);
        Assert.Equal(0, timeout.Status);
        Assert.IsType<TimeoutException>(timeout.InnerException);
        Assert.Contains($"GET /v3/deployments/{Guid} did not complete within 0.2 s", timeout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",\"expires_in\":0")]
    [InlineData(",\"expires_in\":-30")]
    [InlineData("")]
    public async Task A_uaa_token_of_unknown_lifetime_serves_200_calls_with_one_uaa_request(string expiresIn)
    {
        _uaa.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(JsonAnswer(200, $$"""{"access_token":"at-1","token_type":"bearer"{{expiresIn}}}"""));
        using var host = StartWithUaa(time: null);
        host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));
        var deployments = host.Deployments;

        for (var batch = 0; batch < 10; batch++)
        {
            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => deployments.GetAsync(Guid)));
        }

        Assert.Equal(200, host.Server.LogEntries.Count());
        Assert.All(host.Requests, r => Assert.Equal("Bearer at-1", r.Header("Authorization")));
        Assert.Single(_uaa.LogEntries);
    }

    [Fact]
    public async Task A_uaa_that_fails_at_once_is_asked_once_per_pacing_interval()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        _uaa.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(JsonAnswer(500, """{"error":"server_error","error_description":"down"}"""));
        using var host = StartWithUaa(time);
        var deployments = host.Deployments;

        for (var i = 0; i < 50; i++)
        {
            var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => deployments.GetAsync(Guid));
            Assert.Equal("/oauth/token", error.RequestPath);
        }

        Assert.Single(_uaa.LogEntries);
        time.Advance(TimeSpan.FromSeconds(4));
        await Assert.ThrowsAsync<CloudFoundryApiException>(() => deployments.GetAsync(Guid));
        Assert.Single(_uaa.LogEntries);

        time.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 50; i++)
        {
            await Assert.ThrowsAsync<CloudFoundryApiException>(() => deployments.GetAsync(Guid));
        }

        Assert.Equal(2, _uaa.LogEntries.Count());
        Assert.Empty(host.Server.LogEntries);
    }

    [Fact]
    public async Task A_uaa_token_rejected_again_and_again_costs_at_most_two_uaa_requests_per_interval()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var issued = 0;
        _uaa.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(_ => $$"""{"access_token":"at-{{Interlocked.Increment(ref issued)}}","token_type":"bearer","expires_in":600}"""));
        using var host = StartWithUaa(time);
        host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(401, Fixture.Read("Errors/invalid-auth-token.json")));
        var deployments = host.Deployments;

        for (var i = 0; i < 20; i++)
        {
            var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => deployments.GetAsync(Guid));
            Assert.Equal(ApiErrorKind.Unauthorized, error.Kind);
        }

        // The first token, then one renewal after its rejection; every later rejection within the interval stands.
        Assert.Equal(2, _uaa.LogEntries.Count());
        Assert.Equal(21, host.Server.LogEntries.Count());
    }

    private CfTestHost StartWithUaa(FakeTimeProvider? time) => CfTestHost.Start(
        options => options.Token = null,
        services =>
        {
            if (time is not null)
            {
                services.AddSingleton<TimeProvider>(time);
            }

            services.AddCloudFoundryUaaTokenSource(options =>
            {
                options.UaaAddress = new Uri(_uaa.Url!);
                options.ClientId = "deployer";
                options.ClientSecret = "deployer-secret-9f8e";
            });
        });
}
