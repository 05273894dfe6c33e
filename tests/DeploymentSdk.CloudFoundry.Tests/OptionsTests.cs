using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.Server;
using static DeploymentSdk.CloudFoundry.Tests.Answers;

namespace DeploymentSdk.CloudFoundry.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new CloudFoundryClientOptions();

        Assert.Null(options.Address);
        Assert.Equal(TimeSpan.FromSeconds(100), options.RequestTimeout);
        Assert.Equal(32L * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(32, options.MaxConnectionsPerServer);
        Assert.Null(options.Token);
        Assert.Null(options.TokenProvider);
    }

    private const string Guid = "59c3d133-2b83-46f3-960e-7765a129aea4";

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new CloudFoundryClientOptions();

        Assert.Null(options.Address);
        Assert.Null(options.Token);
        Assert.Null(options.TokenProvider);
        Assert.Equal(TimeSpan.FromSeconds(100), options.RequestTimeout);
        Assert.Equal(32L * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(CloudFoundryClientOptions.DefaultRequestTimeout, options.RequestTimeout);
        Assert.Equal(CloudFoundryClientOptions.DefaultMaxResponseBytes, options.MaxResponseBytes);
    }

    [Fact]
    public void Options_bind_from_configuration_and_code_wins()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CloudFoundry:Address"] = "https://api.sys.example.com",
            ["CloudFoundry:Token"] = "from-config",
            ["CloudFoundry:RequestTimeout"] = "00:00:30",
            ["CloudFoundry:MaxResponseBytes"] = "1048576",
        }).Build();
        var services = new ServiceCollection();

        services.AddCloudFoundryClient(configuration.GetSection("CloudFoundry"), options => options.MaxResponseBytes = 2048);
        using var provider = services.BuildServiceProvider();
        var bound = provider.GetRequiredService<IOptions<CloudFoundryClientOptions>>().Value;

        Assert.Equal(new Uri("https://api.sys.example.com"), bound.Address);
        Assert.Equal("from-config", bound.Token);
        Assert.Equal(TimeSpan.FromSeconds(30), bound.RequestTimeout);
        Assert.Equal(2048, bound.MaxResponseBytes);
        Assert.Null(bound.TokenProvider);
    }

    public static TheoryData<string, Action<CloudFoundryClientOptions>> InvalidOptions() => new()
    {
        { "CloudFoundryClientOptions.Address (set in code): an address is required", options => options.Address = null },
        { "is not an absolute URL", options => options.Address = new Uri("/v3", UriKind.Relative) },
        { "the scheme 'ftp' is not supported", options => options.Address = new Uri("ftp://api.example.org") },
        { "must not carry user info, a query or a fragment", options => options.Address = new Uri("https://api.example.org/?x=1") },
        { "must not carry user info, a query or a fragment", options => options.Address = new Uri("https://user:pw@api.example.org/") },
        { "No token: set CloudFoundryClientOptions.Token", options => options.Token = null },
        { "No token: set CloudFoundryClientOptions.Token", options => options.Token = "  " },
        {
            "CloudFoundryClientOptions.Token and CloudFoundryClientOptions.TokenProvider are both set",
            options => options.TokenProvider = _ => ValueTask.FromResult<string?>("x")
        },
        { "CloudFoundryClientOptions.RequestTimeout (set in code) must be positive", options => options.RequestTimeout = TimeSpan.Zero },
        { "CloudFoundryClientOptions.MaxResponseBytes (set in code) must be positive", options => options.MaxResponseBytes = 0 },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task Invalid_options_stop_the_host_at_start_with_a_message_naming_the_option(string expected, Action<CloudFoundryClientOptions> breakIt)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddCloudFoundryClient(options =>
        {
            options.Address = new Uri("https://api.example.org");
            options.Token = "token";
            breakIt(options);
        });
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_options_let_the_host_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddCloudFoundryClient(options =>
        {
            options.Address = new Uri("https://api.example.org");
            options.TokenProvider = _ => ValueTask.FromResult<string?>("token");
        });
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.NotNull(host.Services.GetRequiredService<ICloudFoundryDeploymentsClient>());
    }

    [Fact]
    public void A_token_source_service_and_an_options_token_together_are_rejected()
    {
        var services = new ServiceCollection()
            .AddSingleton<ICloudFoundryTokenSource>(new FixedTokenSource());
        services.AddCloudFoundryClient(options =>
        {
            options.Address = new Uri("https://api.example.org");
            options.Token = "token";
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CloudFoundryClientOptions>>().Value);

        Assert.Contains("An ICloudFoundryTokenSource service is registered and CloudFoundryClientOptions.Token is set too", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_without_dependency_injection_validates_the_options()
    {
        var error = Assert.Throws<OptionsValidationException>(() => CloudFoundryClient.Create(new CloudFoundryClientOptions { Token = "token" }));

        Assert.Contains("CloudFoundryClientOptions.Address (set in code): an address is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_without_dependency_injection_builds_the_same_pipeline()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));
        var options = new CloudFoundryClientOptions { Address = new Uri(server.Url!), Token = "bearer console-token" };

        using var cf = CloudFoundryClient.Create(options);
        options.Token = "changed-later";
        var deployment = await cf.Deployments.GetAsync(Guid);

        Assert.Equal(Guid, deployment.Guid);
        var request = Assert.Single(server.LogEntries).RequestMessage!;
        Assert.Equal("Bearer console-token", request.Header("Authorization"));
    }

    [Fact]
    public async Task Create_accepts_a_token_source()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));

        using var cf = CloudFoundryClient.Create(new CloudFoundryClientOptions { Address = new Uri(server.Url!) }, new FixedTokenSource());
        await cf.Deployments.GetAsync(Guid);

        Assert.Equal("Bearer from-source", Assert.Single(server.LogEntries).RequestMessage!.Header("Authorization"));
    }

    [Fact]
    public async Task Registering_twice_adds_the_configuration_but_not_a_second_pipeline()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));
        var services = new ServiceCollection();
        services.AddCloudFoundryClient(options => options.Address = new Uri(server.Url!));
        var builder = services.AddCloudFoundryClient(options => options.Token = "second");
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ICloudFoundryDeploymentsClient>().GetAsync(Guid);

        Assert.Equal(CloudFoundryServiceCollectionExtensions.HttpClientName, builder.Name);
        var request = Assert.Single(server.LogEntries).RequestMessage!;
        Assert.Equal("Bearer second", request.Header("Authorization"));
    }

    [Fact]
    public async Task An_api_address_with_a_path_keeps_it()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet()).RespondWith(JsonAnswer(200, Fixture.Read("Deployments/deployment-canary.json")));
        using var cf = CloudFoundryClient.Create(new CloudFoundryClientOptions { Address = new Uri($"{server.Url}/cf"), Token = "t" });

        await cf.Deployments.GetAsync(Guid);

        Assert.Equal($"/cf/v3/deployments/{Guid}", Assert.Single(server.LogEntries).RequestMessage!.RawPathAndQuery());
    }

    private sealed class FixedTokenSource : ICloudFoundryTokenSource
    {
        public ValueTask<CloudFoundryAccessToken> GetTokenAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new CloudFoundryAccessToken("from-source"));
    }

    [Fact]
    public void A_bad_value_from_configuration_names_its_key_and_one_from_code_says_so()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CloudFoundry:Address"] = "ftp://api.sys.example.com",
            ["CloudFoundry:Token"] = "t",
            ["CloudFoundry:RequestTimeout"] = "00:00:00",
            ["Foundations:Prod:Address"] = "https://api.sys.example.com",
            ["Foundations:Prod:Token"] = "t",
            ["Foundations:Prod:MaxResponseBytes"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddCloudFoundryClient(configuration.GetSection("CloudFoundry"));
        services.AddCloudFoundryClient("prod", configuration.GetSection("Foundations:Prod"), o => o.RequestTimeout = TimeSpan.FromSeconds(-5));
        using var provider = services.BuildServiceProvider();

        var unnamed = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ICloudFoundryDeploymentsClient>());
        var named = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<ICloudFoundryDeploymentsClient>("prod"));

        Assert.Contains("CloudFoundryClientOptions.Address (from configuration key 'CloudFoundry:Address')", unnamed.Message, StringComparison.Ordinal);
        Assert.Contains("CloudFoundryClientOptions.RequestTimeout (from configuration key 'CloudFoundry:RequestTimeout') must be positive", unnamed.Message, StringComparison.Ordinal);
        Assert.Contains("CloudFoundryClientOptions.MaxResponseBytes (from configuration key 'Foundations:Prod:MaxResponseBytes') must be positive", named.Message, StringComparison.Ordinal);
        Assert.Contains("CloudFoundryClientOptions.RequestTimeout (set in code) must be positive", named.Message, StringComparison.Ordinal);
    }
}
