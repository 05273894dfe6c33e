namespace DeploymentSdk.Nomad;

/// <summary>
/// How to reach a Nomad cluster. Every setting defaults from the environment variable the <c>nomad</c> CLI reads,
/// can be bound from configuration, and an explicit value wins over both.
/// </summary>
/// <remarks>
/// <para>Defaults: <see cref="Address"/> <c>NOMAD_ADDR</c> or <c>http://127.0.0.1:4646</c>; <see cref="Token"/>
/// <c>NOMAD_TOKEN</c>; <see cref="Region"/> <c>NOMAD_REGION</c>; <see cref="Namespace"/> <c>NOMAD_NAMESPACE</c>;
/// <see cref="CaCertificatePath"/> <c>NOMAD_CACERT</c>; <see cref="ClientCertificatePath"/> <c>NOMAD_CLIENT_CERT</c>;
/// <see cref="ClientKeyPath"/> <c>NOMAD_CLIENT_KEY</c>; <see cref="TlsServerName"/> <c>NOMAD_TLS_SERVER_NAME</c>;
/// <see cref="SkipTlsVerify"/> <c>NOMAD_SKIP_VERIFY</c> or <see langword="false"/>; <see cref="RequestTimeout"/> 60 s;
/// <see cref="MaxResponseBytes"/> 256 MiB; <see cref="MaxConnectionsPerServer"/> <see cref="DefaultMaxConnectionsPerServer"/> (32);
/// <see cref="TokenProvider"/> none.</para>
/// <para>The environment variables apply to the default client only: a named client (<c>AddNomadClient("eu-west", …)</c>)
/// takes its settings from its configuration section and code, so one cluster's <c>NOMAD_TOKEN</c> is never sent to another.</para>
/// <para>Options are validated when the client is first created (and at host start-up); a problem is reported
/// with the option's name and what to change.</para>
/// </remarks>
public sealed class NomadClientOptions
{
    /// <summary>The address used when neither configuration nor <c>NOMAD_ADDR</c> sets one.</summary>
    public const string DefaultAddress = "http://127.0.0.1:4646";

    /// <summary>
    /// The agent's address: <c>http://host:port</c>, <c>https://host:port</c> (optionally with a path prefix behind a
    /// proxy) or <c>unix:///path/to/socket</c>. Default: <c>NOMAD_ADDR</c>, else <see cref="DefaultAddress"/>.
    /// </summary>
    public string Address { get; set; } = DefaultAddress;

    /// <summary>The most connections opened to the agent at a time: <c>32</c>, under Nomad's default limit of 100 per client IP.</summary>
    public const int DefaultMaxConnectionsPerServer = 32;

    /// <summary>
    /// The ACL token, sent as <c>X-Nomad-Token</c> to <see cref="Address"/> only. Never logged or printed. Read on each
    /// request, so a token changed in reloaded configuration is sent from the next request on.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>
    /// Returns the ACL token before each request, instead of <see cref="Token"/>: for short-lived tokens from a login
    /// (OIDC/JWT auth methods, workload identity) or a secret store. Cache in the delegate what should be cached. When
    /// Nomad answers that the token expired (401, or 403 "token expired"/"ACL token not found"), the delegate is asked
    /// once more, by one caller for all concurrent requests, and the request is sent again with a different token; a
    /// second rejection is the call's error. Not bindable from configuration. Default: none.
    /// </summary>
    public Func<CancellationToken, ValueTask<string?>>? TokenProvider { get; set; }

    /// <summary>
    /// The most connections to the agent at a time (blocking queries hold one each). Default
    /// <see cref="DefaultMaxConnectionsPerServer"/>, below the 100 connections per client IP Nomad accepts by default.
    /// </summary>
    public int MaxConnectionsPerServer { get; set; } = DefaultMaxConnectionsPerServer;

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

    /// <summary>The name the agent's certificate must carry, when it differs from the host in <see cref="Address"/> (e.g. <c>server.global.nomad</c>).</summary>
    public string? TlsServerName { get; set; }

    /// <summary>Accept any server certificate. Off by default; turn it on only for local experiments.</summary>
    public bool SkipTlsVerify { get; set; }

    /// <summary>
    /// How long a normal request (all retries and reading the body) may take. Blocking queries get their wait plus
    /// Nomad's wait/16 jitter plus this on top, so no long poll is cut within its wait. Default 60 s.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The largest response body read before the call fails; protects memory from a runaway answer. Default 256 MiB.</summary>
    public long MaxResponseBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The credentials of this registration known so far, removed from every message (shared by all its pipelines).</summary>
    internal DeploymentSdk.Http.SecretRedactor Redactor { get; set; } = new();

    /// <summary>Describes the options without the token.</summary>
    /// <returns>The address, region, namespace and whether a token and TLS files are set.</returns>
    public override string ToString() =>
        $"Nomad {DeploymentSdk.Http.SecretRedactor.RedactAddress(Address)} (region: {Region ?? "default"}, namespace: {Namespace ?? "default"}, token: {(TokenProvider is not null ? "provider" : string.IsNullOrEmpty(Token) ? "none" : "set")}, "
        + $"tls: {(CaCertificatePath is null ? "system CAs" : "custom CA")}{(ClientCertificatePath is null ? string.Empty : " + client certificate")}{(SkipTlsVerify ? ", verification OFF" : string.Empty)})";
}
