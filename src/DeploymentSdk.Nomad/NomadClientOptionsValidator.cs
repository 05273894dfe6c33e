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
        var address = NomadAddress.TryParse(options.Address, out var problem);
        if (address is null)
        {
            failures.Add($"NomadClientOptions.Address ({_source.Describe(nameof(options.Address), options.Address)}): {problem}");
        }

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

        if (options.Token is { } token && token.Any(char.IsControl))
        {
            failures.Add($"NomadClientOptions.Token ({_source.Describe(nameof(options.Token), options.Token)}) contains a control character (a stray newline?); the token itself is not shown.");
        }
        else if (options.Token is { } ascii && !System.Text.Ascii.IsValid(ascii))
        {
            // An HTTP header carries ASCII only: every request would fail, and be retried, as a transport error.
            failures.Add($"NomadClientOptions.Token ({_source.Describe(nameof(options.Token), options.Token)}) contains a non-ASCII character (a pasted quote or dash?); the token itself is not shown.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            failures.Add($"NomadClientOptions.RequestTimeout must be positive (or Timeout.InfiniteTimeSpan), not {options.RequestTimeout}.");
        }

        if (options.MaxConnectionsPerServer <= 0)
        {
            failures.Add($"NomadClientOptions.MaxConnectionsPerServer must be positive, not {options.MaxConnectionsPerServer}; Nomad accepts 100 connections per client IP by default.");
        }

        if (options.MaxResponseBytes <= 0)
        {
            failures.Add($"NomadClientOptions.MaxResponseBytes must be positive, not {options.MaxResponseBytes}.");
        }

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
