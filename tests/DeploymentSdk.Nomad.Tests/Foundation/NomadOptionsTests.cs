using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.Nomad.Tests;

public sealed class NomadOptionsTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new NomadClientOptions();

        Assert.Equal(new Uri("http://127.0.0.1:4646"), options.Address);
        Assert.Equal(TimeSpan.FromSeconds(60), options.RequestTimeout);
        Assert.Equal(256L * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(32, options.MaxConnectionsPerServer);
        Assert.Null(options.Token);
        Assert.Null(options.TokenProvider);
        Assert.Null(options.Region);
        Assert.Null(options.Namespace);
        Assert.False(options.SkipTlsVerify);
    }

    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["NOMAD_ADDR"] = "http://env-host:4646",
        ["NOMAD_TOKEN"] = "env-token",
        ["NOMAD_REGION"] = "env-region",
        ["NOMAD_NAMESPACE"] = "env-namespace",
        ["NOMAD_TLS_SERVER_NAME"] = "server.env.nomad",
        ["NOMAD_SKIP_VERIFY"] = "true",
    };

    [Fact]
    public void Defaults_are_documented_values()
    {
        var options = new NomadClientOptions();

        Assert.Equal(new Uri("http://127.0.0.1:4646"), options.Address);
        Assert.Null(options.Token);
        Assert.Null(options.Region);
        Assert.Null(options.Namespace);
        Assert.Null(options.CaCertificatePath);
        Assert.Null(options.ClientCertificatePath);
        Assert.Null(options.ClientKeyPath);
        Assert.Null(options.TlsServerName);
        Assert.False(options.SkipTlsVerify);
        Assert.Equal(TimeSpan.FromSeconds(60), options.RequestTimeout);
        Assert.Equal(256L * 1024 * 1024, options.MaxResponseBytes);
    }

    [Fact]
    public void Environment_variables_fill_every_option()
    {
        var options = Resolve(configuration: null, configure: null);

        Assert.Equal(new Uri("http://env-host:4646"), options.Address);
        Assert.Equal("env-token", options.Token);
        Assert.Equal("env-region", options.Region);
        Assert.Equal("env-namespace", options.Namespace);
        Assert.Equal("server.env.nomad", options.TlsServerName);
        Assert.True(options.SkipTlsVerify);
    }

    [Fact]
    public void Configuration_overrides_environment_and_code_overrides_both()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Address"] = "http://config-host:4646",
            ["Region"] = "config-region",
            ["Namespace"] = "config-namespace",
            ["RequestTimeout"] = "00:00:05",
        }).Build();

        var options = Resolve(configuration, o => o.Namespace = "code-namespace");

        Assert.Equal(new Uri("http://config-host:4646"), options.Address);
        Assert.Equal("config-region", options.Region);
        Assert.Equal("code-namespace", options.Namespace);
        Assert.Equal("env-token", options.Token);
        Assert.Equal(TimeSpan.FromSeconds(5), options.RequestTimeout);
    }

    [Theory]
    [InlineData("not a url", "is not an absolute URL")]
    [InlineData("ftp://nomad:21", "the scheme 'ftp' is not supported")]
    [InlineData("unix://", "has no socket path")]
    [InlineData("http://user:pw@nomad:4646", "must not carry user info")]
    public void Bad_address_fails_at_creation_naming_the_option(string address, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => NomadClient.Create(o => o.Address = new Uri(address, UriKind.RelativeOrAbsolute), static _ => null));

        Assert.Contains("NomadClientOptions.Address", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Half_configured_mutual_tls_fails_naming_the_missing_option()
    {
        var certificate = Path.GetTempFileName();
        try
        {
            var error = Assert.Throws<OptionsValidationException>(() => NomadClient.Create(
                o =>
                {
                    o.Address = new Uri("https://nomad:4646");
                    o.ClientCertificatePath = certificate;
                },
                static _ => null));

            Assert.Contains("ClientKeyPath (NOMAD_CLIENT_KEY)", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(certificate);
        }
    }

    [Fact]
    public void Tls_files_with_an_http_address_and_missing_files_are_reported_together()
    {
        var error = Assert.Throws<OptionsValidationException>(() => NomadClient.Create(
            o =>
            {
                o.Address = new Uri("http://nomad:4646");
                o.CaCertificatePath = "/no/such/ca.pem";
            },
            static _ => null));

        Assert.Contains("uses http but TLS files are configured", error.Message, StringComparison.Ordinal);
        Assert.Contains("'/no/such/ca.pem' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_skip_verify_variable_names_the_variable()
    {
        var error = Assert.Throws<FormatException>(() => NomadClient.Create(null, name => name == "NOMAD_SKIP_VERIFY" ? "yes" : null));

        Assert.Contains("NOMAD_SKIP_VERIFY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_runs_at_host_start_up()
    {
        var services = new ServiceCollection();
        services.AddNomadClient(o => o.RequestTimeout = TimeSpan.FromSeconds(-1));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<NomadClientOptions>>().Value);
        Assert.Contains("NomadClientOptions.RequestTimeout (", error.Message, StringComparison.Ordinal);
        Assert.Contains(") must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_and_validation_messages_never_show_the_token()
    {
        var options = new NomadClientOptions { Token = "super-secret-token\n" };

        Assert.DoesNotContain("super-secret", options.ToString(), StringComparison.Ordinal);
        var error = Assert.Throws<OptionsValidationException>(() => NomadClient.Create(o => o.Token = "super-secret-token\n", static _ => null));
        Assert.Contains("NomadClientOptions.Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("super-secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unix:///var/run/nomad.sock", "http://localhost/", "/var/run/nomad.sock")]
    [InlineData("https://nomad.example.com:4646", "https://nomad.example.com:4646/", null)]
    [InlineData("https://proxy.example.com/nomad", "https://proxy.example.com/nomad/", null)]
    public void Addresses_parse_to_a_base_address_and_socket(string address, string baseAddress, string? socket)
    {
        var parsed = NomadAddress.Parse(address);

        Assert.Equal(baseAddress, parsed.BaseAddress.AbsoluteUri);
        Assert.Equal(socket, parsed.UnixSocketPath);
    }

    private static NomadClientOptions Resolve(IConfiguration? configuration, Action<NomadClientOptions>? configure)
    {
        var services = new ServiceCollection();
        NomadServiceCollectionExtensions.AddNomadClient(services, configuration, configure, name => Environment.GetValueOrDefault(name));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<NomadClientOptions>>().Value;
    }
}
