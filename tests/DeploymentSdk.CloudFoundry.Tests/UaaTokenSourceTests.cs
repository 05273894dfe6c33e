using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.Server;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests;

public sealed class UaaTokenSourceTests : IDisposable
{
    private const string Guid = "59c3d133-2b83-46f3-960e-7765a129aea4";
    private readonly WireMockServer _uaa = WireMockServer.Start();

    public void Dispose()
    {
        _uaa.Stop();
        _uaa.Dispose();
    }

    [Fact]
    public async Task The_refresh_token_grant_is_used_and_a_rotated_refresh_token_is_kept()
    {
        _uaa.Given(Request.Create().WithPath("/oauth/token").UsingPost().WithBody("grant_type=refresh_token&refresh_token=rt-1"))
            .RespondWith(JsonAnswer(200, """{"access_token":"at-1","token_type":"bearer","expires_in":599,"refresh_token":"rt-2","scope":"cloud_controller.read","jti":"x"}"""));
        _uaa.Given(Request.Create().WithPath("/oauth/token").UsingPost().WithBody("grant_type=refresh_token&refresh_token=rt-2"))
            .RespondWith(JsonAnswer(200, """{"access_token":"at-2","token_type":"bearer","expires_in":599,"refresh_token":"rt-2"}"""));
        using var host = CfTestHost.Start(
            options => options.Token = null,
            services => services.AddCloudFoundryUaaTokenSource(options =>
            {
                options.UaaAddress = new Uri(_uaa.Url!);
                options.RefreshToken = "rt-1";
            }));
        host.Server.Given(Request.Create().UsingGet().WithHeader("Authorization", "Bearer at-1"))
            .RespondWith(JsonAnswer(401, Fixture.Read("Errors/invalid-auth-token.json")));
        host.Server.Given(Request.Create().UsingGet().WithHeader("Authorization", "Bearer at-2"))
            .RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));

        var deployment = await host.Deployments.GetAsync(Guid);

        Assert.Equal(Guid, deployment.Guid);
        var tokenRequests = _uaa.LogEntries.Select(entry => entry.RequestMessage!).OrderBy(request => request.DateTime).ToArray();
        Assert.Equal(["grant_type=refresh_token&refresh_token=rt-1", "grant_type=refresh_token&refresh_token=rt-2"], tokenRequests.Select(request => request.Body));
        Assert.All(tokenRequests, request =>
        {
            Assert.Equal("/oauth/token", request.RawPathAndQuery());
            Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("cf:")), request.Header("Authorization"));
            Assert.StartsWith("application/x-www-form-urlencoded", request.Header("Content-Type"), StringComparison.Ordinal);
            Assert.Equal("application/json", request.Header("Accept"));
        });
        Assert.Equal(["Bearer at-1", "Bearer at-2"], host.Requests.Select(request => request.Header("Authorization")));
    }

    [Fact]
    public async Task The_client_credentials_grant_authenticates_the_client_with_basic_auth()
    {
        _uaa.Given(Request.Create().WithPath("/uaa/oauth/token").UsingPost())
            .RespondWith(JsonAnswer(200, """{"access_token":"at-1","token_type":"bearer","expires_in":43199}"""));
        using var source = new UaaTokenSource(new UaaTokenSourceOptions
        {
            UaaAddress = new Uri($"{_uaa.Url}/uaa"),
            ClientId = "deploy-bot",
            ClientSecret = "s3cr:t",
        });

        var before = DateTimeOffset.UtcNow;
        var token = await source.GetTokenAsync();

        Assert.Equal("at-1", token.Value);
        Assert.InRange(token.ExpiresOn!.Value, before.AddSeconds(43199), DateTimeOffset.UtcNow.AddSeconds(43199));
        var request = Assert.Single(_uaa.LogEntries).RequestMessage!;
        Assert.Equal("/uaa/oauth/token", request.RawPathAndQuery());
        Assert.Equal("grant_type=client_credentials", request.Body);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("deploy-bot:s3cr%3At")), request.Header("Authorization"));
    }

    [Fact]
    public async Task A_rejected_grant_fails_the_call_as_unauthorized_without_echoing_the_body()
    {
        _uaa.Given(Request.Create().UsingPost())
            .RespondWith(JsonAnswer(401, """{"error":"invalid_token","error_description":"The token expired, was revoked, or the token ID is incorrect."}"""));
        using var host = CfTestHost.Start(
            options => options.Token = null,
            services => services.AddCloudFoundryUaaTokenSource(options =>
            {
                options.UaaAddress = new Uri(_uaa.Url!);
                options.RefreshToken = "revoked-rt-0001"; // not an English word: the redactor removes every known secret from messages
            }));

        var error = await Assert.ThrowsAsync<CloudFoundryApiException>(() => host.Deployments.GetAsync(Guid));

        Assert.Equal(ApiErrorKind.Unauthorized, error.Kind);
        Assert.Equal(["invalid_token"], error.ErrorCodes);
        Assert.Equal("The token expired, was revoked, or the token ID is incorrect.", Assert.Single(error.Errors).Detail);
        Assert.Null(error.ResponseBodyExcerpt);
        Assert.Equal("/oauth/token", error.RequestPath);
        Assert.DoesNotContain("revoked-rt-0001", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(host.Server.LogEntries);
    }

    [Fact]
    public async Task Works_without_dependency_injection()
    {
        _uaa.Given(Request.Create().UsingPost()).RespondWith(JsonAnswer(200, """{"access_token":"at-1","token_type":"bearer","expires_in":599}"""));
        using var api = WireMockServer.Start();
        api.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));
        using var source = new UaaTokenSource(new UaaTokenSourceOptions { UaaAddress = new Uri(_uaa.Url!), ClientId = "bot", ClientSecret = "x" });
        using var cf = CloudFoundryClient.Create(new CloudFoundryClientOptions { Address = new Uri(api.Url!) }, source);

        await cf.Deployments.GetAsync(Guid);

        Assert.Equal("Bearer at-1", Assert.Single(api.LogEntries).RequestMessage!.Header("Authorization"));
    }

    [Fact]
    public void Options_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Uaa:UaaAddress"] = "https://uaa.sys.example.com",
            ["Uaa:ClientId"] = "bot",
            ["Uaa:ClientSecret"] = "secret",
            ["Uaa:RequestTimeout"] = "00:00:05",
        }).Build();
        var services = new ServiceCollection();
        services.AddCloudFoundryUaaTokenSource(configuration.GetSection("Uaa"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<UaaTokenSourceOptions>>().Value;

        Assert.Equal(new Uri("https://uaa.sys.example.com"), options.UaaAddress);
        Assert.Equal("bot", options.ClientId);
        Assert.Equal("secret", options.ClientSecret);
        Assert.Null(options.RefreshToken);
        Assert.Equal(TimeSpan.FromSeconds(5), options.RequestTimeout);
        Assert.IsType<UaaTokenSource>(provider.GetRequiredService<ICloudFoundryTokenSource>());
    }

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new UaaTokenSourceOptions();

        Assert.Null(options.UaaAddress);
        Assert.Equal("cf", options.ClientId);
        Assert.Null(options.ClientSecret);
        Assert.Null(options.RefreshToken);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
    }

    [Theory]
    [InlineData("UaaTokenSourceOptions.UaaAddress is required", null, "rt", null)]
    [InlineData("must be an absolute http or https address", "ftp://uaa.example.org", "rt", null)]
    [InlineData("Set UaaTokenSourceOptions.RefreshToken (refresh_token grant) or UaaTokenSourceOptions.ClientSecret", "https://uaa.example.org", null, null)]
    public void Invalid_options_name_the_option(string expected, string? address, string? refreshToken, string? secret)
    {
        var error = Assert.Throws<OptionsValidationException>(() => new UaaTokenSource(new UaaTokenSourceOptions
        {
            UaaAddress = address is null ? null : new Uri(address),
            RefreshToken = refreshToken,
            ClientSecret = secret,
        }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_uaa_value_from_configuration_names_its_key_and_one_from_code_says_so()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Uaa:UaaAddress"] = "ftp://uaa.example.org",
            ["Uaa:RefreshToken"] = "rt-config-0001",
        }).Build();
        var services = new ServiceCollection();
        services.AddCloudFoundryUaaTokenSource(configuration.GetSection("Uaa"), o => o.RequestTimeout = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<UaaTokenSourceOptions>>().Value);

        Assert.Contains("UaaTokenSourceOptions.UaaAddress (from configuration key 'Uaa:UaaAddress') 'ftp://uaa.example.org", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be an absolute http or https address", error.Message, StringComparison.Ordinal);
        Assert.Contains("UaaTokenSourceOptions.RequestTimeout (set in code) must be positive", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("rt-config-0001", error.Message, StringComparison.Ordinal);
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
