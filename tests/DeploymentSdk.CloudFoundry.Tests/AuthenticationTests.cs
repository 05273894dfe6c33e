using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests;

public sealed class AuthenticationTests
{
    private const string Guid = "59c3d133-2b83-46f3-960e-7765a129aea4";

    [Fact]
    public async Task A_token_printed_by_cf_oauth_token_is_sent_as_a_bearer_token()
    {
        using var host = CfTestHost.Start(options => options.Token = "bearer eyJhbGciOi.x.y");
        host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));

        await host.Deployments.GetAsync(Guid);

        Assert.Equal("Bearer eyJhbGciOi.x.y", Assert.Single(host.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task The_token_is_not_sent_to_a_next_page_on_another_origin()
    {
        using var other = WireMockServer.Start();
        using var host = CfTestHost.Start();
        host.Server.Given(Request.Create().UsingGet())
            .RespondWith(JsonAnswer(200, ListPage(2, "d-1", $"{other.Url}/v3/deployments?page=2&per_page=1")));
        other.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, ListPage(2, "d-2", next: null)));

        var guids = new List<string?>();
        await foreach (var deployment in host.Deployments.ListAsync())
        {
            guids.Add(deployment.Guid);
        }

        Assert.Equal(["d-1", "d-2"], guids);
        Assert.Equal($"Bearer {CfTestHost.Token}", Assert.Single(host.Requests).Header("Authorization"));
        Assert.Null(Assert.Single(other.LogEntries).RequestMessage!.Header("Authorization"));
    }

    [Fact]
    public async Task The_token_is_not_sent_along_a_redirect_to_another_origin()
    {
        using var other = WireMockServer.Start();
        using var host = CfTestHost.Start();
        host.Server.Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithStatusCode(307).WithHeader("Location", $"{other.Url}/v3/deployments/{Guid}"));
        other.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));

        var deployment = await host.Deployments.GetAsync(Guid);

        Assert.Equal(Guid, deployment.Guid);
        Assert.Equal($"Bearer {CfTestHost.Token}", Assert.Single(host.Requests).Header("Authorization"));
        Assert.Null(Assert.Single(other.LogEntries).RequestMessage!.Header("Authorization"));
    }

    [Fact]
    public async Task Concurrent_requests_rejected_with_InvalidAuthToken_share_one_renewal_and_are_sent_again()
    {
        // The delegate is asked before every request; the callers all hold token-1 when it is rejected.
        const int Callers = 8;
        var calls = 0;
        var allAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = CfTestHost.Start(options =>
        {
            options.Token = null;
            options.TokenProvider = async _ =>
            {
                var call = Interlocked.Increment(ref calls);
                if (call > Callers)
                {
                    return "token-2";
                }

                if (call == Callers)
                {
                    allAsked.SetResult();
                }

                await allAsked.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "token-1";
            };
        });
        host.Server.Given(Request.Create().UsingGet().WithHeader("Authorization", "Bearer token-1"))
            .RespondWith(JsonAnswer(401, Fixture.Read("Errors/invalid-auth-token.json")).WithDelay(50));
        host.Server.Given(Request.Create().UsingGet().WithHeader("Authorization", "Bearer token-2"))
            .RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));

        var deployments = host.Deployments;
        var results = await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(() => deployments.GetAsync(Guid))));

        Assert.All(results, deployment => Assert.Equal(Guid, deployment.Guid));
        Assert.Equal(Callers + 1, calls);
        var tokens = host.Requests.Select(request => request.Header("Authorization")).ToArray();
        Assert.Equal(Callers, tokens.Count(token => token == "Bearer token-1"));
        Assert.Equal(Callers, tokens.Count(token => token == "Bearer token-2"));
    }

    [Fact]
    public async Task A_static_token_that_is_rejected_fails_without_a_second_request()
    {
        using var host = CfTestHost.Start();
        host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(401, Fixture.Read("Errors/invalid-auth-token.json")));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => host.Deployments.GetAsync(Guid));

        Assert.Equal(ApiErrorKind.Unauthorized, error.Kind);
        Assert.Equal(["CF-InvalidAuthToken"], error.ErrorCodes);
        Assert.Equal("Invalid Auth Token", Assert.Single(error.Errors).Detail);
        Assert.Single(host.Requests);
        Assert.DoesNotContain(CfTestHost.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_that_is_not_InvalidAuthToken_does_not_renew_the_token()
    {
        var calls = 0;
        using var host = CfTestHost.Start(options =>
        {
            options.Token = null;
            options.TokenProvider = _ => ValueTask.FromResult<string?>($"token-{Interlocked.Increment(ref calls)}");
        });
        host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(401, Fixture.Read("Errors/not-authenticated.json")));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => host.Deployments.GetAsync(Guid));

        Assert.Equal(["CF-NotAuthenticated"], error.ErrorCodes);
        Assert.Equal(1, calls);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task A_renewed_token_that_is_rejected_again_is_not_renewed_in_a_loop()
    {
        var calls = 0;
        using var host = CfTestHost.Start(options =>
        {
            options.Token = null;
            options.TokenProvider = _ => ValueTask.FromResult<string?>($"token-{Interlocked.Increment(ref calls)}");
        });
        host.Server.Given(Request.Create().UsingPost()).RespondWith(JsonAnswer(401, Fixture.Read("Errors/invalid-auth-token.json")));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => host.Deployments.CreateAsync(new CreateDeploymentRequest("app")));

        Assert.Equal(ApiErrorKind.Unauthorized, error.Kind);
        Assert.Equal(["CF-InvalidAuthToken"], error.ErrorCodes);
        Assert.Equal(2, calls);
        Assert.Collection(
            host.Requests,
            first => Assert.Equal("Bearer token-1", first.Header("Authorization")),
            second =>
            {
                Assert.Equal("Bearer token-2", second.Header("Authorization"));
                Assert.Equal("""{"relationships":{"app":{"data":{"guid":"app"}}}}""", second.Body);
            });
    }

    [Fact]
    public async Task A_token_source_service_is_asked_again_shortly_before_its_token_expires()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var source = new CountingTokenSource(time, TimeSpan.FromMinutes(10));
        using var host = CfTestHost.Start(
            options => options.Token = null,
            services => services.AddSingleton<ICloudFoundryTokenSource>(source).AddSingleton<TimeProvider>(time));
        host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));

        await host.Deployments.GetAsync(Guid);
        time.Advance(TimeSpan.FromMinutes(8));
        await host.Deployments.GetAsync(Guid);
        time.Advance(TimeSpan.FromMinutes(1.5));
        await host.Deployments.GetAsync(Guid);

        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], host.Requests.Select(request => request.Header("Authorization")));
    }

    [Fact]
    public async Task A_failing_token_source_fails_the_call_and_is_asked_again_by_the_next_one()
    {
        var calls = 0;
        using var host = CfTestHost.Start(options =>
        {
            options.Token = null;
            options.TokenProvider = _ => Interlocked.Increment(ref calls) == 1
                ? throw new InvalidOperationException("UAA is down")
                : ValueTask.FromResult<string?>("token-2");
        });
        host.Server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Deployments.GetAsync(Guid));
        await host.Deployments.GetAsync(Guid);

        Assert.Equal("UAA is down", error.Message);
        Assert.Equal("Bearer token-2", Assert.Single(host.Requests).Header("Authorization"));
    }

    [Fact]
    public void A_token_never_shows_in_its_text()
    {
        var token = new CloudFoundryAccessToken("bearer secret-value", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("secret-value", token.Value);
        Assert.DoesNotContain("secret", token.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CloudFoundryAccessToken("bearer  "));
    }

    private sealed class CountingTokenSource(TimeProvider time, TimeSpan lifetime) : ICloudFoundryTokenSource
    {
        private int _calls;

        public ValueTask<CloudFoundryAccessToken> GetTokenAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new CloudFoundryAccessToken($"token-{Interlocked.Increment(ref _calls)}", time.GetUtcNow() + lifetime));
    }
}
