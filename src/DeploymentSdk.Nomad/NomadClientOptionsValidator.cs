using DeploymentSdk.Http;
using Microsoft.Extensions.Options;

namespace DeploymentSdk.Nomad;

/// <summary>
/// Checks the <see cref="NomadClientOptions"/> of one registration before the first request, naming the option, where its
/// value came from (configuration key, environment variable or code) and the fix; never printing a token or the user
/// info of an address.
/// </summary>
internal sealed class NomadClientOptionsValidator : IValidateOptions<NomadClientOptions>
{
    /// <summary>The environment variable of each option, as the nomad CLI reads them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Variables = new Dictionary<string, string>
    {
        [nameof(NomadClientOptions.Address)] = "NOMAD_ADDR",
        [nameof(NomadClientOptions.Token)] = "NOMAD_TOKEN",
        [nameof(NomadClientOptions.Region)] = "NOMAD_REGION",
        [nameof(NomadClientOptions.Namespace)] = "NOMAD_NAMESPACE",
        [nameof(NomadClientOptions.CaCertificatePath)] = "NOMAD_CACERT",
        [nameof(NomadClientOptions.ClientCertificatePath)] = "NOMAD_CLIENT_CERT",
        [nameof(NomadClientOptions.ClientKeyPath)] = "NOMAD_CLIENT_KEY",
        [nameof(NomadClientOptions.TlsServerName)] = "NOMAD_TLS_SERVER_NAME",
    };

    private readonly string? _name;
    private readonly OptionSource _source;

    /// <summary>A validator of every name, with sources unknown (code).</summary>
    public NomadClientOptionsValidator()
        : this(null, OptionSource.Code)
    {
    }

    /// <param name="name">The options name this validator checks; null checks every name.</param>
    /// <param name="source">Where the registration's values come from.</param>
    public NomadClientOptionsValidator(string? name, OptionSource source)
    {
        _name = name;
        _source = source;
    }

    public ValidateOptionsResult Validate(string? name, NomadClientOptions options)
    {
        if (_name is not null && !string.Equals(_name, name ?? Options.DefaultName, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        var address = ApiClientOptionsValidation.CheckAddress(
            failures,
            options,
            _source,
            "http://127.0.0.1:4646",
            uri =>
            {
                NomadAddress.TryParse(uri.OriginalString, out var problem);
                return problem;
            }) is { } valid ? NomadAddress.Parse(valid) : null;

        var tlsFiles = options.CaCertificatePath is not null || options.ClientCertificatePath is not null || options.ClientKeyPath is not null;
        if (tlsFiles && address is { IsHttps: false })
        {
            failures.Add("NomadClientOptions.Address uses http but TLS files are configured (NOMAD_CACERT, NOMAD_CLIENT_CERT, NOMAD_CLIENT_KEY): use an https:// address or remove them.");
        }

        if ((options.ClientCertificatePath is null) != (options.ClientKeyPath is null))
        {
            failures.Add(options.ClientCertificatePath is null
                ? "NomadClientOptions.ClientKeyPath (NOMAD_CLIENT_KEY) is set but ClientCertificatePath (NOMAD_CLIENT_CERT) is not: mutual TLS needs both."
                : "NomadClientOptions.ClientCertificatePath (NOMAD_CLIENT_CERT) is set but ClientKeyPath (NOMAD_CLIENT_KEY) is not: mutual TLS needs both.");
        }

        CheckFile(options.CaCertificatePath, "CaCertificatePath (NOMAD_CACERT)", failures);
        CheckFile(options.ClientCertificatePath, "ClientCertificatePath (NOMAD_CLIENT_CERT)", failures);
        CheckFile(options.ClientKeyPath, "ClientKeyPath (NOMAD_CLIENT_KEY)", failures);

        ApiClientOptionsValidation.CheckToken(failures, options, _source);
        ApiClientOptionsValidation.CheckLimits(failures, options, _source, "; Nomad accepts 100 connections per client IP by default");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckFile(string? path, string option, List<string> failures)
    {
        if (path is not null && !File.Exists(path))
        {
            failures.Add($"NomadClientOptions.{option}: the file '{path}' does not exist.");
        }
    }
}
