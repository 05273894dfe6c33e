using System.Collections.Concurrent;
using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace DeploymentSdk.Nomad.Tests.Reliability;

/// <summary>
/// TLS against a loopback Kestrel server whose certificate comes from a CA made in the test: refused by default,
/// accepted with the CA configured (option or NOMAD_CACERT), the client certificate presented when configured,
/// the configured server name checked, verification skipped only when explicitly asked, never downgraded to http.
/// </summary>
public sealed class TlsTests(TlsServerFixture tls) : IClassFixture<TlsServerFixture>
{
    private const string Token = NomadTestServer.Token;

    [Fact]
    public async Task By_default_a_certificate_from_an_unknown_ca_is_refused_once_and_nothing_is_sent()
    {
        using var client = ReliabilityClient.Create(tls.Url);
        var (before, handshakes) = (tls.Requests.Count, tls.Handshakes);

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        AssertRefused(error);
        Assert.Equal(before, tls.Requests.Count);
        Assert.Equal(handshakes + 1, tls.Handshakes); // a rejected certificate is not retried
    }

    [Fact]
    public async Task The_configured_ca_is_trusted_and_the_token_travels_inside_tls()
    {
        using var client = ReliabilityClient.Create(tls.Url, o => o.CaCertificatePath = tls.Certificates.CaPath);

        Assert.Equal("web", Assert.Single(await client.ReadAsync()).Id);

        var seen = tls.Last();
        Assert.Equal(Token, seen.Token);
        Assert.Null(seen.ClientCertificate);
    }

    [Fact]
    public async Task NOMAD_CACERT_is_trusted()
    {
        using var client = ReliabilityClient.Create(tls.Url, environment: Env(("NOMAD_CACERT", tls.Certificates.CaPath)));

        Assert.Single(await client.ReadAsync());
    }

    [Fact]
    public async Task An_unrelated_ca_is_not_trusted()
    {
        using var client = ReliabilityClient.Create(tls.Url, o => o.CaCertificatePath = tls.Certificates.OtherCaPath);

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        AssertRefused(error);
    }

    [Fact]
    public async Task The_client_certificate_is_presented_when_configured()
    {
        using var client = ReliabilityClient.Create(tls.Url, o =>
        {
            o.CaCertificatePath = tls.Certificates.CaPath;
            o.ClientCertificatePath = tls.Certificates.ClientCertificatePath;
            o.ClientKeyPath = tls.Certificates.ClientKeyPath;
        });

        await client.ReadAsync();

        Assert.Equal(tls.Certificates.Client.Thumbprint, tls.Last().ClientCertificate);
    }

    [Fact]
    public async Task NOMAD_CLIENT_CERT_and_NOMAD_CLIENT_KEY_present_the_client_certificate_to_a_server_that_requires_one()
    {
        using var client = ReliabilityClient.Create(tls.RequiringClientCertificateUrl, environment: Env(
            ("NOMAD_CACERT", tls.Certificates.CaPath),
            ("NOMAD_CLIENT_CERT", tls.Certificates.ClientCertificatePath),
            ("NOMAD_CLIENT_KEY", tls.Certificates.ClientKeyPath)));

        await client.ReadAsync();

        Assert.Equal(tls.Certificates.Client.Thumbprint, tls.Last().ClientCertificate);
    }

    [Fact]
    public async Task A_server_that_requires_a_client_certificate_refuses_a_client_without_one()
    {
        using var client = ReliabilityClient.Create(tls.RequiringClientCertificateUrl, o => o.CaCertificatePath = tls.Certificates.CaPath, fastRetries: true);
        var before = tls.Requests.Count;

        var (error, _) = await Within.ThrowsAsync<ApiException>(() => client.ReadAsync());

        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.Equal(before, tls.Requests.Count);
    }

    [Theory]
    [InlineData("option", true)]
    [InlineData("NOMAD_SKIP_VERIFY=true", true)]
    [InlineData("NOMAD_SKIP_VERIFY=1", true)]
    [InlineData("NOMAD_SKIP_VERIFY=false", false)]
    [InlineData("nothing", false)]
    public async Task Verification_is_skipped_only_when_explicitly_asked(string how, bool skipped)
    {
        using var client = how switch
        {
            "option" => ReliabilityClient.Create(tls.Url, o => o.SkipTlsVerify = true),
            "nothing" => ReliabilityClient.Create(tls.Url),
            _ => ReliabilityClient.Create(tls.Url, environment: Env(("NOMAD_SKIP_VERIFY", how.Split('=')[1]))),
        };

        if (skipped)
        {
            Assert.Single(await client.ReadAsync());
        }
        else
        {
            AssertRefused((await Within.ThrowsAsync<ApiException>(() => client.ReadAsync())).Error);
        }
    }

    [Theory]
    [InlineData(null, false)]                    // the certificate does not name 127.0.0.1
    [InlineData("server.global.nomad", true)]
    [InlineData("client.global.nomad", false)]
    public async Task The_configured_server_name_is_what_the_certificate_must_carry(string? serverName, bool accepted)
    {
        using var client = ReliabilityClient.Create(tls.NameOnlyUrl, o =>
        {
            o.CaCertificatePath = tls.Certificates.CaPath;
            o.TlsServerName = serverName;
        });

        if (accepted)
        {
            Assert.Single(await client.ReadAsync());
        }
        else
        {
            AssertRefused((await Within.ThrowsAsync<ApiException>(() => client.ReadAsync())).Error);
        }
    }

    [Fact]
    public async Task A_redirect_from_https_to_http_is_refused_and_the_token_never_goes_in_clear()
    {
        using var plain = new NomadTestServer();
        plain.Server.Given(Request.Create().WithPath("/v1/jobs")).RespondWith(Response.Create().WithBody("[]"));
        using var client = ReliabilityClient.Create(tls.Url, o => o.CaCertificatePath = tls.Certificates.CaPath);

        var (error, _) = await Within.ThrowsAsync<NomadApiException>(() =>
            client.ReadAsync("v1/redirect?to=" + Uri.EscapeDataString(plain.Url + "/v1/jobs")));

        Assert.Equal(302, error.Status);
        Assert.Empty(plain.Requests);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    private static void AssertRefused(ApiException error)
    {
        Assert.Equal(ApiErrorKind.Transport, error.Kind);
        Assert.Equal(0, error.Status);
        Assert.IsType<AuthenticationException>(error.InnerException?.InnerException);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}

/// <summary>One Kestrel server with three HTTPS endpoints, shared by the TLS tests.</summary>
public sealed class TlsServerFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private int _handshakes;

    internal TestCertificates Certificates { get; } = new();

    /// <summary>127.0.0.1 with the full server certificate; asks for (does not require) a client certificate.</summary>
    internal string Url { get; } = $"https://127.0.0.1:{NomadTestServer.FreePort()}";

    /// <summary>The same certificate; requires a client certificate.</summary>
    internal string RequiringClientCertificateUrl { get; } = $"https://127.0.0.1:{NomadTestServer.FreePort()}";

    /// <summary>A certificate that names server.global.nomad only.</summary>
    internal string NameOnlyUrl { get; } = $"https://127.0.0.1:{NomadTestServer.FreePort()}";

    internal ConcurrentQueue<Seen> Requests { get; } = new();

    internal int Handshakes => Volatile.Read(ref _handshakes);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            Listen(kestrel, Url, Certificates.Server, ClientCertificateMode.AllowCertificate);
            Listen(kestrel, RequiringClientCertificateUrl, Certificates.Server, ClientCertificateMode.RequireCertificate);
            Listen(kestrel, NameOnlyUrl, Certificates.NameOnlyServer, ClientCertificateMode.NoCertificate);
        });
        _app = builder.Build();
        _app.MapGet("/v1/jobs", (HttpContext context) =>
        {
            Requests.Enqueue(new Seen(context.Request.Headers["X-Nomad-Token"].ToString(), context.Connection.ClientCertificate?.Thumbprint));
            return Results.Text("""[{"ID":"web"}]""", "application/json");
        });
        _app.MapGet("/v1/redirect", (HttpContext context) => Results.Redirect(context.Request.Query["to"].ToString()));
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Certificates.Dispose();
    }

    internal Seen Last() => Requests.Last();

    private void Listen(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, string url, X509Certificate2 certificate, ClientCertificateMode mode) =>
        kestrel.Listen(IPAddress.Loopback, new Uri(url).Port, listen => listen.UseHttps(new HttpsConnectionAdapterOptions
        {
            ServerCertificate = certificate,
            ClientCertificateMode = mode,
            ClientCertificateValidation = (presented, _, _) => presented is not null,
            OnAuthenticate = (_, _) => Interlocked.Increment(ref _handshakes),
        }));

    /// <summary>What the server saw of one request.</summary>
    internal sealed record Seen(string Token, string? ClientCertificate);
}
