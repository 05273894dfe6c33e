using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.Server;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests;

/// <summary>Cloud Foundry's credentials through the core token source (reload, per-request delegate) and its typed timeout.</summary>
public sealed class CredentialSeamTests
{
    private const string Guid = "59c3d133-2b83-46f3-960e-7765a129aea4";

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
}
