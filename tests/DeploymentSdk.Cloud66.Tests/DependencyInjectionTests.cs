using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static DeploymentSdk.Cloud66.Tests.Cloud66Server;

namespace DeploymentSdk.Cloud66.Tests;

public sealed class DependencyInjectionTests : IDisposable
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new Cloud66ClientOptions();

        Assert.Equal(new Uri("https://app.cloud66.com/api/3/"), options.Address);
        Assert.Equal(TimeSpan.FromSeconds(100), options.RequestTimeout);
        Assert.Equal(16L * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(32, options.MaxConnectionsPerServer);
        Assert.Null(options.Token);
        Assert.Null(options.TokenProvider);
    }

    private readonly WireMockServer _server = WireMockServer.Start();

    public DependencyInjectionTests() =>
        _server
            .Given(Request.Create().WithPath($"{ApiRoot}/stacks/{StackId}/deployments/107").UsingGet())
            .RespondWith(Response.Create().WithBody(Fixture("Deployments/get.json")));

    private Uri ApiBase => new(_server.Url + ApiRoot + "/");

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    [Fact]
    public void The_defaults_are_the_documented_values()
    {
        var options = new Cloud66ClientOptions();

        Assert.Equal(new Uri("https://app.cloud66.com/api/3/"), options.Address);
        Assert.Equal(TimeSpan.FromSeconds(100), options.RequestTimeout);
        Assert.Equal(16L * 1024 * 1024, options.MaxResponseBytes);
        Assert.Null(options.Token);
        Assert.Null(options.TokenProvider);
    }

    [Fact]
    public void Options_bind_from_a_configuration_section_and_explicit_settings_win()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cloud66:Address"] = "https://c66.example.com/api/3/",
            ["Cloud66:Token"] = "from-config",
            ["Cloud66:RequestTimeout"] = "00:00:30",
            ["Cloud66:MaxResponseBytes"] = "4096",
        }).Build();
        var services = new ServiceCollection();

        services.AddCloud66Client(configuration.GetSection("Cloud66"), o => o.MaxResponseBytes = 8192);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<Cloud66ClientOptions>>().Value;

        Assert.Equal(new Uri("https://c66.example.com/api/3/"), options.Address);
        Assert.Equal("from-config", options.Token);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
        Assert.Equal(8192, options.MaxResponseBytes);
    }

    public static TheoryData<string, Action<Cloud66ClientOptions>> InvalidOptions => new()
    {
        { "Cloud66ClientOptions.Token (or TokenProvider) is required", o => o.Token = null },
        { "Set only one of Cloud66ClientOptions.Token and Cloud66ClientOptions.TokenProvider", o => o.TokenProvider = _ => ValueTask.FromResult<string?>("x") },
        { "Cloud66ClientOptions.Token (set in code) contains a control character", o => o.Token = "abc\r\nX-Evil: 1" },
        { "Cloud66ClientOptions.Address (set in code): an address is required", o => o.Address = null! },
        { "is not an absolute URL", o => o.Address = new Uri("/api/3/", UriKind.Relative) },
        { "Cloud66ClientOptions.Address (set in code): the address must use https", o => o.Address = new Uri("http://app.cloud66.com/api/3/") },
        { "must not carry user info, a query or a fragment", o => o.Address = new Uri("https://app.cloud66.com/api/3/?x=1") },
        { "Cloud66ClientOptions.RequestTimeout (set in code) must be positive", o => o.RequestTimeout = TimeSpan.Zero },
        { "Cloud66ClientOptions.MaxResponseBytes (set in code) must be positive", o => o.MaxResponseBytes = 0 },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_fail_with_a_message_naming_the_option(string expected, Action<Cloud66ClientOptions> breakIt)
    {
        var services = new ServiceCollection();
        services.AddCloud66Client(o =>
        {
            o.Token = "secret-token-value";
            breakIt(o);
        });
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Cloud66ClientOptions>>().Value);

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_are_validated_when_the_host_starts()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddCloud66Client();
        using var host = builder.Build();

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Cloud66ClientOptions.Token", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_injected_facade_and_typed_client_reach_the_server_with_the_bearer_token()
    {
        var services = new ServiceCollection();
        services.AddCloud66Client(o =>
        {
            o.Address = ApiBase;
            o.Token = Token;
        });
        using var provider = services.BuildServiceProvider();

        var deployment = await provider.GetRequiredService<Cloud66Client>().Deployments.GetAsync(StackId, 107);

        Assert.Equal(107, deployment.Id);
        AssertSent(Assert.Single(RequestsOf(_server)), "GET", $"/stacks/{StackId}/deployments/107");
    }

    [Fact]
    public async Task A_token_provider_is_asked_before_each_request()
    {
        var calls = 0;
        var services = new ServiceCollection();
        services.AddCloud66Client(o =>
        {
            o.Address = ApiBase;
            o.TokenProvider = _ => ValueTask.FromResult<string?>($"rotated-{++calls}");
        });
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ICloud66DeploymentsClient>();

        await client.GetAsync(StackId, 107);
        await client.GetAsync(StackId, 107);

        var tokens = RequestsOf(_server).Select(r => Assert.Single(r.Headers!["Authorization"])).ToList();
        Assert.Equal(["Bearer rotated-1", "Bearer rotated-2"], tokens);
    }

    [Fact]
    public async Task The_returned_builder_adds_handlers_to_the_cloud66_client()
    {
        var services = new ServiceCollection();
        var builder = services.AddCloud66Client(o =>
        {
            o.Address = ApiBase;
            o.Token = Token;
        });
        builder.AddHttpMessageHandler(() => new HeaderHandler("X-Caller", "deploy-bot"));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ICloud66DeploymentsClient>().GetAsync(StackId, 107);

        Assert.Equal(Cloud66ServiceCollectionExtensions.HttpClientName, builder.Name);
        Assert.Equal("deploy-bot", Assert.Single(Assert.Single(RequestsOf(_server)).Headers!["X-Caller"]));
    }

    [Fact]
    public async Task Registering_twice_applies_both_configurations_and_sends_one_token()
    {
        var services = new ServiceCollection();
        services.AddCloud66Client(o => o.Address = ApiBase);
        services.AddCloud66Client(o => o.Token = Token);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ICloud66DeploymentsClient>().GetAsync(StackId, 107);

        AssertSent(Assert.Single(RequestsOf(_server)), "GET", $"/stacks/{StackId}/deployments/107");
    }

    [Fact]
    public async Task The_token_is_not_sent_to_another_origin_on_a_redirect()
    {
        using var elsewhere = WireMockServer.Start();
        elsewhere.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithBody(Fixture("Deployments/get.json")));
        _server.Given(Request.Create().WithPath($"{ApiRoot}/stacks/moved/deployments/107").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", elsewhere.Url + "/landing"));
        using var c66 = Cloud66Client.Create(new Cloud66ClientOptions { Address = ApiBase, Token = Token });

        await c66.Deployments.GetAsync("moved", 107);

        var landed = Assert.Single(RequestsOf(elsewhere));
        Assert.False(landed.Headers!.ContainsKey("Authorization"));
        Assert.Equal($"Bearer {Token}", Assert.Single(Assert.Single(RequestsOf(_server)).Headers!["Authorization"]));
    }

    [Fact]
    public async Task The_token_never_reaches_a_log_record()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddCloud66Client(o =>
        {
            o.Address = ApiBase;
            o.Token = Token;
        });
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ICloud66DeploymentsClient>().GetAsync(StackId, 107);

        var records = provider.GetRequiredService<FakeLogCollector>().GetSnapshot();
        // The SDK's per-request log names the request and logs no header at all, in its text or its structured state.
        Assert.Contains(records, r => r.Message.Contains($"HTTP GET /api/3/stacks/{StackId}/deployments/107 answered 200", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => $"{r.Message} {string.Join(";", r.StructuredState ?? [])}".Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public void ToString_says_whether_a_token_is_set_but_never_shows_it()
    {
        var options = new Cloud66ClientOptions { Token = Token };

        var text = options.ToString();

        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.Contains("Token = (set)", text, StringComparison.Ordinal);
        Assert.Contains("https://app.cloud66.com/api/3/", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_builds_a_working_client_from_a_copy_of_the_options()
    {
        var options = new Cloud66ClientOptions { Address = ApiBase, Token = Token };
        using var c66 = Cloud66Client.Create(options);
        options.Token = "changed-afterwards";

        var deployment = await c66.Deployments.GetAsync(StackId, 107);

        Assert.Equal(107, deployment.Id);
        AssertSent(Assert.Single(RequestsOf(_server)), "GET", $"/stacks/{StackId}/deployments/107");
    }

    [Fact]
    public void Create_rejects_invalid_options_at_once()
    {
        var e = Assert.Throws<OptionsValidationException>(() => Cloud66Client.Create(new Cloud66ClientOptions()));

        Assert.Contains("Cloud66ClientOptions.Token", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disposed_client_made_by_Create_no_longer_sends()
    {
        var c66 = Cloud66Client.Create(new Cloud66ClientOptions { Address = ApiBase, Token = Token });
        var deployments = c66.Deployments;

        c66.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => deployments.GetAsync(StackId, 107));
        Assert.Empty(_server.LogEntries);
    }

    private sealed class HeaderHandler(string name, string value) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(name, value);
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public void A_bad_value_from_configuration_names_its_key_and_one_from_code_says_so()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cloud66:Address"] = "http://app.cloud66.com/api/3/",
            ["Cloud66:Token"] = "t",
            ["Accounts:Ops:Token"] = "t",
            ["Accounts:Ops:RequestTimeout"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddCloud66Client(configuration.GetSection("Cloud66"));
        services.AddCloud66Client("ops", configuration.GetSection("Accounts:Ops"), o => o.MaxResponseBytes = 0);
        using var provider = services.BuildServiceProvider();

        var unnamed = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ICloud66DeploymentsClient>());
        var named = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<ICloud66DeploymentsClient>("ops"));

        Assert.Contains("Cloud66ClientOptions.Address (from configuration key 'Cloud66:Address'): the address must use https", unnamed.Message, StringComparison.Ordinal);
        Assert.Contains("Cloud66ClientOptions.RequestTimeout (from configuration key 'Accounts:Ops:RequestTimeout') must be positive", named.Message, StringComparison.Ordinal);
        Assert.Contains("Cloud66ClientOptions.MaxResponseBytes (set in code) must be positive", named.Message, StringComparison.Ordinal);
    }
}
