namespace DeploymentSdk.Nomad;

/// <summary>
/// How to reach a Nomad cluster. Every setting defaults from the environment variable the <c>nomad</c> CLI reads,
/// can be bound from configuration, and an explicit value wins over both.
/// </summary>
/// <remarks>
/// <para>Defaults: <see cref="ApiClientOptions.Address"/> <c>NOMAD_ADDR</c> or <c>http://127.0.0.1:4646</c>; <see cref="ApiClientOptions.Token"/>
/// <c>NOMAD_TOKEN</c>; <see cref="Region"/> <c>NOMAD_REGION</c>; <see cref="Namespace"/> <c>NOMAD_NAMESPACE</c>;
/// <see cref="CaCertificatePath"/> <c>NOMAD_CACERT</c>; <see cref="ClientCertificatePath"/> <c>NOMAD_CLIENT_CERT</c>;
/// <see cref="ClientKeyPath"/> <c>NOMAD_CLIENT_KEY</c>; <see cref="TlsServerName"/> <c>NOMAD_TLS_SERVER_NAME</c>;
/// <see cref="SkipTlsVerify"/> <c>NOMAD_SKIP_VERIFY</c> or <see langword="false"/>; <see cref="ApiClientOptions.RequestTimeout"/> 60 s;
/// <see cref="ApiClientOptions.MaxResponseBytes"/> 256 MiB; <see cref="ApiClientOptions.MaxConnectionsPerServer"/> <see cref="ApiClientOptions.DefaultMaxConnectionsPerServer"/> (32);
/// <see cref="ApiClientOptions.TokenProvider"/> none.</para>
/// <para><see cref="ApiClientOptions.Address"/> is <c>http://host:port</c>, <c>https://host:port</c> (optionally with a path
/// prefix behind a proxy) or <c>unix:///path/to/socket</c>. <see cref="ApiClientOptions.Token"/> is the ACL token, sent as
/// <c>X-Nomad-Token</c> to that address only and read on each request, so a token changed in reloaded configuration is sent
/// from the next request on. <see cref="ApiClientOptions.TokenProvider"/> returns it before each request instead (OIDC/JWT
/// logins, workload identity, a secret store): when Nomad answers that the token expired (401, or 403 "token expired"/"ACL
/// token not found"), it is asked once more, by one caller for all concurrent requests, and a second rejection is the call's
/// error. Blocking queries get their wait plus Nomad's wait/16 jitter plus <see cref="ApiClientOptions.RequestTimeout"/>, so
/// no long poll is cut within its wait.</para>
/// <para>The environment variables apply to the default client only: a named client (<c>AddNomadClient("eu-west", …)</c>)
/// takes its settings from its configuration section and code, so one cluster's <c>NOMAD_TOKEN</c> is never sent to another.</para>
/// <para>Options are validated when the client is first created (and at host start-up); a problem is reported
/// with the option's name and what to change.</para>
/// </remarks>
public sealed class NomadClientOptions : ApiClientOptions
{
    /// <summary>The address used when neither configuration nor <c>NOMAD_ADDR</c> sets one: <c>http://127.0.0.1:4646</c>.</summary>
    public static readonly Uri DefaultAddress = new("http://127.0.0.1:4646");

    /// <summary>The default of <see cref="ApiClientOptions.RequestTimeout"/>: 60 seconds (a blocking query adds its wait on top).</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The default of <see cref="ApiClientOptions.MaxResponseBytes"/>: 256 MiB (a large cluster's allocation list is big).</summary>
    public const long DefaultMaxResponseBytes = 256L * 1024 * 1024;

    /// <summary>Creates options with the defaults in the remarks (before the environment and configuration apply).</summary>
    public NomadClientOptions()
        : base(DefaultAddress, DefaultRequestTimeout, DefaultMaxResponseBytes)
    {
    }

    /// <summary>The region requests are sent to when a call does not say; <see langword="null"/> lets the agent choose.</summary>
    public string? Region { get; set; }

    /// <summary>The namespace requests use when a call does not say; <see langword="null"/> means the agent's default.</summary>
    public string? Namespace { get; set; }

    /// <summary>A PEM file of the CA certificate(s) that signed the agent's certificate, for https.</summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>A PEM client certificate for mutual TLS; requires <see cref="ClientKeyPath"/>.</summary>
    public string? ClientCertificatePath { get; set; }

    /// <summary>The PEM private key of <see cref="ClientCertificatePath"/>.</summary>
    public string? ClientKeyPath { get; set; }

    /// <summary>The name the agent's certificate must carry, when it differs from the host in <see cref="ApiClientOptions.Address"/> (e.g. <c>server.global.nomad</c>).</summary>
    public string? TlsServerName { get; set; }

    /// <summary>Accept any server certificate. Off by default; turn it on only for local experiments.</summary>
    public bool SkipTlsVerify { get; set; }

    /// <summary>Describes the options without the token.</summary>
    /// <returns>The address, region, namespace and whether a token and TLS files are set.</returns>
    public override string ToString() =>
        $"Nomad {DeploymentSdk.Http.SecretRedactor.RedactAddress(Address)} (region: {Region ?? "default"}, namespace: {Namespace ?? "default"}, token: {(TokenProvider is not null ? "provider" : string.IsNullOrEmpty(Token) ? "none" : "set")}, "
        + $"tls: {(CaCertificatePath is null ? "system CAs" : "custom CA")}{(ClientCertificatePath is null ? string.Empty : " + client certificate")}{(SkipTlsVerify ? ", verification OFF" : string.Empty)})";
}
